package io.opensdr.campaign.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.campaign.domain.HotLead;
import io.opensdr.campaign.domain.Milestone;
import io.opensdr.campaign.domain.ProgressChange;
import io.opensdr.campaign.domain.ProspectFacts;
import io.opensdr.campaign.domain.ProspectRef;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.Tallies;
import io.opensdr.campaign.domain.Tally;
import io.opensdr.kit.testing.TestMongo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The facts and counters stay exact through redeliveries and crashes between their writes (mongo-java-server). */
@DataMongoTest
@Import({MongoProgressStore.class, MongoDashboardReader.class, MongoErasedPeople.class, MongoProgressStoreTest.Clocks.class})
class MongoProgressStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");
    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 10);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri("campaign-progress-tests"));
    }

    @Autowired MongoProgressStore store;
    @Autowired MongoDashboardReader reader;
    @Autowired MongoTemplate mongo;
    @Autowired MongoErasedPeople erased;

    private final String workspace = "workspace-" + UUID.randomUUID();
    private final String campaign = "campaign-" + UUID.randomUUID();

    @Test
    void shouldCountEachProspectOncePerStageHoweverOftenItIsReported() {
        ProspectRef ada = prospect();
        ProspectRef bob = prospect();
        for (int delivery = 0; delivery < 2; delivery++) {
            reach(ada, Milestone.FOUND, T0);
            reach(bob, Milestone.FOUND, T0);
            store.record(ada, facts -> facts.qualify(Qualification.QUALIFIED, false, null, T0));
            store.record(bob, facts -> facts.qualify(Qualification.REJECTED, false, null, T0));
            reach(ada, Milestone.DRAFTED, T0);
            reach(ada, Milestone.APPROVED, T0);
            store.record(ada, facts -> facts.send(1, T0.plusSeconds(86_400)));
            store.record(bob, facts -> facts.send(1, T0.plusSeconds(86_400)));
            reach(ada, Milestone.DELIVERED, T0.plusSeconds(86_400));
            reach(ada, Milestone.OPENED, T0.plusSeconds(86_400));
            reach(ada, Milestone.REPLIED, T0.plusSeconds(2 * 86_400));
            reach(bob, Milestone.BOUNCED, T0.plusSeconds(86_400));
            store.record(ada, facts -> facts.meeting(true, T0.plusSeconds(2 * 86_400)));
        }

        Tallies campaignTotals = reader.campaigns(workspace, List.of(campaign)).get(campaign).tallies();
        assertThat(campaignTotals.values()).isEqualTo(Map.ofEntries(
                Map.entry(Tally.PROSPECTS_FOUND, 2L), Map.entry(Tally.QUALIFIED, 1L), Map.entry(Tally.REJECTED, 1L),
                Map.entry(Tally.EMAILS_DRAFTED, 1L), Map.entry(Tally.EMAILS_APPROVED, 1L),
                Map.entry(Tally.EMAILS_SENT, 2L), Map.entry(Tally.PROSPECTS_CONTACTED, 2L),
                Map.entry(Tally.DELIVERED, 1L), Map.entry(Tally.HUMAN_OPENS, 1L), Map.entry(Tally.REPLIES, 1L),
                Map.entry(Tally.BOUNCES, 1L), Map.entry(Tally.MEETINGS_BOOKED, 1L)));
        assertThat(reader.workspace(workspace).tallies()).isEqualTo(campaignTotals);
        Map<LocalDate, Tallies> days = reader.campaignDays(workspace, campaign, DAY0, DAY0.plusDays(5));
        assertThat(days).containsOnlyKeys(DAY0, DAY0.plusDays(1), DAY0.plusDays(2));
        assertThat(days.get(DAY0.plusDays(1)).get(Tally.EMAILS_SENT)).isEqualTo(2);
        assertThat(days.get(DAY0.plusDays(2)).get(Tally.REPLIES)).isEqualTo(1);
        assertThat(reader.workspaceDays(workspace, DAY0, DAY0.plusDays(5))).isEqualTo(days);
    }

    @Test
    void shouldFinishAnOperationLeftPendingByACrashWhenTheEventIsRedelivered() {
        ProspectRef ada = prospect();
        crashAfterTheFactsWrite(ada, Milestone.FOUND);
        assertThat(reader.workspace(workspace).tallies().get(Tally.PROSPECTS_FOUND)).as("before the redelivery").isZero();

        reach(ada, Milestone.FOUND, T0);
        reach(ada, Milestone.FOUND, T0);

        assertThat(reader.workspace(workspace).tallies().get(Tally.PROSPECTS_FOUND)).isEqualTo(1);
        assertThat(reader.campaignDays(workspace, campaign, DAY0, DAY0).get(DAY0).get(Tally.PROSPECTS_FOUND)).isEqualTo(1);
        assertThat(mongo.findById(ada.prospectId(), Document.class, MongoProgressStore.FACTS).get("pending")).isNull();
    }

    @Test
    void shouldNotCountAgainAnOperationAppliedJustBeforeACrash() {
        ProspectRef ada = prospect();
        Document operation = crashAfterTheFactsWrite(ada, Milestone.FOUND);
        store.applyToCounters(operation);
        store.applyToCounters(operation);

        reach(ada, Milestone.FOUND, T0);

        assertThat(reader.workspace(workspace).tallies().get(Tally.PROSPECTS_FOUND)).isEqualTo(1);
        assertThat(reader.campaigns(workspace, List.of(campaign)).get(campaign).tallies().get(Tally.PROSPECTS_FOUND))
                .isEqualTo(1);
        Document totals = mongo.findById(MongoProgressStore.workspaceKey(workspace), Document.class, MongoProgressStore.TOTALS);
        assertThat(totals.get("ops", Document.class)).as("the marks are cleared once the operation is done").isEmpty();
    }

    @Test
    void shouldFinishAPendingOperationBeforeApplyingAnotherEventOfTheSameProspect() {
        ProspectRef ada = prospect();
        crashAfterTheFactsWrite(ada, Milestone.FOUND);

        reach(ada, Milestone.DRAFTED, T0);

        Tallies totals = reader.workspace(workspace).tallies();
        assertThat(totals.get(Tally.PROSPECTS_FOUND)).isEqualTo(1);
        assertThat(totals.get(Tally.EMAILS_DRAFTED)).isEqualTo(1);
        assertThat(store.facts(ada.prospectId()).reached()).containsExactlyInAnyOrder(Milestone.FOUND, Milestone.DRAFTED);
    }

    @Test
    void shouldCountExactlyWhenTheEventsOfOneProspectArriveConcurrentlyAndTwice() throws Exception {
        List<ProspectRef> prospects = List.of(prospect(), prospect(), prospect());
        List<Milestone> milestones = List.of(Milestone.FOUND, Milestone.DRAFTED, Milestone.APPROVED,
                Milestone.DELIVERED, Milestone.OPENED, Milestone.REPLIED);
        List<java.util.concurrent.Callable<Void>> deliveries = new java.util.ArrayList<>();
        for (ProspectRef prospect : prospects) {
            for (int copy = 0; copy < 2; copy++) {
                for (Milestone milestone : milestones) {
                    deliveries.add(() -> {
                        reach(prospect, milestone, T0);
                        return null;
                    });
                }
                deliveries.add(() -> {
                    store.record(prospect, facts -> facts.send(1, T0));
                    return null;
                });
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (var done : pool.invokeAll(deliveries)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        Tallies totals = reader.workspace(workspace).tallies();
        assertThat(totals.get(Tally.PROSPECTS_FOUND)).isEqualTo(3);
        assertThat(totals.get(Tally.EMAILS_DRAFTED)).isEqualTo(3);
        assertThat(totals.get(Tally.REPLIES)).isEqualTo(3);
        assertThat(totals.get(Tally.EMAILS_SENT)).isEqualTo(3);
        assertThat(reader.campaignDays(workspace, campaign, DAY0, DAY0).get(DAY0)).isEqualTo(totals);
        assertThat(mongo.findById(MongoProgressStore.workspaceKey(workspace), Document.class, MongoProgressStore.TOTALS)
                .get("ops", Document.class)).isEmpty();
    }

    @Test
    void shouldKeepTheLatestQualificationAndMeetingWhenOlderOnesArriveLate() {
        ProspectRef ada = prospect();
        store.record(ada, facts -> facts.qualify(Qualification.REVIEW, false, null, T0));
        store.record(ada, facts -> facts.qualify(Qualification.QUALIFIED, false, null, T0.plusSeconds(60)));
        store.record(ada, facts -> facts.qualify(Qualification.REVIEW, false, null, T0));
        store.record(ada, facts -> facts.meeting(true, T0));
        store.record(ada, facts -> facts.meeting(false, T0.plusSeconds(60)));
        store.record(ada, facts -> facts.meeting(true, T0));

        Tallies totals = reader.workspace(workspace).tallies();
        assertThat(totals.get(Tally.QUALIFIED)).isEqualTo(1);
        assertThat(totals.get(Tally.IN_REVIEW)).isZero();
        assertThat(totals.get(Tally.MEETINGS_BOOKED)).isZero();
    }

    @Test
    void shouldListTheNewestHotLeadsOfTheWorkspaceAndTheCampaign() {
        for (int i = 0; i < MongoProgressStore.HOT_LEADS_KEPT + 5; i++) {
            ProspectRef prospect = prospect();
            HotLead lead = new HotLead(prospect.prospectId(), campaign, "Lead " + i, "VP", "Acme", 90, T0.plusSeconds(i));
            store.record(prospect, facts -> facts.qualify(Qualification.QUALIFIED, true, lead, lead.at()));
            store.record(prospect, facts -> facts.qualify(Qualification.QUALIFIED, true, lead, lead.at()));
        }

        List<HotLead> leads = reader.workspace(workspace).hotLeads();
        assertThat(leads).hasSize(MongoProgressStore.HOT_LEADS_KEPT);
        assertThat(leads.get(0).name()).isEqualTo("Lead " + (MongoProgressStore.HOT_LEADS_KEPT + 4));
        assertThat(leads).extracting(HotLead::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(reader.campaigns(workspace, List.of(campaign)).get(campaign).hotLeads()).isEqualTo(leads);
        assertThat(reader.workspace(workspace).tallies().get(Tally.HOT)).isEqualTo(MongoProgressStore.HOT_LEADS_KEPT + 5);
    }

    @Test
    void shouldKeepEachWorkspacesCountersApartAndVersionThem() {
        ProspectRef ours = prospect();
        ProspectRef theirs = new ProspectRef("other-" + UUID.randomUUID(), campaign, "prospect-" + UUID.randomUUID());
        reach(ours, Milestone.FOUND, T0);
        long before = reader.versions(List.of(workspace)).get(workspace);
        reach(theirs, Milestone.FOUND, T0);
        reach(theirs, Milestone.DRAFTED, T0);

        assertThat(reader.workspace(workspace).tallies().get(Tally.PROSPECTS_FOUND)).isEqualTo(1);
        assertThat(reader.campaigns(workspace, List.of(campaign)).get(campaign).tallies().get(Tally.EMAILS_DRAFTED)).isZero();
        assertThat(reader.versions(List.of(workspace)).get(workspace)).isEqualTo(before);
        reach(ours, Milestone.DRAFTED, T0);
        assertThat(reader.versions(List.of(workspace)).get(workspace)).isGreaterThan(before);
    }

    @Test
    void shouldDropAnErasedPersonFromTheHotLeadsButKeepTheCounts() {
        ProspectRef ada = prospect();
        ProspectRef bob = prospect();
        for (ProspectRef prospect : List.of(ada, bob)) {
            HotLead lead = new HotLead(prospect.prospectId(), campaign, "Someone", "VP", "Acme", 90, T0);
            store.record(prospect, facts -> facts.qualify(Qualification.QUALIFIED, true, lead, T0));
        }

        erased.erase(workspace, "a".repeat(64), List.of(ada.prospectId()));

        assertThat(reader.workspace(workspace).hotLeads()).extracting(HotLead::prospectId).containsExactly(bob.prospectId());
        assertThat(reader.campaigns(workspace, List.of(campaign)).get(campaign).hotLeads()).hasSize(1);
        assertThat(reader.workspace(workspace).tallies().get(Tally.HOT)).isEqualTo(2);
    }

    @org.springframework.boot.test.context.TestConfiguration
    static class Clocks {

        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.systemUTC();
        }
    }

    /** Writes the facts and their pending operation as the store does, and stops there (the crash). */
    private Document crashAfterTheFactsWrite(ProspectRef prospect, Milestone milestone) {
        ProgressChange change = ProspectFacts.NONE.reach(milestone, T0).orElseThrow();
        Document operation = MongoProgressStore.operation(prospect, 1, change);
        mongo.insert(new Document("_id", prospect.prospectId()).append("workspaceId", prospect.workspaceId())
                .append("campaignId", prospect.campaignId()).append(milestone.name().toLowerCase(), true)
                .append("v", 1L).append("pending", operation), MongoProgressStore.FACTS);
        return operation;
    }

    private void reach(ProspectRef prospect, Milestone milestone, Instant at) {
        store.record(prospect, facts -> facts.reach(milestone, at));
    }

    private ProspectRef prospect() {
        return new ProspectRef(workspace, campaign, "prospect-" + UUID.randomUUID());
    }
}
