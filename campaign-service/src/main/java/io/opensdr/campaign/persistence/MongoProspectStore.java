package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.ProspectFilter;
import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectSlice;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.ProspectStore;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.ReviewDecision;
import io.opensdr.campaign.messaging.ProspectReviewedMapper;
import io.opensdr.kit.outbox.OutboxEntry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The prospects read model in MongoDB. ProspectFound and ProspectQualified each set their own
 * fields (either may come first; a redelivery sets the same values again), an older assessment
 * never overwrites a newer one, and a reviewed prospect keeps the reviewer's status; an assessment
 * of a prospect that is there and not reviewed is one write. Every write counts up the prospect's
 * version and answers the prospect as it left it, from which its rows in the {@link ProspectList},
 * which serves the pages, are then rewritten (no read-back). A review is one insert keyed by prospect id that carries its ProspectReviewed
 * event. A prospect whose person was erased is removed again if a late event brings it back.
 */
@Repository
class MongoProspectStore implements ProspectStore {

    private final MongoTemplate mongo;
    private final ProspectReviewedMapper reviews;
    private final ProspectList list;
    private final MongoErasedPeople erasedPeople;

    MongoProspectStore(MongoTemplate mongo, ProspectReviewedMapper reviews, ProspectList list, MongoErasedPeople erasedPeople) {
        this.mongo = mongo;
        this.reviews = reviews;
        this.list = list;
        this.erasedPeople = erasedPeople;
    }

    @Override
    public void found(ProspectRecord found) {
        Update update = owner(found)
                .set("source", found.source() == null ? null : found.source().name())
                .set("person", found.person())
                .set("createdAt", found.createdAt())
                .setOnInsert("status", ProspectStatus.PENDING.name());
        list.relist(upsert(found.id(), update));
        erasedPeople.eraseProspectIfErased(found.workspaceId(), found.id(), email(found));
    }

    @Override
    public void qualified(ProspectRecord qualified) {
        ProspectRecord.Bant bant = qualified.bant();
        // Each write answers the prospect as it left it; the rows are written from the last that changed it.
        Criteria notNewer = where("_id").is(qualified.id())
                .orOperator(where("bant.decidedAt").exists(false), where("bant.decidedAt").lte(bant.decidedAt()));
        // The decision that holds is the newest assessment's, unless a human reviewed the prospect:
        // one write when the prospect is there and not reviewed.
        Query notNewerNorReviewed = ProspectList.listingFieldsOf(notNewer).addCriteria(where("review").exists(false));
        Document stored = ConditionalUpdates.updateAndGet(mongo, notNewerNorReviewed, decided(qualified), ProspectDocument.class);
        if (stored == null) {
            // Not found yet, reviewed, or assessed more recently.
            stored = upsert(qualified.id(), owner(qualified)
                    .setOnInsert("person", qualified.person())
                    .setOnInsert("createdAt", qualified.createdAt())
                    .setOnInsert("status", ProspectStatus.PENDING.name()));
            Document assessed = ConditionalUpdates.updateAndGet(mongo, notNewerNorReviewed, decided(qualified),
                    ProspectDocument.class);
            if (assessed == null) {
                // Reviewed: the newest assessment is kept, the reviewer's decision holds.
                assessed = ConditionalUpdates.updateAndGet(mongo, ProspectList.listingFieldsOf(notNewer), assessment(qualified),
                        ProspectDocument.class);
            }
            stored = latest(stored, assessed);
        }
        list.relist(stored);
        erasedPeople.eraseProspectIfErased(qualified.workspaceId(), qualified.id(), email(qualified));
    }

    /** The assessment's fields and its decision. */
    private static Update decided(ProspectRecord qualified) {
        return assessment(qualified).set("status", qualified.bant().decision().name());
    }

    /** The assessment's fields, but for the decision. */
    private static Update assessment(ProspectRecord qualified) {
        ProspectRecord.Bant bant = qualified.bant();
        return owner(qualified)
                .set("bant", new ProspectDocument.BantDocument(bant.score(), bant.budget(), bant.authority(), bant.need(),
                        bant.timeline(), bant.threshold(), bant.decision().name(), bant.hot(), bant.contactable(),
                        bant.decidedAt()))
                .set("score", bant.score())
                .set("hot", bant.hot())
                .set("signals", qualified.signals());
    }

    private static String email(ProspectRecord prospect) {
        return prospect.person() == null ? null : prospect.person().email();
    }

