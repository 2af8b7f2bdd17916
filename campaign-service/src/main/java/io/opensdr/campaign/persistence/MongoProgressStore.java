package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.HotLead;
import io.opensdr.campaign.domain.Milestone;
import io.opensdr.campaign.domain.ProgressChange;
import io.opensdr.campaign.domain.ProgressStore;
import io.opensdr.campaign.domain.ProspectFacts;
import io.opensdr.campaign.domain.ProspectRef;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.Tally;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The per-prospect facts ({@code prospect_progress}) and the counters that follow from them
 * ({@code dashboard_totals}, {@code dashboard_daily}), kept exactly right without transactions
 * (mongo-java-server has none) through a pending operation:
 * <ol>
 * <li>the facts document is replaced by its next state only if its version is still the one read
 *     (compare and set), and in the same single-document write it records the counter deltas as
 *     its {@code pending} operation, with an id unique to this transition;</li>
 * <li>each counter document applies the deltas only if it has not seen that operation id
 *     ({@code ops.<id>} absent), and marks it seen in the same write;</li>
 * <li>the facts' {@code pending} is cleared, and then the counters' marks.</li>
 * </ol>
 * The writer holds a lease on its operation. Another event about the same prospect that finds it
 * pending waits for it to be finished, and takes it over once the lease is over (its writer
 * crashed): the redelivery of the same record, at the latest, finishes it, and the marks make each
 * counter apply it once. A redelivered event finds its change already in the facts and changes
 * nothing. (Marks are removed by the lease's holder once the operation is cleared; a writer stalled
 * for longer than the lease in the middle of its counter writes could count once more: the one
 * residual risk of doing this without transactions.)
 */
@Repository
class MongoProgressStore implements ProgressStore {

    static final String FACTS = ProspectProgressDocument.COLLECTION;
    static final String TOTALS = "dashboard_totals";
    static final String DAILY = "dashboard_daily";
    /** The hot-lead alerts each totals document keeps, newest first. */
    static final int HOT_LEADS_KEPT = 20;
    /**
     * How long the writer of an operation has to finish it before another writer of the same
     * prospect takes it over (the first one is then presumed dead).
     */
    static final Duration LEASE = Duration.ofSeconds(30);

    private final MongoTemplate mongo;

    MongoProgressStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(ProspectRef prospect, Function<ProspectFacts, Optional<ProgressChange>> change) {
        String owner = UUID.randomUUID().toString();
        long giveUpAt = System.currentTimeMillis() + LEASE.toMillis() + Duration.ofSeconds(10).toMillis();
        for (int attempt = 0; System.currentTimeMillis() < giveUpAt; attempt++) {
            Document stored = mongo.findById(prospect.prospectId(), Document.class, FACTS);
            if (stored != null && stored.get("pending") != null) {
                finishOrWait(stored.get("pending", Document.class), prospect.prospectId(), owner);
                continue;
            }
            long version = stored == null ? 0 : versionOf(stored);
            Optional<ProgressChange> next = change.apply(factsOf(stored));
            if (next.isEmpty()) {
                return;
            }
            Document operation = next.get().countsSomething() ? operation(prospect, version + 1, next.get()) : null;
            if (operation != null) {
                operation.append("owner", owner).append("leasedUntil", new Date(System.currentTimeMillis() + LEASE.toMillis()));
            }
            if (write(prospect, stored, version, next.get().next(), operation)) {
                if (operation != null) {
                    finish(operation, prospect.prospectId(), owner);
                }
                return;
            }
        }
        throw new IllegalStateException("Prospect " + prospect.prospectId() + " kept changing, or its pending counter"
                + " operation was never finished, for " + LEASE.plusSeconds(10));
    }

