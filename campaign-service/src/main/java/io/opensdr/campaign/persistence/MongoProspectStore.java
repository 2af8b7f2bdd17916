package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.ProspectFilter;
import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.ProspectStore;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.ReviewDecision;
import io.opensdr.campaign.messaging.ProspectReviewedMapper;
import io.opensdr.kit.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The prospects read model in MongoDB. ProspectFound and ProspectQualified each set their own
 * fields (either may come first; a redelivery sets the same values again), an older assessment
 * never overwrites a newer one, and a reviewed prospect keeps the reviewer's status. Pages are
 * keyset pages on (createdAt, _id) descending, each query hinted to the index made for its filters.
 * A review is one insert keyed by prospect id that carries its ProspectReviewed event.
 */
@Repository
class MongoProspectStore implements ProspectStore {

    private final MongoTemplate mongo;
    private final ProspectReviewedMapper reviews;

    MongoProspectStore(MongoTemplate mongo, ProspectReviewedMapper reviews) {
        this.mongo = mongo;
        this.reviews = reviews;
    }

    @Override
    public void found(ProspectRecord found) {
        Update update = owner(found)
                .set("source", found.source() == null ? null : found.source().name())
                .set("person", found.person())
                .set("createdAt", found.createdAt())
                .setOnInsert("status", ProspectStatus.PENDING.name());
        upsert(found.id(), update);
    }

    @Override
    public void qualified(ProspectRecord qualified) {
        ProspectRecord.Bant bant = qualified.bant();
        upsert(qualified.id(), owner(qualified)
                .setOnInsert("person", qualified.person())
                .setOnInsert("createdAt", qualified.createdAt())
                .setOnInsert("status", ProspectStatus.PENDING.name()));
        Query notNewer = query(where("_id").is(qualified.id())
                .orOperator(where("bant.decidedAt").exists(false), where("bant.decidedAt").lte(bant.decidedAt())));
        mongo.updateFirst(notNewer, new Update()
                .set("bant", new ProspectDocument.BantDocument(bant.score(), bant.budget(), bant.authority(), bant.need(),
                        bant.timeline(), bant.threshold(), bant.decision().name(), bant.hot(), bant.contactable(),
                        bant.decidedAt()))
                .set("score", bant.score())
                .set("hot", bant.hot())
                .set("signals", qualified.signals()), ProspectDocument.class);
        // The decision that holds is the newest assessment's, unless a human reviewed the prospect.
        mongo.updateFirst(query(where("_id").is(qualified.id()).and("bant.decidedAt").is(bant.decidedAt())
                        .and("review").exists(false)),
                new Update().set("status", bant.decision().name()), ProspectDocument.class);
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
        return mongo.find(query(where("_id").in(prospectIds).and("workspaceId").is(workspaceId)), ProspectDocument.class)
                .stream().map(MongoProspectStore::toRecord)
                .collect(Collectors.toMap(ProspectRecord::id, Function.identity()));
    }

    @Override
    public List<ProspectRecord> page(String workspaceId, ProspectFilter filter) {
        return mongo.find(pageQuery(workspaceId, filter), ProspectDocument.class).stream()
                .map(MongoProspectStore::toRecord).toList();
    }

    /** The query of one page, hinted to the index whose equality fields the filter fixes. */
    static Query pageQuery(String workspaceId, ProspectFilter filter) {
        Criteria criteria = where("workspaceId").is(workspaceId);
        if (filter.campaignId() != null) {
            criteria = criteria.and("campaignId").is(filter.campaignId());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status().name());
        }
        if (filter.minScore() != null || filter.maxScore() != null) {
            Criteria score = criteria.and("score");
            if (filter.minScore() != null) {
                score.gte(filter.minScore());
            }
            if (filter.maxScore() != null) {
                score.lte(filter.maxScore());
            }
        }
        if (filter.hot() != null) {
            criteria = filter.hot() ? criteria.and("hot").is(true) : criteria.and("hot").ne(true);
        }
        if (filter.source() != null) {
            criteria = criteria.and("source").is(filter.source().name());
        }
        List<Criteria> after = new ArrayList<>();
        if (filter.afterCreatedAt() != null) {
            after.add(new Criteria().orOperator(
                    where("createdAt").lt(filter.afterCreatedAt()),
                    new Criteria().andOperator(where("createdAt").is(filter.afterCreatedAt()), where("_id").lt(filter.afterId()))));
        }
        Query query = after.isEmpty() ? query(criteria) : query(new Criteria().andOperator(criteria, after.get(0)));
        return query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(filter.limit())
                .withHint(indexFor(filter));
    }

    static String indexFor(ProspectFilter filter) {
        if (filter.campaignId() != null) {
            return filter.status() != null ? ProspectDocument.BY_CAMPAIGN_STATUS : ProspectDocument.BY_CAMPAIGN;
        }
        return filter.status() != null ? ProspectDocument.BY_STATUS : ProspectDocument.BY_WORKSPACE;
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
        mongo.updateFirst(query(where("_id").is(prospect.id()).and("workspaceId").is(prospect.workspaceId())),
                new Update().set("status", holding.decision().name())
                        .set("review", new ProspectDocument.ReviewDocument(holding.decision().name(), holding.reviewedBy(),
                                holding.reviewedAt(), holding.reason())),
                ProspectDocument.class);
        return holding;
    }

    private void upsert(String prospectId, Update update) {
        Query byId = query(where("_id").is(prospectId));
        try {
            mongo.upsert(byId, update, ProspectDocument.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            mongo.upsert(byId, update, ProspectDocument.class);
        }
    }

    private static Update owner(ProspectRecord prospect) {
        return new Update().set("workspaceId", prospect.workspaceId()).set("campaignId", prospect.campaignId());
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
