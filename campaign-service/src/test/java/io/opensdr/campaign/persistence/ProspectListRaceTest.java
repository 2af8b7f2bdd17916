package io.opensdr.campaign.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.opensdr.campaign.domain.ProspectFilter;
import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectSlice;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.ReviewDecision;
import io.opensdr.campaign.messaging.ProspectReviewedMapper;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.testing.TestMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The writers that touch the same campaign's prospect list at once in production, run together
 * against a real MongoDB-protocol server (mongo-java-server), threads released together by a
 * barrier, round after round:
 * <ul>
 *   <li>ProspectFound and ProspectQualified are two listeners, so two consumer threads, and each
 *   topic's partitions may sit on another instance of campaign-service: the events of one prospect
 *   (keyed by prospect id) are in order within a topic, never across the two;</li>
 *   <li>after a rebalance, or a listener stopped before its commit, a second instance delivers an
 *   event again while the first still handles it;</li>
 *   <li>reviews come from the HTTP API, on request threads, while the qualifier re-assesses the
 *   prospect, and two reviewers can decide the same prospect at once;</li>
 *   <li>every new prospect of a campaign takes positions in the same two lists as the others, so
 *   different prospects race for positions and for the creation of their blocks;</li>
 *   <li>an instance starting back-fills the unlisted prospects while the running ones' listeners
 *   write (two instances starting at once back-fill the same prospects);</li>
 *   <li>a person's erasure (PersonSuppressed, a listener of its own) races their events.</li>
 * </ul>
 * After every round a user must see: each prospect once in its campaign's list and in its
 * workspace's, at the position it was first given, in position order, under every status filter
 * exactly when its stored status says so; the newest assessment and the review that was stored;
 * rows that say what the prospect says. A test with a scripted interleaving (a MongoDB command
 * listener holding a writer between two of its round trips) pins down the block-creation race the
 * barrier finds only now and then.
 */
@DataMongoTest
@Import({MongoProspectStore.class, ProspectList.class, ProspectListBackfill.class, ProspectReviewedMapper.class,
        MongoErasedPeople.class, ProspectListRaceTest.Settings.class})
class ProspectListRaceTest {

