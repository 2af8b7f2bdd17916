package io.opensdr.prospector.persistence;

import io.opensdr.kit.tracing.TraceContext;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignProgress;
import io.opensdr.prospector.domain.CampaignState;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.domain.CompanySizeRange;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.SourceState;
import io.opensdr.prospector.domain.SourceStatus;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.persistence.CampaignDocument.SourceStatusDocument;
import io.opensdr.prospector.persistence.CampaignDocument.TargetProfileDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
public class MongoCampaignStore implements CampaignStore {

    private final MongoTemplate mongo;

    public MongoCampaignStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CampaignState> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, CampaignDocument.class)).map(MongoCampaignStore::toState);
    }

    @Override
    public boolean saveSnapshot(Campaign campaign, boolean resetCursor) {
        // Matches only a held revision that is older: when a newer one is held, the upsert tries
        // to insert a second document with the same _id, which the store refuses.
        Query olderOrNone = Query.query(Criteria.where("_id").is(campaign.campaignId()).and("revision").lt(campaign.revision()));
        Update update = new Update()
                .set("workspaceId", campaign.workspaceId())
                .set("revision", campaign.revision())
                .set("status", campaign.status().name())
                .set("source", campaign.source().name())
                .set("targetProfile", toDocument(campaign.targetProfile()))
                .set("dailyQuota", campaign.dailyQuota())
                .set("traceparent", TraceContext.current())
                .setOnInsert("foundToday", 0)
                .setOnInsert("totalFound", 0L);
        if (resetCursor) {
            update.set("cursor", 0L).unset("sourceStatus");
        } else {
            update.setOnInsert("cursor", 0L);
        }
        try {
            mongo.upsert(olderOrNone, update, CampaignDocument.class);
            return true;
        } catch (DuplicateKeyException newerHeld) {
            return false;
        }
    }

    @Override
    public List<CampaignState> findActive() {
        return mongo.find(Query.query(Criteria.where("status").is(CampaignStatus.ACTIVE.name())), CampaignDocument.class)
                .stream().map(MongoCampaignStore::toState).toList();
    }

    @Override
    public void startDay(String campaignId, LocalDate day) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId).and("day").ne(day.toString())),
                new Update().set("day", day.toString()).set("foundToday", 0), CampaignDocument.class);
    }

    @Override
    public boolean advance(String campaignId, long revision, long expectedCursor, LocalDate day, boolean found) {
        // The revision is part of the condition: a stored pause or stop stops a search in flight.
        Query unchanged = Query.query(Criteria.where("_id").is(campaignId).and("revision").is(revision)
                .and("cursor").is(expectedCursor).and("day").is(day.toString()));
        Update update = new Update().inc("cursor", 1L);
        if (found) {
            update.inc("foundToday", 1).inc("totalFound", 1L);
        }
        return mongo.updateFirst(unchanged, update, CampaignDocument.class).getMatchedCount() == 1;
    }

    @Override
    public boolean skipTo(String campaignId, long revision, long expectedCursor, long nextCursor) {
        Query unchanged = Query.query(Criteria.where("_id").is(campaignId).and("revision").is(revision)
                .and("cursor").is(expectedCursor));
        return mongo.updateFirst(unchanged, new Update().set("cursor", nextCursor), CampaignDocument.class)
                .getMatchedCount() == 1;
    }

    @Override
    public void countFound(String campaignId, LocalDate day) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId).and("day").is(day.toString())),
                new Update().inc("foundToday", 1).inc("totalFound", 1L), CampaignDocument.class);
    }

    @Override
    public void reportSource(String campaignId, SourceStatus status) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId)), new Update().set("sourceStatus",
                new SourceStatusDocument(status.state().name(), status.detail(), status.at(), status.retryAt())),
                CampaignDocument.class);
    }

    @Override
    public void reportEnriching(String campaignId, int candidates, Instant since) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId)),
                new Update().set("enriching", candidates).set("enrichingSince", since), CampaignDocument.class);
    }

    private static CampaignState toState(CampaignDocument document) {
        TargetProfileDocument profile = document.targetProfile();
        Campaign campaign = new Campaign(document.id(), document.workspaceId(), document.revision(),
                CampaignStatus.valueOf(document.status()), SourceKind.valueOf(document.source()),
                new TargetProfile(
                        profile.titles(),
                        profile.seniorities().stream().map(Seniority::valueOf).collect(Collectors.toSet()),
                        profile.companySizes().stream().map(CompanySizeRange::parse).flatMap(Optional::stream).toList(),
                        Set.copyOf(profile.industries()),
                        Set.copyOf(profile.countries())),
                document.dailyQuota());
        SourceStatusDocument source = document.sourceStatus();
        CampaignProgress progress = new CampaignProgress(document.cursor(),
                document.day() == null ? null : LocalDate.parse(document.day()), document.foundToday(), document.totalFound(),
                source == null ? SourceStatus.notSearched()
                        : new SourceStatus(SourceState.valueOf(source.state()), source.detail(), source.at(), source.retryAt()),
                document.enriching() == null ? 0 : document.enriching(), document.enrichingSince());
        return new CampaignState(campaign, progress, document.traceparent());
    }

    private static TargetProfileDocument toDocument(TargetProfile profile) {
        return new TargetProfileDocument(profile.titles(), sorted(profile.seniorities().stream().map(Enum::name).toList()),
                profile.companySizes().stream().map(CompanySizeRange::label).toList(),
                sorted(profile.industries()), sorted(profile.countries()));
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
