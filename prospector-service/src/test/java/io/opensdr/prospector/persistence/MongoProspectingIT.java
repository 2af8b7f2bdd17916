package io.opensdr.prospector.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.CandidateMother;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.FoundProspect;
import io.opensdr.prospector.domain.Person;
import io.opensdr.prospector.domain.ProgressReport;
import io.opensdr.prospector.domain.ProspectPriority;
import io.opensdr.prospector.domain.ProspectSource;
import io.opensdr.prospector.domain.ProspectingService;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.SourceState;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.sources.DemoDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The stores on a real MongoDB wire-protocol server (mongo-java-server, as in every IT and the
 * local stack), driven by the real prospecting service: the races, restarts and pauses that only
 * the database's own guarantees can settle. Each "instance" has its own client and stores, as two
 * replicas of the service would.
 */
class MongoProspectingIT {

    private static final String DATABASE = "prospector-store-it";
    private static final Instant DAY_ONE = Instant.parse("2026-01-06T10:00:00Z");

    private final List<MongoClient> clients = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        threads.shutdownNow();
        clients.forEach(MongoClient::close);
    }

    @Test
    void shouldKeepOneProspectAndOneAnnouncementWhenTwoInstancesRaceOnTheSamePersonThroughAnyIdentity() throws Exception {
        Candidate claire = CandidateMother.aVpAtAFintech("claire");
        Map<String, Candidate> sameClaire = new LinkedHashMap<>();
        sameClaire.put("same email", new Candidate("other-1", new Person("Claire", "Dupont", "VP Sales", Seniority.VP,
                "Claire@FINTECH.example", EmailGrade.VALID, null, null, null, null, null), claire.company(), List.of()));
        sameClaire.put("same LinkedIn, another email", new Candidate("other-2", new Person("Claire", "Dupont", "VP Sales",
                Seniority.VP, "c.dupont@elsewhere.example", EmailGrade.VALID, null, "linkedin.example/in/Claire-Martin-claire/",
                null, null, null), claire.company(), List.of()));
        sameClaire.put("same name at the same domain", new Candidate("other-3", new Person("CLAIRE", "Martin-Claire", "VP",
                Seniority.VP, null, null, null, null, null, null, null), claire.company(), List.of()));

        int round = 0;
        for (Map.Entry<String, Candidate> variant : sameClaire.entrySet()) {
            for (int i = 0; i < 15; i++, round++) {
                String workspace = "w-race-" + round;
                Instance first = new Instance(fixedAt(DAY_ONE), new OneCandidate(SourceKind.DEMO, claire));
                Instance second = new Instance(fixedAt(DAY_ONE), new OneCandidate(SourceKind.CSV, variant.getValue()));
                Campaign demo = campaign(workspace, "c-race-a-" + round, SourceKind.DEMO);
                Campaign csv = campaign(workspace, "c-race-b-" + round, SourceKind.CSV);
                first.service.applySnapshot(demo);
                first.service.applySnapshot(csv);

                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> a = threads.submit(() -> {
                    await(start);
                    first.service.prospectActiveCampaigns();
                });
                Future<?> b = threads.submit(() -> {
                    await(start);
                    second.service.prospectActiveCampaigns();
                });
                a.get();
                b.get();

                List<Document> prospects = prospectsOf(workspace);
                assertThat(prospects).as(variant.getKey() + ", round " + i).hasSize(1);
                assertThat(prospects.get(0).getList("outbox", Document.class)).as(variant.getKey()).hasSize(1);
                first.service.applySnapshot(stopped(demo));
                first.service.applySnapshot(stopped(csv));
            }
        }
    }

    @Test
    void shouldCountEveryProspectOnceWhenTwoInstancesTickTheSameCampaignAtOnce() throws Exception {
        Instance first = new Instance(fixedAt(DAY_ONE), null);
        Instance second = new Instance(fixedAt(DAY_ONE), null);
        first.service.applySnapshot(new Campaign("c-shared", "w-shared", 1, CampaignStatus.ACTIVE, SourceKind.DEMO,
                TargetProfile.anyone(), 1_000));
        first.directory.people();
        second.directory.people();

        for (int i = 0; i < 10; i++) {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<?> a = threads.submit(() -> {
                await(start);
                first.service.prospectActiveCampaigns();
            });
            Future<?> b = threads.submit(() -> {
                await(start);
                second.service.prospectActiveCampaigns();
            });
            a.get();
            b.get();
        }

        List<Document> prospects = prospectsOf("w-shared");
        assertThat(prospects).extracting(document -> document.getString("sourceRef")).doesNotHaveDuplicates();
        assertThat(prospects).allSatisfy(document -> assertThat(document.getList("outbox", Document.class)).hasSize(1));
        ProgressReport progress = first.service.progress("w-shared", "c-shared").orElseThrow();
        assertThat(progress.totalFound()).isEqualTo(prospects.size());
        assertThat(progress.foundToday()).isEqualTo(prospects.size());
        assertThat(first.campaigns.find("c-shared").orElseThrow().progress().cursor()).isEqualTo(prospects.size());
    }

    @Test
    void shouldResumeAfterARestartWhereItLeftOffWithoutAnnouncingAnyoneTwice() {
        Instance before = new Instance(fixedAt(DAY_ONE), null);
        before.service.applySnapshot(new Campaign("c-restart", "w-restart", 1, CampaignStatus.ACTIVE, SourceKind.DEMO,
                TargetProfile.anyone(), 100));
        for (int i = 0; i < 3; i++) {
            before.service.prospectActiveCampaigns();
        }
        assertThat(prospectsOf("w-restart")).hasSize(30);
        // As if the last five cursor moves had been lost in a crash between the two writes.
        before.mongo.updateFirst(Query.query(Criteria.where("_id").is("c-restart")), new Update().inc("cursor", -5L),
                CampaignDocument.class);

        // A new instance, the next day: its directory is generated again, with other signal dates,
        // and its first tick reads the five again (refused as known), then ten new people.
        Instance after = new Instance(fixedAt(DAY_ONE.plus(Duration.ofDays(1))), null);
        for (int i = 0; i < 4; i++) {
            after.service.prospectActiveCampaigns();
        }

        List<String> bestSeventy = after.directory.search(TargetProfile.anyone(), 0, 70).candidates().stream()
                .map(ranked -> ranked.candidate().sourceKey()).toList();
        List<Document> prospects = prospectsOf("w-restart");
        assertThat(prospects).extracting(document -> document.getString("sourceRef"))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(bestSeventy);
        assertThat(prospects).allSatisfy(document -> assertThat(document.getList("outbox", Document.class)).hasSize(1));
        assertThat(after.campaigns.find("c-restart").orElseThrow().progress().cursor()).isEqualTo(70);
        assertThat(after.service.progress("w-restart", "c-restart").orElseThrow().totalFound()).isEqualTo(70);
    }

    @Test
    void shouldRefuseToMoveTheCursorOnceANewRevisionIsStored() {
        Instance instance = new Instance(fixedAt(DAY_ONE), null);
        instance.campaigns.saveSnapshot(new Campaign("c-pause", "w-pause", 1, CampaignStatus.ACTIVE, SourceKind.DEMO,
                TargetProfile.anyone(), 100), false);
        LocalDate today = LocalDate.ofInstant(DAY_ONE, ZoneOffset.UTC);
        instance.campaigns.startDay("c-pause", today);
        assertThat(instance.campaigns.advance("c-pause", 1, 0, today, true)).isTrue();

        instance.campaigns.saveSnapshot(new Campaign("c-pause", "w-pause", 2, CampaignStatus.PAUSED, SourceKind.DEMO,
                TargetProfile.anyone(), 100), false);

        assertThat(instance.campaigns.advance("c-pause", 1, 1, today, true)).as("the search read revision 1").isFalse();
        assertThat(instance.campaigns.find("c-pause").orElseThrow().progress().cursor()).isEqualTo(1);
        assertThat(instance.campaigns.findActive()).noneMatch(state -> state.campaign().campaignId().equals("c-pause"));
    }

    @Test
    void shouldSkipTheCursorAheadOnlyFromWhereTheSearchReadIt() {
        Instance instance = new Instance(fixedAt(DAY_ONE), null);
        instance.campaigns.saveSnapshot(new Campaign("c-skip", "w-skip", 1, CampaignStatus.ACTIVE, SourceKind.ROCKETREACH,
                TargetProfile.anyone(), 100), false);
        instance.campaigns.startDay("c-skip", LocalDate.ofInstant(DAY_ONE, ZoneOffset.UTC));

        assertThat(instance.campaigns.skipTo("c-skip", 1, 0, 3)).isTrue();
        assertThat(instance.campaigns.skipTo("c-skip", 1, 0, 6)).as("the cursor is at 3 now").isFalse();
        assertThat(instance.campaigns.skipTo("c-skip", 2, 3, 6)).as("the search read another revision").isFalse();

        assertThat(instance.campaigns.find("c-skip").orElseThrow().progress().cursor()).isEqualTo(3);
    }

    @Test
    void shouldStoreTheSourcesStateAndForgetItWhenTheProfileChanges() {
        Instance instance = new Instance(fixedAt(DAY_ONE), null);
        instance.service.applySnapshot(new Campaign("c-source", "w-source", 1, CampaignStatus.ACTIVE, SourceKind.DEMO,
                new TargetProfile(List.of(), Set.of(), List.of(), Set.of("No such industry"), Set.of()), 100));
        instance.service.prospectActiveCampaigns();
        assertThat(instance.service.progress("w-source", "c-source").orElseThrow().source().state()).isEqualTo(SourceState.EXHAUSTED);

        instance.service.applySnapshot(new Campaign("c-source", "w-source", 2, CampaignStatus.ACTIVE, SourceKind.DEMO,
                TargetProfile.anyone(), 100));
        assertThat(instance.service.progress("w-source", "c-source").orElseThrow().source().state()).isEqualTo(SourceState.NOT_SEARCHED);
        instance.service.prospectActiveCampaigns();

        ProgressReport progress = instance.service.progress("w-source", "c-source").orElseThrow();
        assertThat(progress.source().state()).isEqualTo(SourceState.READY);
        assertThat(progress.foundToday()).isEqualTo(10);
        assertThat(progress.enriching()).isZero();
    }

    @Test
    void shouldMoveProspectsOfThePreviousSingleKeyVersionOntoIdentities() {
        MongoTemplate mongo = template("prospector-legacy-it"); // its own: the old index refuses the others' documents
        mongo.indexOps(ProspectDocument.COLLECTION).ensureIndex(new Index().on("workspaceId", Sort.Direction.ASC)
                .on("dedupKey", Sort.Direction.ASC).unique().named(MongoProspectStore.LEGACY_INDEX));
        mongo.insert(new Document("_id", "legacy-1").append("workspaceId", "w-legacy").append("dedupKey", "email:old@fintech.example"),
                ProspectDocument.COLLECTION);

        MongoProspectStore store = new MongoProspectStore(mongo);

        assertThat(mongo.indexOps(ProspectDocument.COLLECTION).getIndexInfo())
                .noneMatch(index -> index.getName().equals(MongoProspectStore.LEGACY_INDEX));
        assertThat(store.recordIfNew(found("w-legacy", CandidateMother.aVpAtAFintech("old")))).as("had by its email").isFalse();
        assertThat(store.recordIfNew(found("w-legacy", CandidateMother.aVpAtAFintech("new-1")))).isTrue();
        assertThat(store.recordIfNew(found("w-legacy", CandidateMother.aVpAtAFintech("new-2")))).isTrue();
    }

    @Test
    void shouldStoreTheIdentitiesAndEnrichedFactsOfAProspect() {
        MongoProspectStore store = new MongoProspectStore(template());

        assertThat(store.recordIfNew(found("w-facts", CandidateMother.aVpAtAFintech("facts")))).isTrue();

        Document stored = prospectsOf("w-facts").get(0);
        assertThat(stored.getList("identities", String.class)).containsExactly("w-facts|email:facts@fintech.example",
                "w-facts|linkedin:linkedin.example/in/claire-martin-facts", "w-facts|name:claire martin facts@fintech.example",
                "address:" + io.opensdr.kit.privacy.AddressHash.of("w-facts", "facts@fintech.example"));
        assertThat(stored.getString("emailGrade")).isEqualTo("VALID");
        assertThat(stored.getString("companyDomain")).isEqualTo("fintech.example");
    }

    private static FoundProspect found(String workspace, Candidate candidate) {
        return new FoundProspect(UUID.randomUUID().toString(), workspace, "c-" + workspace, SourceKind.DEMO,
                new RankedCandidate(candidate, ProspectPriority.of(candidate, TargetProfile.anyone())), DAY_ONE);
    }

    private static Campaign campaign(String workspace, String campaignId, SourceKind source) {
        return new Campaign(campaignId, workspace, 1, CampaignStatus.ACTIVE, source, TargetProfile.anyone(), 100);
    }

    private static Campaign stopped(Campaign campaign) {
        return new Campaign(campaign.campaignId(), campaign.workspaceId(), campaign.revision() + 1, CampaignStatus.STOPPED,
                campaign.source(), campaign.targetProfile(), campaign.dailyQuota());
    }

    private static Clock fixedAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private List<Document> prospectsOf(String workspace) {
        return template().find(Query.query(Criteria.where("workspaceId").is(workspace)), Document.class, ProspectDocument.COLLECTION);
    }

    private MongoTemplate template() {
        return template(DATABASE);
    }

    private MongoTemplate template(String database) {
        MongoClient client = MongoClients.create(TestMongo.uri(database));
        clients.add(client);
        return new MongoTemplate(client, database);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One replica of the service: its own client, stores, directory and prospecting service. */
    private final class Instance {

        final MongoTemplate mongo = template();
        final MongoCampaignStore campaigns = new MongoCampaignStore(mongo);
        final DemoDirectory directory;
        final ProspectingService service;

        Instance(Clock clock, ProspectSource source) {
            directory = new DemoDirectory(clock);
            service = new ProspectingService(campaigns, new MongoProspectStore(mongo),
                    List.of(source == null ? directory : source), 10, clock);
        }
    }

    /** A source with one person in it. */
    private record OneCandidate(SourceKind kind, Candidate candidate) implements ProspectSource {

        @Override
        public SearchPage search(TargetProfile profile, long cursor, int limit) {
            List<RankedCandidate> page = cursor == 0
                    ? List.of(new RankedCandidate(candidate, ProspectPriority.of(candidate, profile))) : List.of();
            return new SearchPage(page, cursor + page.size());
        }
    }
}