    private static final Interleaving INTERLEAVING = new Interleaving();

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String WORKSPACE = "workspace-race";
    private static final int ROUNDS = 40;
    private static final int PROSPECTS = 12;
    private static final int WRITERS = 4;
    private static final int BACKFILL_ROUNDS = 8;
    private static final int OLD_PROSPECTS = 300;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri("campaign-prospect-list-race-tests"));
    }

    @Autowired MongoProspectStore store;
    @Autowired MongoTemplate mongo;
    @Autowired ProspectListBackfill backfill;
    @Autowired MongoErasedPeople erasedPeople;

    @TestConfiguration
    static class Settings {
        @Bean
        Clock clock() {
            return Clock.fixed(T0, ZoneOffset.UTC);
        }

        @Bean
        MongoClientSettingsBuilderCustomizer interleaveWriters() {
            return settings -> settings.addCommandListener(INTERLEAVING);
        }
    }

    private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS);

    @BeforeEach
    void empty() {
        for (String collection : List.of(ProspectDocument.COLLECTION, ProspectList.BLOCKS, ProspectList.TOPS, "prospect_reviews",
                MongoErasedPeople.ERASED_PEOPLE)) {
            mongo.remove(new Query(), collection);
        }
    }

    @AfterEach
    void stop() {
        INTERLEAVING.clear();
        threads.shutdownNow();
    }

    @Test
    void shouldListEveryProspectOnceAsItIsWhenItsEventsRedeliveriesAndReviewsRace() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            // A campaign of its own each round: its list starts empty, so its first blocks are created in the race.
            String campaign = "campaign-" + round;
            Random random = new Random(round);
            List<ProspectRecord> found = IntStream.range(0, PROSPECTS).mapToObj(k -> found(campaign, k)).toList();
            List<ProspectRecord> inReview = found.stream().map(p -> assessed(p, Qualification.REVIEW, 40 + number(p), 60)).toList();
            List<ProspectRecord> redelivered = found.subList(0, PROSPECTS / 2);

            race(each(shuffled(found, random), store::found),
                    each(shuffled(inReview, random), store::qualified),
                    each(shuffled(redelivered, random), store::found),
                    each(shuffled(inReview.subList(PROSPECTS / 3, PROSPECTS), random), store::qualified));

            Map<String, Document> first = assertEachListedOnceAsItIs(campaign, ids(found));
            for (ProspectRecord prospect : found) {
                ProspectRecord stored = store.find(WORKSPACE, prospect.id()).orElseThrow();
                assertThat(stored).as("round %d, %s after ProspectFound and ProspectQualified", round, prospect.id())
                        .returns(ProspectStatus.REVIEW, ProspectRecord::status)
                        .returns(40 + number(prospect), p -> p.bant().score())
                        .returns(prospect.source(), ProspectRecord::source)
                        .returns(prospect.person(), ProspectRecord::person);
            }

            // Reviewers decide while the qualifier re-assesses, an older assessment comes late and a
            // ProspectFound again; a second reviewer decides a third of them the other way at once.
            List<ProspectRecord> reassessed = inReview.stream()
                    .map(p -> assessed(p, number(p) % 3 == 0 ? Qualification.QUALIFIED : Qualification.REJECTED, 10 + number(p), 120))
                    .toList();
            List<ProspectRecord> late = inReview.stream().map(p -> assessed(p, Qualification.QUALIFIED, 95, 30)).toList();
            race(each(shuffled(inReview, random), p -> store.reviewOnce(p, review(p, "user-1", decision(p)))),
                    each(shuffled(inReview.stream().filter(p -> number(p) % 3 == 1).toList(), random),
                            p -> store.reviewOnce(p, review(p, "user-2", opposite(decision(p))))),
                    each(shuffled(reassessed, random), store::qualified),
                    each(shuffled(late, random), store::qualified, shuffled(redelivered, random), store::found));

            Map<String, Document> second = assertEachListedOnceAsItIs(campaign, ids(found));
            for (ProspectRecord prospect : inReview) {
                ProspectRecord stored = store.find(WORKSPACE, prospect.id()).orElseThrow();
                Document review = mongo.findOne(query(where("_id").is(prospect.id())), Document.class, "prospect_reviews");
                assertThat(review).as("round %d, %s: one review stored", round, prospect.id()).isNotNull();
                assertThat(stored).as("round %d, %s after the review and the new assessment", round, prospect.id())
                        .returns(ProspectStatus.valueOf(review.getString("decision")), ProspectRecord::status)
                        .returns(review.getString("reviewedBy"), p -> p.review().reviewedBy())
                        .returns(10 + number(prospect), p -> p.bant().score())
                        .returns(T0.plusSeconds(120), p -> p.bant().decidedAt());
                if (number(prospect) % 3 != 1) {
                    assertThat(stored.status()).as("unopposed, the reviewer's decision").isEqualTo(ProspectStatus.valueOf(
                            decision(prospect).name()));
                }
                assertThat(second.get(prospect.id()).get(ProspectList.LISTED)).as("round %d, %s: a stable position", round,
                        prospect.id()).isEqualTo(first.get(prospect.id()).get(ProspectList.LISTED));
            }
        }
    }

    @Test
    void shouldListEveryProspectOnceAsItIsWhenTwoInstancesBackFillWhileEventsArrive() throws Exception {
        for (int round = 0; round < BACKFILL_ROUNDS; round++) {
            String campaign = "campaign-old-" + round;
            Random random = new Random(round);
            // Stored by an older version, before the list existed: no positions, no version.
            List<ProspectRecord> old = IntStream.range(0, OLD_PROSPECTS).mapToObj(k -> found(campaign, k)).toList();
            for (ProspectRecord prospect : old) {
                mongo.insert(new Document("_id", prospect.id()).append("workspaceId", WORKSPACE).append("campaignId", campaign)
                        .append("source", prospect.source().name()).append("status", "REVIEW").append("score", 50)
                        .append("createdAt", Date.from(prospect.createdAt())), ProspectDocument.COLLECTION);
            }
            List<ProspectRecord> reassessed = old.stream()
                    .map(p -> assessed(p, number(p) % 2 == 0 ? Qualification.QUALIFIED : Qualification.REJECTED, number(p) % 100, 120))
                    .toList();
            List<ProspectRecord> fresh = IntStream.range(OLD_PROSPECTS, OLD_PROSPECTS + PROSPECTS)
                    .mapToObj(k -> found(campaign, k)).toList();

            // Two instances start (each back-fills) while the listeners of the one already running write.
            race(List.of(backfill::run), List.of(backfill::run),
                    each(shuffled(reassessed, random), store::qualified),
                    each(fresh, store::found, fresh.stream().map(p -> assessed(p, Qualification.REVIEW, 70, 60)).toList(),
                            store::qualified));

            List<String> all = new ArrayList<>(ids(old));
            all.addAll(ids(fresh));
            assertEachListedOnceAsItIs(campaign, all);
            for (ProspectRecord prospect : reassessed) {
                assertThat(store.find(WORKSPACE, prospect.id())).get().as("round %d, %s", round, prospect.id())
                        .returns(prospect.status(), ProspectRecord::status)
                        .returns(prospect.bant().score(), p -> p.bant().score());
            }
        }
    }

    @Test
    void shouldKeepErasedPeopleOutOfTheListWhenTheirErasureRacesTheirEvents() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String campaign = "campaign-erased-" + round;
            Random random = new Random(round);
            List<ProspectRecord> found = IntStream.range(0, PROSPECTS).mapToObj(k -> found(campaign, k)).toList();
            List<ProspectRecord> erased = found.stream().filter(p -> number(p) % 2 == 0).toList();
            List<ProspectRecord> kept = found.stream().filter(p -> number(p) % 2 == 1).toList();

            // The erasure has its own listener (PersonSuppressed), on a thread of its own.
            race(each(shuffled(found, random), store::found),
                    each(shuffled(found.stream().map(p -> assessed(p, Qualification.REVIEW, 60, 60)).toList(), random),
                            store::qualified),
                    each(shuffled(erased, random), p -> erasedPeople.erase(WORKSPACE,
                            AddressHash.of(WORKSPACE, p.person().email()), List.of(p.id()))),
                    each(shuffled(erased, random), store::found));

            for (ProspectRecord prospect : erased) {
                assertThat(store.find(WORKSPACE, prospect.id())).as("round %d, %s erased", round, prospect.id()).isEmpty();
            }
            assertEachListedOnceAsItIs(campaign, ids(kept));
        }
    }

    @Test
    void shouldWriteARowWhoseBlockTheWriterOfItsFirstPositionCreatesMeanwhile() throws Exception {
        ProspectRecord first = found("campaign-a", 0);
        ProspectRecord second = found("campaign-a", 1);
        CountDownLatch firstAllocated = new CountDownLatch(1);
        CountDownLatch secondMissedTheBlock = new CountDownLatch(1);
        CountDownLatch firstCreatedTheBlock = new CountDownLatch(1);
        // The first writer has its campaign position (the first of block 0) and has not created the block yet...
        INTERLEAVING.after("first", c -> c.is("findAndModify", ProspectList.TOPS) && c.id().startsWith("c:"),
                firstAllocated, secondMissedTheBlock);
        // ...when the second writer's row finds no block; the first creates it before the second tries to.
        INTERLEAVING.after("second", c -> c.is("findAndModify", ProspectList.BLOCKS) && c.answeredNothing(),
                secondMissedTheBlock, firstCreatedTheBlock);
        INTERLEAVING.after("first", c -> c.is("update", ProspectList.BLOCKS), firstCreatedTheBlock, null);

        Future<?> firstWriter = threads.submit(as("first", () -> store.found(first)));
        await(firstAllocated, "the first writer's allocation");
        Future<?> secondWriter = threads.submit(as("second", () -> store.found(second)));
        firstWriter.get(30, TimeUnit.SECONDS);
        secondWriter.get(30, TimeUnit.SECONDS);

        assertThat(secondMissedTheBlock.getCount()).as("the interleaving happened").isZero();
        assertThat(firstCreatedTheBlock.getCount()).as("the interleaving happened").isZero();
        assertThat(allPages(filter("campaign-a", null))).containsExactly(second.id(), first.id());
        assertEachListedOnceAsItIs("campaign-a", List.of(first.id(), second.id()));
    }

    /**
     * Each prospect once in its campaign's list and in its workspace's, in the order of its
     * positions there, under each status filter exactly when its stored status is that one, and its
     * rows saying what it says; answers the prospects as stored.
     */
    private Map<String, Document> assertEachListedOnceAsItIs(String campaign, List<String> ids) {
        Map<String, Document> stored = mongo.find(ProspectList.listingFieldsOf(where("_id").in(ids)), Document.class,
                ProspectDocument.COLLECTION).stream().collect(Collectors.toMap(d -> d.getString("_id"), Function.identity()));
        assertThat(stored.keySet()).as("stored").containsExactlyInAnyOrderElementsOf(ids);
        for (Document prospect : stored.values()) {
            assertThat(prospect.get(ProspectList.LISTED)).as("%s has positions", prospect.getString("_id")).isNotNull();
            for (ProspectList.Position at : ProspectList.positionsOf(prospect)) {
                Document block = mongo.findOne(query(where("_id").is(at.blockId())), Document.class, ProspectList.BLOCKS);
                assertThat(block).as("%s's block %s", prospect.getString("_id"), at.blockId()).isNotNull();
                assertThat(((Document) block.get(ProspectList.ROWS)).get(at.row()))
                        .as("%s's row at %s", prospect.getString("_id"), at).isEqualTo(ProspectList.row(prospect));
            }
        }
        List<String> newestFirst = ids.stream().sorted(Comparator.comparing((String id) -> position(stored.get(id), "c"))
                .reversed()).toList();
        assertThat(allPages(filter(campaign, null))).as("%s's list", campaign).containsExactlyElementsOf(newestFirst);
        for (ProspectStatus status : ProspectStatus.values()) {
            assertThat(allPages(filter(campaign, status))).as("%s's list, %s", campaign, status).containsExactlyElementsOf(
                    newestFirst.stream().filter(id -> status.name().equals(stored.get(id).getString("status"))).toList());
        }
        List<String> workspaceList = allPages(filter(null, null));
        Map<String, Long> times = workspaceList.stream().filter(stored::containsKey)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(times).as("the workspace's list, each once").hasSize(ids.size()).allSatisfy((id, n) -> assertThat(n).isOne());
        List<String> workspaceOrder = workspaceList.stream().filter(stored::containsKey).toList();
        assertThat(workspaceOrder).as("the workspace's list, in position order").containsExactlyElementsOf(ids.stream()
                .sorted(Comparator.comparing((String id) -> position(stored.get(id), "w")).reversed()).toList());
        Document top = mongo.findOne(query(where("_id").is(ProspectList.scope(WORKSPACE, campaign))), Document.class,
                ProspectList.TOPS);
        assertThat(((Number) top.get("next")).longValue()).as("positions handed out in %s's list", campaign)
                .isGreaterThanOrEqualTo(ids.size());
        return stored;
    }

    private static long position(Document prospect, String list) {
        return ((Number) ((Document) prospect.get(ProspectList.LISTED)).get(list)).longValue();
    }

    /** Runs the writers, one thread each, released together; fails with the first writer's failure. */
    @SafeVarargs
    private void race(List<Runnable>... writers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers.length);
        List<Future<?>> running = new ArrayList<>();
        for (List<Runnable> writer : writers) {
            running.add(threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                writer.forEach(Runnable::run);
                return null;
            }));
        }
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
    }

    private static <T> List<Runnable> each(List<T> items, Consumer<T> write) {
        return items.stream().<Runnable>map(item -> () -> write.accept(item)).toList();
    }

    private static <T, U> List<Runnable> each(List<T> items, Consumer<T> write, List<U> more, Consumer<U> writeMore) {
        List<Runnable> all = new ArrayList<>(each(items, write));
        all.addAll(each(more, writeMore));
        return all;
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static Runnable as(String role, Runnable work) {
        return () -> {
            Interleaving.ROLE.set(role);
            try {
                work.run();
            } finally {
                Interleaving.ROLE.remove();
            }
        };
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                fail("never reached: " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted waiting for " + what);
        }
    }

    private static List<String> ids(List<ProspectRecord> prospects) {
        return prospects.stream().map(ProspectRecord::id).toList();
    }

    private static int number(ProspectRecord prospect) {
        return Integer.parseInt(prospect.id().substring(prospect.id().lastIndexOf('-') + 1));
    }

    private static ReviewDecision decision(ProspectRecord prospect) {
        return number(prospect) % 2 == 0 ? ReviewDecision.QUALIFIED : ReviewDecision.REJECTED;
    }

    private static ReviewDecision opposite(ReviewDecision decision) {
        return decision == ReviewDecision.QUALIFIED ? ReviewDecision.REJECTED : ReviewDecision.QUALIFIED;
    }

    private static ProspectRecord.Review review(ProspectRecord prospect, String reviewer, ReviewDecision decision) {
        return new ProspectRecord.Review(decision, reviewer, T0.plusSeconds(100 + number(prospect)), "race");
    }

    private static ProspectRecord found(String campaignId, int k) {
        String id = "p-" + campaignId + "-" + k;
        ProspectSource source = ProspectSource.values()[k % ProspectSource.values().length];
        ProspectRecord.Person person = new ProspectRecord.Person("Ada", "Lovelace", id + "@acme.example", "CTO", "Acme",
                "acme.example", "Software", "Europe/London");
        return new ProspectRecord(id, WORKSPACE, campaignId, source, person, ProspectStatus.PENDING, null, List.of(), null,
                T0.plusSeconds(k));
    }

    /** An assessment of the prospect decided {@code seconds} after T0. */
    private static ProspectRecord assessed(ProspectRecord found, Qualification decision, int score, int seconds) {
        ProspectRecord.Criterion criterion = new ProspectRecord.Criterion(score / 4, "reason");
        return new ProspectRecord(found.id(), WORKSPACE, found.campaignId(), null, found.person(),
                ProspectStatus.valueOf(decision.name()), new ProspectRecord.Bant(score, criterion, criterion, criterion,
                criterion, 60, decision, score > 80, true, T0.plusSeconds(seconds)), List.of(), null, found.createdAt());
    }

    private List<String> allPages(ProspectFilter filter) {
        List<String> ids = new ArrayList<>();
        Long before = null;
        int pages = 0;
        do {
            ProspectSlice page = store.page(WORKSPACE, new ProspectFilter(filter.campaignId(), filter.status(), null, null, null,
                    null, before, filter.limit()));
            page.items().forEach(p -> ids.add(p.id()));
            before = page.next();
        } while (before != null && ++pages < 1_000);
        return ids;
    }

    private static ProspectFilter filter(String campaignId, ProspectStatus status) {
        return new ProspectFilter(campaignId, status, null, null, null, null, null, 50);
    }

    /**
     * Holds a writer (named by {@link #ROLE} on its thread) right after one of its MongoDB commands
     * answered, until another writer got somewhere: the driver calls a command listener on the
     * thread that sent the command.
     */
    static final class Interleaving implements CommandListener {

        static final ThreadLocal<String> ROLE = new ThreadLocal<>();

        /** A command as sent: its name, collection, the id its filter names, and whether it answered no document. */
        record Command(String name, String collection, String id, boolean answeredNothing) {

            boolean is(String commandName, String collectionName) {
                return name.equals(commandName) && collectionName.equals(collection);
            }
        }

        private record Step(String role, Predicate<Command> at, CountDownLatch reached, CountDownLatch resume) {
        }

        private final List<Step> steps = new CopyOnWriteArrayList<>();
        private final Map<Integer, Command> sent = new ConcurrentHashMap<>();

        /**
         * After the first command of {@code role} that matches, once the role's earlier steps were
         * reached: count {@code reached} down, then wait for {@code resume} (if any).
         */
        void after(String role, Predicate<Command> at, CountDownLatch reached, CountDownLatch resume) {
            steps.add(new Step(role, at, reached, resume));
        }

        void clear() {
            steps.clear();
            sent.clear();
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (ROLE.get() == null) {
                return;
            }
            BsonDocument command = event.getCommand();
            BsonValue target = command.get(event.getCommandName());
            BsonValue filter = command.get("query");
            String id = filter != null && filter.isDocument() && filter.asDocument().isString("_id")
                    ? filter.asDocument().getString("_id").getValue() : "";
            sent.put(event.getRequestId(), new Command(event.getCommandName(),
                    target != null && target.isString() ? target.asString().getValue() : "", id, false));
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            Command command = sent.remove(event.getRequestId());
            String role = ROLE.get();
            if (command == null || role == null) {
                return;
            }
            BsonValue value = event.getResponse().get("value");
            Command answered = new Command(command.name(), command.collection(), command.id(),
                    value == null || value.isNull());
            // A role's steps in the order they were given: only its first step not reached yet is looked for.
            Step next = steps.stream().filter(s -> s.role().equals(role) && s.reached().getCount() > 0).findFirst().orElse(null);
            if (next != null && next.at().test(answered)) {
                next.reached().countDown();
                if (next.resume() != null) {
                    await(next.resume(), "the other writer, holding " + role + " after " + answered);
                }
            }
        }

        @Override
        public void commandFailed(CommandFailedEvent event) {
            sent.remove(event.getRequestId());
        }
    }
}
