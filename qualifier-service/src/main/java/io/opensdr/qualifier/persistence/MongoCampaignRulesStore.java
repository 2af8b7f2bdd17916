package io.opensdr.qualifier.persistence;

import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import io.opensdr.qualifier.domain.CompanySizeRange;
import io.opensdr.qualifier.domain.QualificationSettings;
import io.opensdr.qualifier.domain.TargetProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The campaigns' rules in MongoDB, with a short-lived cache in front of {@link #find}, which runs
 * for every found prospect.
 *
 * <p>Why a time-to-live and not a cache kept current by snapshots alone: every instance consumes
 * {@code sdr.campaign.v1} in the one shared group {@code qualifier-service}, so a snapshot reaches
 * only the instance that owns its partition; the others learn the new rules only from MongoDB. An
 * entry is therefore trusted for {@link #DEFAULT_TTL} at most, then read again. A snapshot saved
 * through this store replaces the entry at once on this instance. Entries are kept by campaign id
 * with their revision, and a newer revision always wins over an older one, whichever write or read
 * comes last. An unknown campaign is not cached, so a snapshot stored by another instance is seen
 * by the very next look-up (the parking path depends on it).
 */
@Repository
public class MongoCampaignRulesStore implements CampaignRulesStore {

    static final Duration DEFAULT_TTL = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

    @Autowired
    public MongoCampaignRulesStore(MongoTemplate mongo) {
        this(mongo, Clock.systemUTC(), DEFAULT_TTL);
    }

    MongoCampaignRulesStore(MongoTemplate mongo, Clock clock, Duration ttl) {
        this.mongo = mongo;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Optional<CampaignRules> find(String campaignId) {
        Instant now = clock.instant();
        Cached cached = cache.get(campaignId);
        if (cached != null && now.isBefore(cached.readAt().plus(ttl))) {
            return Optional.of(cached.rules());
        }
        Optional<CampaignRules> held = Optional.ofNullable(mongo.findById(campaignId, CampaignRulesDocument.class))
                .map(MongoCampaignRulesStore::toRules);
        if (held.isEmpty()) {
            cache.remove(campaignId);
            return held;
        }
        return Optional.of(remember(held.get(), now).rules());
    }

    /** Keeps the newer revision of the two; the same revision is refreshed. */
    private Cached remember(CampaignRules rules, Instant readAt) {
        return cache.merge(rules.campaignId(), new Cached(rules, readAt),
                (old, fresh) -> old.rules().revision() > fresh.rules().revision() ? old : fresh);
    }

    private record Cached(CampaignRules rules, Instant readAt) {
    }

    @Override
    public boolean save(CampaignRules rules) {
        // Matches only an older revision, or none: when a newer one is held, the upsert tries to
        // insert a second document with the same _id, which the store refuses.
        Query olderOrNone = Query.query(Criteria.where("_id").is(rules.campaignId()).and("revision").lt(rules.revision()));
        QualificationSettings settings = rules.settings();
        TargetProfile profile = rules.targetProfile();
        Update update = new Update()
                .set("workspaceId", rules.workspaceId())
                .set("revision", rules.revision())
                .set("threshold", settings.threshold())
                .set("reviewBand", settings.reviewBand())
                .set("hotScore", settings.hotScore())
                .set("budgetWeight", settings.budgetWeight())
                .set("authorityWeight", settings.authorityWeight())
                .set("needWeight", settings.needWeight())
                .set("timelineWeight", settings.timelineWeight())
                .set("industries", profile.industries().stream().sorted().toList())
                .set("companySizes", profile.companySizes().stream().map(CompanySizeRange::label).toList())
                .set("countries", profile.countries().stream().sorted().toList())
                .set("titles", profile.titles())
                .set("sector", profile.sector());
        try {
            mongo.upsert(olderOrNone, update, CampaignRulesDocument.class);
            remember(rules, clock.instant());
            return true;
        } catch (DuplicateKeyException newerHeld) {
            // The same or a newer revision is held: read it again at the next look-up.
            cache.remove(rules.campaignId());
            return false;
        }
    }

    private static CampaignRules toRules(CampaignRulesDocument document) {
        return new CampaignRules(document.id(), document.workspaceId(), document.revision(),
                new QualificationSettings(document.threshold(), document.reviewBand(), document.hotScore(),
                        document.budgetWeight(), document.authorityWeight(), document.needWeight(), document.timelineWeight()),
                new TargetProfile(Set.copyOf(document.industries()),
                        document.companySizes().stream().map(CompanySizeRange::parse).flatMap(Optional::stream).toList(),
                        Set.copyOf(document.countries()),
                        // Held before titles and sector were kept: none.
                        document.titles() == null ? List.of() : document.titles(), document.sector()));
    }
}
