package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.outreach.domain.MeetingProspects;
import io.opensdr.outreach.domain.ProspectMatch;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The prospects outreach wrote to are those it drafted for: the drafts collection holds each one's
 * workspace, campaign and address. A draft whose person asked to be erased keeps its ids but
 * matches no booking. Read-only here; the drafts belong to drafting.
 */
@Repository
class MongoMeetingProspects implements MeetingProspects {

    private static final int MAX_BY_EMAIL = 20;

    private final MongoTemplate mongo;

    MongoMeetingProspects(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ProspectMatch> byId(String prospectId, String campaignId) {
        Criteria criteria = where("prospectId").is(prospectId).and(MongoPersonRecords.ERASED).ne(true);
        if (campaignId != null) {
            criteria = criteria.and("campaignId").is(campaignId);
        }
        return find(query(criteria), 1).stream().findFirst();
    }

    @Override
    public List<ProspectMatch> byEmail(String email, String workspaceId) {
        Criteria criteria = where("recipient.email").regex("^" + Pattern.quote(email) + "$", "i");
        if (workspaceId != null) {
            criteria = criteria.and("workspaceId").is(workspaceId);
        }
        return find(query(criteria), MAX_BY_EMAIL);
    }

    private List<ProspectMatch> find(Query query, int limit) {
        query.with(Sort.by(Sort.Direction.DESC, "draftedAt")).limit(limit);
        query.fields().include("workspaceId").include("campaignId").include("prospectId");
        return mongo.find(query, Document.class, DraftDocument.COLLECTION).stream()
                .filter(draft -> draft.getString("workspaceId") != null && draft.getString("campaignId") != null
                        && draft.getString("prospectId") != null)
                .map(draft -> new ProspectMatch(draft.getString("workspaceId"), draft.getString("campaignId"),
                        draft.getString("prospectId")))
                .toList();
    }
}