    @Override
    public Optional<ProspectRecord> find(String workspaceId, String prospectId) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(prospectId).and("workspaceId").is(workspaceId)),
                ProspectDocument.class)).map(MongoProspectStore::toRecord);
    }

    @Override
    public Map<String, ProspectRecord> findAll(String workspaceId, Collection<String> prospectIds) {
        if (prospectIds.isEmpty()) {
            return Map.of();
        }
        return documents(workspaceId, prospectIds).stream().map(MongoProspectStore::toRecord)
                .collect(Collectors.toMap(ProspectRecord::id, Function.identity()));
    }

    @Override
    public ProspectSlice page(String workspaceId, ProspectFilter filter) {
        ProspectList.Found found = list.search(workspaceId, filter);
        Map<String, ProspectDocument> prospects = documents(workspaceId, found.candidates().stream()
                .map(ProspectList.Candidate::prospectId).toList()).stream()
                .collect(Collectors.toMap(ProspectDocument::id, Function.identity()));
        // The prospect decides over its row: a row can be older than its prospect for a moment (or
        // after an interrupted write), or left at a position the prospect no longer holds.
        boolean campaignList = filter.campaignId() != null;
        List<ProspectRecord> items = found.candidates().stream()
                .filter(c -> prospects.containsKey(c.prospectId()))
                .filter(c -> {
                    ProspectDocument.Listed listed = prospects.get(c.prospectId()).listed();
                    return listed != null && Long.valueOf(c.position()).equals(listed.in(campaignList));
                })
                .map(c -> toRecord(prospects.get(c.prospectId())))
                .filter(filter::matches).toList();
        return new ProspectSlice(items, found.next() == 0 ? null : found.next());
    }

    /**
     * The workspace's prospects among these ids. Queried by id alone, the one key every
     * MongoDB-protocol store looks up by index; the workspace is checked on what comes back.
     */
    private List<ProspectDocument> documents(String workspaceId, Collection<String> prospectIds) {
        if (prospectIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(where("_id").in(prospectIds)), ProspectDocument.class).stream()
                .filter(p -> workspaceId.equals(p.workspaceId())).toList();
    }

    @Override
    public ProspectRecord.Review reviewOnce(ProspectRecord prospect, ProspectRecord.Review review) {
        ProspectRecord.Review holding;
        try {
            mongo.insert(new ProspectReviewDocument(prospect.id(), prospect.workspaceId(), prospect.campaignId(),
                    review.decision().name(), review.reviewedBy(), review.reviewedAt(), review.reason(),
                    List.of(OutboxEntry.of(reviews.toEvent(prospect, review)))));
            holding = review;
        } catch (DuplicateKeyException alreadyReviewed) {
            Query byId = query(where("_id").is(prospect.id()).and("workspaceId").is(prospect.workspaceId()));
            byId.fields().exclude(OutboxEntry.FIELD);
            ProspectReviewDocument stored = mongo.findOne(byId, ProspectReviewDocument.class);
            holding = new ProspectRecord.Review(ReviewDecision.valueOf(stored.decision()), stored.reviewedBy(),
                    stored.reviewedAt(), stored.reason());
        }
        // Idempotent: also completes a review whose first attempt stopped between these two writes.
        Document reviewed = ConditionalUpdates.updateAndGet(mongo,
                ProspectList.listingFieldsOf(where("_id").is(prospect.id()).and("workspaceId").is(prospect.workspaceId())),
                new Update().set("status", holding.decision().name())
                        .set("review", new ProspectDocument.ReviewDocument(holding.decision().name(), holding.reviewedBy(),
                                holding.reviewedAt(), holding.reason()))
                        .inc(ProspectList.VERSION, 1),
                ProspectDocument.class);
        list.relist(reviewed);
        return holding;
    }

    /** Creates or updates the prospect; answers it as the write left it (the fields its rows are made of). */
    private Document upsert(String prospectId, Update update) {
        Query byId = ProspectList.listingFieldsOf(where("_id").is(prospectId));
        try {
            return ConditionalUpdates.upsertAndGet(mongo, byId, update, ProspectDocument.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            return ConditionalUpdates.upsertAndGet(mongo, byId, update, ProspectDocument.class);
        }
    }

    /** What the later of two writes answered, if it changed the prospect. */
    private static Document latest(Document earlier, Document later) {
        return later != null ? later : earlier;
    }

    private static Update owner(ProspectRecord prospect) {
        return new Update().set("workspaceId", prospect.workspaceId()).set("campaignId", prospect.campaignId())
                .inc(ProspectList.VERSION, 1);
    }

    private static ProspectRecord toRecord(ProspectDocument document) {
        ProspectDocument.BantDocument bant = document.bant();
        ProspectDocument.ReviewDocument review = document.review();
        return new ProspectRecord(document.id(), document.workspaceId(), document.campaignId(),
                document.source() == null ? null : ProspectSource.valueOf(document.source()),
                document.person(),
                document.status() == null ? ProspectStatus.PENDING : ProspectStatus.valueOf(document.status()),
                bant == null ? null : new ProspectRecord.Bant(bant.score(), bant.budget(), bant.authority(), bant.need(),
                        bant.timeline(), bant.threshold(), Qualification.valueOf(bant.decision()), bant.hot(),
                        bant.contactable(), bant.decidedAt()),
                document.signals(),
                review == null ? null : new ProspectRecord.Review(ReviewDecision.valueOf(review.decision()),
                        review.reviewedBy(), review.reviewedAt(), review.reason()),
                document.createdAt());
    }
}