    /**
     * Another writer's operation is pending: while its lease runs, that writer is finishing it (wait
     * a little); once the lease is over (the writer crashed), take it over and finish it.
     */
    private void finishOrWait(Document pending, String prospectId, String owner) {
        Date leasedUntil = pending.get("leasedUntil", Date.class);
        if (leasedUntil != null && leasedUntil.getTime() > System.currentTimeMillis()) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while prospect " + prospectId + " had a pending operation", e);
            }
            return;
        }
        Query sameLease = query(where("_id").is(prospectId).and("pending.id").is(pending.getString("id"))
                .and("pending.leasedUntil").is(leasedUntil));
        Update takeOver = new Update().set("pending.owner", owner)
                .set("pending.leasedUntil", new Date(System.currentTimeMillis() + LEASE.toMillis()));
        if (mongo.updateFirst(sameLease, takeOver, FACTS).getModifiedCount() == 1) {
            finish(pending, prospectId, owner);
        }
    }

    @Override
    public ProspectFacts facts(String prospectId) {
        return factsOf(mongo.findById(prospectId, Document.class, FACTS));
    }

    /** Stores the next facts (and the pending operation) if nobody changed them since they were read. */
    private boolean write(ProspectRef prospect, Document stored, long version, ProspectFacts facts, Document operation) {
        Document fields = fieldsOf(facts);
        fields.put("workspaceId", prospect.workspaceId());
        fields.put("campaignId", prospect.campaignId());
        fields.put("v", version + 1);
        if (stored == null) {
            fields.put("_id", prospect.prospectId());
            if (operation != null) {
                fields.put("pending", operation);
            }
            try {
                mongo.insert(fields, FACTS);
                return true;
            } catch (DuplicateKeyException createdMeanwhile) {
                return false;
            }
        }
        Update update = new Update();
        fields.forEach(update::set);
        if (operation != null) {
            update.set("pending", operation);
        }
        Query sameVersion = version == 0
                ? query(where("_id").is(prospect.prospectId()).and("v").exists(false).and("pending").exists(false))
                : query(where("_id").is(prospect.prospectId()).and("v").is(version).and("pending").exists(false));
        return mongo.updateFirst(sameVersion, update, FACTS).getModifiedCount() == 1;
    }

    /** Applies a pending operation to every counter it concerns (once each), then clears it if still its owner. */
    void finish(Document operation, String prospectId, String owner) {
        applyToCounters(operation);
        clear(operation, prospectId, owner);
    }

    /** Step 2: each counter document applies the operation unless it has seen it already. */
    void applyToCounters(Document operation) {
        String id = operation.getString("id");
        String workspaceId = operation.getString("workspaceId");
        String campaignId = operation.getString("campaignId");
        String day = operation.getString("day");
        Document deltas = operation.get("deltas", Document.class);
        Document hotLead = operation.get("hotLead", Document.class);
        List<String> totals = List.of(workspaceKey(workspaceId), campaignKey(workspaceId, campaignId));
        List<String> days = List.of(workspaceKey(workspaceId) + ":" + day, campaignKey(workspaceId, campaignId) + ":" + day);
        for (String key : totals) {
            apply(TOTALS, key, id, deltas, hotLead, owner(workspaceId, key.startsWith("c:") ? campaignId : null, null));
        }
        for (String key : days) {
            apply(DAILY, key, id, deltas, null, owner(workspaceId, key.startsWith("c:") ? campaignId : null, day));
        }
    }

    /**
     * Step 3: the facts forget the operation, then the counters forget they saw it. Only the owner
     * of the operation's lease does so: a writer whose lease was taken over leaves the marks to the
     * one that took it, which may still be applying it.
     */
    private void clear(Document operation, String prospectId, String owner) {
        String id = operation.getString("id");
        String workspaceId = operation.getString("workspaceId");
        String campaignId = operation.getString("campaignId");
        String day = operation.getString("day");
        List<String> totals = List.of(workspaceKey(workspaceId), campaignKey(workspaceId, campaignId));
        List<String> days = List.of(workspaceKey(workspaceId) + ":" + day, campaignKey(workspaceId, campaignId) + ":" + day);
        Query owned = query(where("_id").is(prospectId).and("pending.id").is(id).and("pending.owner").is(owner));
        if (mongo.updateFirst(owned, new Update().unset("pending"), FACTS).getModifiedCount() == 0) {
            return;
        }
        mongo.updateMulti(query(where("_id").in(totals)), new Update().unset("ops." + id), TOTALS);
        mongo.updateMulti(query(where("_id").in(days)), new Update().unset("ops." + id), DAILY);
    }

    private void apply(String collection, String key, String operationId, Document deltas, Document hotLead,
                       Document owner) {
        Update update = new Update().set("ops." + operationId, true).inc("v", 1);
        deltas.forEach((tally, delta) -> update.inc("n." + tally, ((Number) delta).longValue()));
        owner.forEach(update::setOnInsert);
        if (hotLead != null) {
            update.push("hotLeads").sort(Sort.by(Sort.Direction.DESC, "at")).slice(HOT_LEADS_KEPT).each(hotLead);
        }
        Query notSeen = query(where("_id").is(key).and("ops." + operationId).exists(false));
        try {
            mongo.upsert(notSeen, update, collection);
        } catch (DuplicateKeyException seenOrCreatedMeanwhile) {
            // Either the document has seen the operation (nothing to do), or another writer created it
            // between our filter and our insert: then it exists, and a plain conditional update settles it.
            mongo.updateFirst(notSeen, update, collection);
        }
    }

    static Document operation(ProspectRef prospect, long version, ProgressChange change) {
        Document deltas = new Document();
        change.deltas().forEach((tally, delta) -> {
            if (delta != 0) {
                deltas.put(tally.key(), delta);
            }
        });
        Document operation = new Document("id", operationId(prospect, version))
                .append("workspaceId", prospect.workspaceId())
                .append("campaignId", prospect.campaignId())
                .append("day", change.day().toString())
                .append("deltas", deltas);
        HotLead lead = change.hotLead();
        if (lead != null) {
            operation.append("hotLead", new Document("prospectId", lead.prospectId())
                    .append("campaignId", lead.campaignId()).append("name", lead.name()).append("title", lead.title())
                    .append("company", lead.company()).append("score", lead.score()).append("at", Date.from(lead.at())));
        }
        return operation;
    }

    /** Unique per prospect and transition; hashed so that it is a safe field name. */
    static String operationId(ProspectRef prospect, long version) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((prospect.workspaceId() + "\n" + prospect.campaignId() + "\n" + prospect.prospectId())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12) + "v" + version;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String workspaceKey(String workspaceId) {
        return "w:" + workspaceId;
    }

    static String campaignKey(String workspaceId, String campaignId) {
        return "c:" + workspaceId + ":" + campaignId;
    }

    private static Document owner(String workspaceId, String campaignId, String day) {
        Document owner = new Document("workspaceId", workspaceId);
        if (campaignId != null) {
            owner.append("campaignId", campaignId);
        }
        if (day != null) {
            owner.append("day", day);
        }
        return owner;
    }

    private static long versionOf(Document stored) {
        Object version = stored.get("v");
        return version == null ? 0 : ((Number) version).longValue();
    }

    private static Document fieldsOf(ProspectFacts facts) {
        Document fields = new Document();
        for (Milestone milestone : Milestone.values()) {
            if (facts.reached().contains(milestone)) {
                fields.put(fieldOf(milestone), true);
            }
        }
        fields.put("sentSteps", new ArrayList<>(facts.sentSteps()));
        if (facts.qualification() != null) {
            fields.put("qualification", facts.qualification().name());
            fields.put("qualifiedAt", Date.from(facts.qualifiedAt()));
        }
        fields.put("hot", facts.hot());
        fields.put("hasMeeting", facts.meeting());
        if (facts.meetingChangedAt() != null) {
            fields.put("meetingChangedAt", Date.from(facts.meetingChangedAt()));
        }
        return fields;
    }

    static ProspectFacts factsOf(Document stored) {
        if (stored == null) {
            return ProspectFacts.NONE;
        }
        Set<Milestone> reached = EnumSet.noneOf(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            if (Boolean.TRUE.equals(stored.get(fieldOf(milestone)))) {
                reached.add(milestone);
            }
        }
        Set<Integer> steps = new TreeSet<>();
        List<?> sentSteps = stored.get("sentSteps", List.class);
        if (sentSteps != null) {
            sentSteps.forEach(step -> steps.add(((Number) step).intValue()));
        }
        String qualification = stored.getString("qualification");
        return new ProspectFacts(reached, steps, qualification == null ? null : Qualification.valueOf(qualification),
                instant(stored.get("qualifiedAt")), Boolean.TRUE.equals(stored.get("hot")),
                Boolean.TRUE.equals(stored.get("hasMeeting")), instant(stored.get("meetingChangedAt")));
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }

    private static String fieldOf(Milestone milestone) {
        return milestone.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Long> counts(Document counters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Document n = counters == null ? null : counters.get("n", Document.class);
        if (n != null) {
            for (Tally tally : Tally.values()) {
                Object value = n.get(tally.key());
                if (value instanceof Number number) {
                    counts.put(tally.key(), number.longValue());
                }
            }
        }
        return counts;
    }
}
