package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.DraftStatus;
import io.opensdr.campaign.domain.ErasedPeople;
import io.opensdr.kit.privacy.AddressHash;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Erases a person from the review queue: the drafts named, and those of the workspace addressed to the erased hash. */
@Repository
class MongoErasedPeople implements ErasedPeople {

    static final String REJECTION = "The person asked for their data to be erased.";
    /** The erased people's hashes and prospect ids, so that a draft arriving after the erasure is erased too. */
    static final String ERASED_PEOPLE = "erased_people";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoErasedPeople(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public long erase(String workspaceId, String addressHash, List<String> prospectIds) {
        // Recorded before the drafts are looked for: a draft stored meanwhile is caught by eraseIfErased.
        Update record = new Update().set("workspaceId", workspaceId);
        if (!prospectIds.isEmpty()) {
            record.addToSet("prospectIds").each(prospectIds.toArray());
        }
        mongo.upsert(query(where("_id").is(addressHash)), record, ERASED_PEOPLE);
        if (!prospectIds.isEmpty()) {
            eraseProspects(workspaceId, prospectIds);
            // The dashboard's hot-lead alerts name the person: they go too (the counts stay).
            mongo.updateMulti(query(where("workspaceId").is(workspaceId)), new Update().pull("hotLeads",
                    new Document("prospectId", new Document("$in", prospectIds))), MongoProgressStore.TOTALS);
        }
        return eraseDrafts(workspaceId, addressHash, prospectIds);
    }

    /**
     * Erases a draft just stored if its person was erased before it arrived (its EmailDrafted and
     * the erasure travel on different topics, so either may come first).
     */
    void eraseIfErased(String workspaceId, String prospectId, String email) {
        Document person = mongo.findOne(erasedPerson(workspaceId, prospectId, email), Document.class, ERASED_PEOPLE);
        if (person != null) {
            eraseDrafts(workspaceId, person.getString("_id"), List.of(prospectId));
        }
    }

    /**
     * Removes a prospect just stored if its person was erased before its event arrived (a late or
     * redelivered ProspectFound or ProspectQualified would otherwise bring the person back).
     */
    void eraseProspectIfErased(String workspaceId, String prospectId, String email) {
        if (mongo.exists(erasedPerson(workspaceId, prospectId, email), ERASED_PEOPLE)) {
            eraseProspects(workspaceId, List.of(prospectId));
        }
    }

    /** The erased person this prospect is, by its id or by its address. */
    private static Query erasedPerson(String workspaceId, String prospectId, String email) {
        String hash = email == null || email.isBlank() ? null : AddressHash.of(workspaceId, email);
        return query(where("workspaceId").is(workspaceId).orOperator(
                where("_id").is(hash == null ? "" : hash), where("prospectIds").is(prospectId)));
    }

    /**
     * The erased people's prospects leave the read model (the list, the prospect page, the BANT
     * breakdown shown beside drafts); the counts and their reviews' decisions stay. Looked up and
     * removed by id alone, and only the workspace's.
     */
    private void eraseProspects(String workspaceId, List<String> prospectIds) {
        Query byIds = query(where("_id").in(prospectIds));
        byIds.fields().include("_id").include("workspaceId");
        List<Object> theirs = mongo.find(byIds, Document.class, ProspectDocument.COLLECTION).stream()
                .filter(p -> workspaceId.equals(p.getString("workspaceId"))).map(p -> p.get("_id")).toList();
        if (!theirs.isEmpty()) {
            mongo.remove(query(where("_id").in(theirs)), ProspectDocument.COLLECTION);
        }
    }

    private long eraseDrafts(String workspaceId, String addressHash, List<String> prospectIds) {
        Set<Object> ids = new LinkedHashSet<>();
        Query theirs = query(where("workspaceId").is(workspaceId).orOperator(
                where("prospectId").in(prospectIds), where("recipient.email").ne(null)));
        theirs.fields().include("_id").include("prospectId").include("recipient.email");
        try (Stream<Document> drafts = mongo.stream(theirs, Document.class, DraftDocument.COLLECTION)) {
            drafts.filter(d -> prospectIds.contains(d.getString("prospectId")) || addressHash.equals(hashOf(workspaceId, d)))
                    .forEach(d -> ids.add(d.get("_id")));
        }
        if (ids.isEmpty()) {
            return 0;
        }
        mongo.updateMulti(query(where("_id").in(ids).and("status").is(DraftStatus.PENDING.name())),
                new Update().set("status", DraftStatus.REJECTED.name()).set("rejectionReason", REJECTION)
                        .set("decidedAt", clock.instant()),
                DraftDocument.COLLECTION);
        return mongo.updateMulti(query(where("_id").in(ids).and("recipient.email").ne(null)),
                new Update().set("recipient", new Document()).set("subject", "").set("body", "").set("erased", true),
                DraftDocument.COLLECTION).getModifiedCount();
    }

    private static String hashOf(String workspaceId, Document draft) {
        Document recipient = draft.get("recipient", Document.class);
        String email = recipient == null ? null : recipient.getString("email");
        return email == null || email.isBlank() ? null : AddressHash.of(workspaceId, email);
    }
}
