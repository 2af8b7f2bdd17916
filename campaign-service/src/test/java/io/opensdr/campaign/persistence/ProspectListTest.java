package io.opensdr.campaign.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prospect list's pages over its blocks: the same prospects, in the same order, as a full scan
 * of the read model would give, at any depth and for every filter; short pages that go on searching
 * for a rare filter; rows that never go back to an older version, without a duplicate key (which
 * mongo-java-server logs at ERROR), even when a block's creation was interrupted; back-filling the
 * prospects stored before the list existed; an erased person's prospects leaving it for good; the
 * round trips a prospect event costs, with no read of the prospect after it is written.
 */
@DataMongoTest
@Import({MongoProspectStore.class, ProspectList.class, ProspectListBackfill.class, ProspectReviewedMapper.class,
        MongoErasedPeople.class, ProspectListTest.Clocks.class})
@ExtendWith(OutputCaptureExtension.class)
class ProspectListTest {

    private static final RoundTrips ROUND_TRIPS = new RoundTrips();

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String WORKSPACE = "workspace-list";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri("campaign-prospect-list-tests"));
    }

    @Autowired MongoProspectStore store;
    @Autowired ProspectList list;
    @Autowired ProspectListBackfill backfill;
    @Autowired ProspectReviewedMapper reviews;
    @Autowired MongoTemplate mongo;
    @Autowired MongoErasedPeople erasedPeople;

    @TestConfiguration
    static class Clocks {
        @Bean
        Clock clock() {
            return Clock.fixed(T0, ZoneOffset.UTC);
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countRoundTrips() {
            return settings -> settings.addCommandListener(ROUND_TRIPS);
        }
    }

    private final List<ProspectRecord> written = new ArrayList<>();

    @BeforeEach
    void empty() {
        for (String collection : List.of(ProspectDocument.COLLECTION, ProspectList.BLOCKS, ProspectList.TOPS, "prospect_reviews",
                MongoErasedPeople.ERASED_PEOPLE)) {
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
        }
    }

    @Test
    void shouldPageAcrossBlocksForEveryFilterExactlyAsAFullScanWould() {
        for (int i = 0; i < 350; i++) {
            write(i, i % 2 == 0 ? "campaign-a" : "campaign-b");
        }
        List<ProspectFilter> filters = List.of(
                filter(null, null, null, null, null, null),
                filter("campaign-a", null, null, null, null, null),
                filter(null, ProspectStatus.QUALIFIED, null, null, null, null),
                filter("campaign-b", ProspectStatus.REVIEW, null, null, null, null),
                filter(null, null, 40, 70, null, null),
                filter(null, null, null, null, true, null),
                filter(null, null, null, null, false, ProspectSource.CSV),
                filter("campaign-a", ProspectStatus.QUALIFIED, 60, null, null, ProspectSource.DEMO),
                filter(null, ProspectStatus.PENDING, null, null, null, null));

        for (ProspectFilter filter : filters) {
            List<String> expected = new ArrayList<>(written.stream().filter(filter::matches).map(ProspectRecord::id).toList());
            Collections.reverse(expected);

            assertThat(allPages(store, filter)).as(filter.toString()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldSearchARareFilterOverSeveralShortPagesWithoutLosingAny() {
        MongoProspectStore scanningLittle = new MongoProspectStore(mongo, reviews, new ProspectList(mongo, 100), erasedPeople);
        for (int i = 0; i < 350; i++) {
            write(i, "campaign-a");
        }
        ProspectFilter hotAndCsv = filter(null, null, null, null, true, ProspectSource.CSV);
        List<String> expected = new ArrayList<>(written.stream().filter(hotAndCsv::matches).map(ProspectRecord::id).toList());
        Collections.reverse(expected);

        ProspectSlice first = scanningLittle.page(WORKSPACE, hotAndCsv);
        assertThat(first.items()).as("a short first page").hasSizeLessThan(hotAndCsv.limit());
        assertThat(first.next()).as("which goes on searching").isNotNull();
        List<ProspectSlice> pages = pages(scanningLittle, hotAndCsv);
        assertThat(pages).as("350 rows read 100 at a time").hasSizeGreaterThanOrEqualTo(4);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(ProspectRecord::id).toList())
                .containsExactlyElementsOf(expected).isNotEmpty();
    }

    @Test
    void shouldNeverPutBackAnOlderRowWhateverTheOrderTheWritersGetThere() {
        ProspectRecord prospect = write(0, "campaign-a");
        Document newer = stored(prospect.id());
        Document older = new Document(newer);
        older.put("status", "PENDING");
        older.put(ProspectList.VERSION, ProspectList.version(newer) - 1);

        list.writeRows(older);

        assertThat(allPages(store, filter(null, ProspectStatus.QUALIFIED, null, null, null, null))).containsExactly(prospect.id());
        assertThat(allPages(store, filter(null, ProspectStatus.PENDING, null, null, null, null))).isEmpty();
    }

    @Test
    void shouldShowAProspectAsItIsEvenWhenItsRowIsBehindAndCatchUpAtItsNextWrite() {
        ProspectRecord prospect = write(0, "campaign-a");
        // A write interrupted between the prospect and its rows: the row still says QUALIFIED.
        mongo.updateFirst(query(where("_id").is(prospect.id())), new Update().set("status", "REJECTED"), ProspectDocument.COLLECTION);

        assertThat(allPages(store, filter(null, ProspectStatus.QUALIFIED, null, null, null, null))).as("never shown wrongly").isEmpty();

        store.found(prospect);
        assertThat(allPages(store, filter(null, ProspectStatus.REJECTED, null, null, null, null))).containsExactly(prospect.id());
    }

    @Test
    void shouldShowAProspectOnceWhenItWasListedAgainAtNewPositions() {
        ProspectRecord first = write(0, "campaign-a");
        ProspectRecord second = write(2, "campaign-a");
        // As the back-fill does when the prospect's own write listed it meanwhile: new positions, new rows.
        Document relisted = stored(first.id());
        Document positions = new Document("w", list.allocate(ProspectList.scope(WORKSPACE, null), 1))
                .append("c", list.allocate(ProspectList.scope(WORKSPACE, "campaign-a"), 1));
        mongo.updateFirst(query(where("_id").is(first.id())), new Update().set(ProspectList.LISTED, positions),
                ProspectDocument.COLLECTION);
        relisted.put(ProspectList.LISTED, positions);
        list.writeRows(relisted);

        assertThat(allPages(store, filter(null, null, null, null, null, null))).containsExactly(first.id(), second.id());
        assertThat(allPages(store, filter("campaign-a", null, null, null, null, null))).containsExactly(first.id(), second.id());
    }

    @Test
    void shouldFollowAReviewInTheList() {
        ProspectRecord prospect = write(1, "campaign-a");
        assertThat(prospect.status()).isEqualTo(ProspectStatus.REVIEW);

        store.reviewOnce(prospect, new ProspectRecord.Review(ReviewDecision.QUALIFIED, "user-1", T0.plusSeconds(900), "fits"));

        assertThat(allPages(store, filter(null, ProspectStatus.REVIEW, null, null, null, null))).isEmpty();
        assertThat(allPages(store, filter(null, ProspectStatus.QUALIFIED, null, null, null, null))).containsExactly(prospect.id());
    }

    @Test
    void shouldKeepEachWorkspacesListToItselfEvenForTheSameCampaignId() {
        ProspectRecord ours = write(0, "campaign-a");
        ProspectRecord theirs = new ProspectRecord("p-theirs", "workspace-other", "campaign-a", ProspectSource.DEMO,
                ours.person(), ProspectStatus.PENDING, null, List.of(), null, T0);
        store.found(theirs);

        assertThat(allPages(store, filter("campaign-a", null, null, null, null, null))).containsExactly(ours.id());
        assertThat(allPages(store, filter(null, null, null, null, null, null))).containsExactly(ours.id());
    }

    @Test
    void shouldListTheProspectsStoredBeforeTheListExistedInTheOrderTheyWereStoredOnce() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            // Stored without positions, as an older version left them (their creation times need not be in order).
            int created = (i * 37) % 250;
            mongo.insert(new Document("_id", "p-old-" + i).append("workspaceId", WORKSPACE).append("campaignId", "campaign-a")
                    .append("source", "DEMO").append("status", i % 3 == 0 ? "QUALIFIED" : "REJECTED")
                    .append("score", i % 100).append("createdAt", Date.from(T0.plusSeconds(created))), ProspectDocument.COLLECTION);
            newestFirst.add(0, "p-old-" + i);
        }

        assertThat(backfill.run()).isEqualTo(250);
        assertThat(backfill.run()).as("a second start-up").isZero();
        ProspectRecord fresh = write(0, "campaign-a");
        assertThat(fresh.status()).isEqualTo(ProspectStatus.QUALIFIED);

        List<String> expected = new ArrayList<>(List.of(fresh.id()));
        expected.addAll(newestFirst);
        assertThat(allPages(store, filter(null, null, null, null, null, null))).containsExactlyElementsOf(expected);
        assertThat(allPages(store, filter("campaign-a", ProspectStatus.QUALIFIED, null, null, null, null)))
                .containsExactlyElementsOf(expected.stream().filter(id -> id.equals(fresh.id()) || qualifiedOld().test(id))
                        .toList());
    }

    @Test
    void shouldRemoveAnErasedPersonsProspectAndKeepItOutWhenALateEventBringsItBack() {
        ProspectRecord erased = write(0, "campaign-a");
        ProspectRecord kept = write(2, "campaign-a");

        erasedPeople.erase(WORKSPACE, AddressHash.of(WORKSPACE, erased.person().email()), List.of(erased.id()));

        assertThat(store.find(WORKSPACE, erased.id())).isEmpty();
        assertThat(allPages(store, filter(null, null, null, null, null, null))).containsExactly(kept.id());
        store.qualified(erased);
        store.found(new ProspectRecord("p-same-person-again", WORKSPACE, "campaign-b", ProspectSource.CSV, erased.person(),
                ProspectStatus.PENDING, null, List.of(), null, T0.plusSeconds(5)));
        assertThat(store.find(WORKSPACE, erased.id())).as("redelivered after the erasure").isEmpty();
        assertThat(store.find(WORKSPACE, "p-same-person-again")).as("the same address, found again").isEmpty();
        assertThat(allPages(store, filter(null, null, null, null, null, null))).containsExactly(kept.id());
    }

    @Test
    void shouldLeaveTheNewerRowWithoutADuplicateKeyErrorWhenAStaleRowArrives(CapturedOutput output) {
        ProspectRecord prospect = write(0, "campaign-a");
        Document newer = stored(prospect.id());
        Document older = new Document(newer);
        older.put("status", "PENDING");
        older.put(ProspectList.VERSION, ProspectList.version(newer) - 1);
        int before = output.getAll().length();

        list.writeRows(older);
        store.qualified(prospect);

        assertThat(output.getAll().substring(before)).as("what the store logged")
                .doesNotContain("E11000").doesNotContain("duplicate key").doesNotContain("\"level\":\"ERROR\"")
                .doesNotContain(" ERROR ");
        assertThat(allPages(store, filter(null, ProspectStatus.QUALIFIED, null, null, null, null))).containsExactly(prospect.id());
        assertThat(allPages(store, filter("campaign-a", ProspectStatus.PENDING, null, null, null, null))).isEmpty();
    }

    @Test
    void shouldWriteTheRowsEvenWhenAWriteStoppedBetweenGivingPositionsAndCreatingTheirBlocks() {
        ProspectRecord prospect = write(0, "campaign-a");
        // As if the service stopped after the positions were allocated, before their blocks existed.
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), ProspectList.BLOCKS);

        store.qualified(prospect);

        assertThat(allPages(store, filter(null, ProspectStatus.QUALIFIED, null, null, null, null))).containsExactly(prospect.id());
        assertThat(allPages(store, filter("campaign-a", null, null, null, null, null))).containsExactly(prospect.id());
    }

    @Test
    void shouldKeepTheNewestAssessmentAndTheReviewersDecisionWhateverOrderTheEventsArriveIn() {
        ProspectRecord found = found(3, "campaign-a");
        ProspectRecord review = assessed(found, Qualification.REVIEW, 58, 120);

        store.qualified(review);
        assertThat(store.find(WORKSPACE, found.id())).get().as("assessed before it was found")
                .returns(ProspectStatus.REVIEW, ProspectRecord::status).returns(found.person(), ProspectRecord::person);
        store.found(found);
        store.qualified(assessed(found, Qualification.REJECTED, 20, 60));
        assertThat(store.find(WORKSPACE, found.id())).get().as("found late, then an older assessment")
                .returns(ProspectStatus.REVIEW, ProspectRecord::status).returns(58, p -> p.bant().score())
                .returns(found.source(), ProspectRecord::source);
        assertThat(allPages(store, filter("campaign-a", ProspectStatus.REVIEW, null, null, null, null))).containsExactly(found.id());

        store.reviewOnce(review, new ProspectRecord.Review(ReviewDecision.QUALIFIED, "user-1", T0.plusSeconds(900), "fits"));
        store.qualified(assessed(found, Qualification.REJECTED, 20, 1_000));
        assertThat(store.find(WORKSPACE, found.id())).get().as("a newer assessment after the review")
                .returns(ProspectStatus.QUALIFIED, ProspectRecord::status).returns(20, p -> p.bant().score());
        assertThat(allPages(store, filter(null, ProspectStatus.QUALIFIED, null, null, null, null))).containsExactly(found.id());
        assertThat(allPages(store, filter(null, null, 10, 30, null, null))).containsExactly(found.id());
        assertThat(allPages(store, filter(null, ProspectStatus.REVIEW, null, null, null, null))).isEmpty();
    }

    @Test
    void shouldWriteAProspectEventInAFewRoundTripsWithoutReadingTheProspectBack() {
        write(0, "campaign-a");
        ProspectRecord found = found(1, "campaign-a");
        ProspectRecord qualified = qualified(found, 1);

        List<String> first = ROUND_TRIPS.during(() -> store.found(found));
        List<String> assessed = ROUND_TRIPS.during(() -> store.qualified(qualified));
        List<String> redelivered = ROUND_TRIPS.during(() -> store.qualified(qualified));

        // Were 9, 7 and 7 when the list read the prospect back after each write and again after listing
        // it, and an assessment took three writes.
        assertThat(first).as("a new prospect: its write, two positions, listing it, its two rows, the erasure check")
                .hasSizeLessThanOrEqualTo(7);
        assertThat(assessed).as("one conditional write, two rows, the erasure check").hasSizeLessThanOrEqualTo(4);
        assertThat(redelivered).as("the same assessment again").hasSizeLessThanOrEqualTo(4);
        assertThat(first).as("no read-back of the prospect").doesNotContain("find " + ProspectDocument.COLLECTION);
        assertThat(assessed).as("no read-back of the prospect").doesNotContain("find " + ProspectDocument.COLLECTION);
        assertThat(allPages(store, filter("campaign-a", null, null, null, null, null))).hasSize(2);
        assertThat(allPages(store, filter("campaign-a", qualified.status(), null, null, null, null))).contains(qualified.id());
    }

    private static Predicate<String> qualifiedOld() {
        return id -> Integer.parseInt(id.substring("p-old-".length())) % 3 == 0;
    }

    /** Prospect i: found, then (but for every fifth) qualified with a varied decision, score, hot flag and source. */
    private ProspectRecord write(int i, String campaignId) {
        ProspectRecord found = found(i, campaignId);
        store.found(found);
        ProspectRecord record = found;
        if (i % 5 != 4) {
            record = qualified(found, i);
            store.qualified(record);
        }
        written.add(record);
        return record;
    }

    private static ProspectRecord found(int i, String campaignId) {
        String id = "p-" + i + "-" + UUID.randomUUID();
        ProspectSource source = ProspectSource.values()[i % ProspectSource.values().length];
        ProspectRecord.Person person = new ProspectRecord.Person("Ada", "Lovelace", id + "@acme.example", "CTO", "Acme",
                "acme.example", "Software", "Europe/London");
        return new ProspectRecord(id, WORKSPACE, campaignId, source, person, ProspectStatus.PENDING, null,
                List.of(), null, T0.plusSeconds(i));
    }

    /** An assessment of the prospect decided {@code seconds} after T0. */
    private static ProspectRecord assessed(ProspectRecord found, Qualification decision, int score, int seconds) {
        ProspectRecord.Criterion criterion = new ProspectRecord.Criterion(score / 4, "reason");
        return new ProspectRecord(found.id(), WORKSPACE, found.campaignId(), found.source(), found.person(),
                ProspectStatus.valueOf(decision.name()), new ProspectRecord.Bant(score, criterion, criterion, criterion,
                criterion, 60, decision, false, true, T0.plusSeconds(seconds)), List.of(), null, found.createdAt());
    }

    /** Prospect i's assessment: a varied decision, score and hot flag. */
    private static ProspectRecord qualified(ProspectRecord found, int i) {
        Qualification decision = Qualification.values()[i % Qualification.values().length];
        int score = (i * 7) % 101;
        boolean hot = i % 23 == 0;
        ProspectRecord.Criterion criterion = new ProspectRecord.Criterion(score, "reason");
        return new ProspectRecord(found.id(), WORKSPACE, found.campaignId(), found.source(), found.person(),
                ProspectStatus.valueOf(decision.name()), new ProspectRecord.Bant(score, criterion, criterion, criterion,
                criterion, 60, decision, hot, true, T0.plusSeconds(i + 60)), List.of(), null, T0.plusSeconds(i));
    }

    private Document stored(String id) {
        return mongo.findOne(ProspectList.listingFieldsOf(where("_id").is(id)), Document.class, ProspectDocument.COLLECTION);
    }

    private static List<String> allPages(MongoProspectStore store, ProspectFilter filter) {
        return pages(store, filter).stream().flatMap(p -> p.items().stream()).map(ProspectRecord::id).toList();
    }

    private static List<ProspectSlice> pages(MongoProspectStore store, ProspectFilter filter) {
        List<ProspectSlice> pages = new ArrayList<>();
        Long before = null;
        do {
            ProspectSlice page = store.page(WORKSPACE, new ProspectFilter(filter.campaignId(), filter.status(), filter.minScore(),
                    filter.maxScore(), filter.hot(), filter.source(), before, filter.limit()));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(filter.limit());
            pages.add(page);
            before = page.next();
        } while (before != null && pages.size() < 1_000);
        return pages;
    }

    private static ProspectFilter filter(String campaignId, ProspectStatus status, Integer minScore, Integer maxScore,
                                         Boolean hot, ProspectSource source) {
        return new ProspectFilter(campaignId, status, minScore, maxScore, hot, source, null, 7);
    }

    /** The MongoDB commands the test's thread sends while it runs something. */
    static final class RoundTrips implements CommandListener {

        private final Map<Thread, List<String>> counting = new ConcurrentHashMap<>();

        List<String> during(Runnable work) {
            List<String> commands = new ArrayList<>();
            counting.put(Thread.currentThread(), commands);
            try {
                work.run();
            } finally {
                counting.remove(Thread.currentThread());
            }
            return commands;
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            List<String> commands = counting.get(Thread.currentThread());
            if (commands != null) {
                BsonValue target = event.getCommand().get(event.getCommandName());
                commands.add(event.getCommandName() + (target != null && target.isString() ? " " + target.asString().getValue() : ""));
            }
        }
    }
}
