package io.opensdr.campaign.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.config.CampaignProperties;
import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignMother;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.DraftMother;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.QualificationSettings;
import io.opensdr.campaign.domain.UserAccount;
import io.opensdr.campaign.domain.Workspace;
import io.opensdr.campaign.messaging.CampaignSnapshotMapper;
import io.opensdr.campaign.messaging.EmailApprovedMapper;
import io.opensdr.kit.testing.TestMongo;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The stores' conditional and idempotent writes, on a real MongoDB wire protocol (mongo-java-server). */
@DataMongoTest
@Import({MongoCampaignStore.class, MongoDraftStore.class, MongoAccountStore.class,
        MongoErasedPeople.class, MongoStoresTest.Clocks.class,
        CampaignSnapshotMapper.class, EmailApprovedMapper.class})
@EnableConfigurationProperties(CampaignProperties.class)
class MongoStoresTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri("campaign-persistence-tests"));
    }

    @Autowired MongoCampaignStore campaigns;
    @Autowired MongoDraftStore drafts;
    @Autowired MongoAccountStore accounts;
    @Autowired MongoTemplate mongo;

    @Test
    void shouldApplyACampaignChangeOnlyToTheRevisionItWasMadeFrom() {
        Campaign draft = Campaign.create(UUID.randomUUID().toString(), "workspace-1", CampaignMother.someSettings(), T0)
                .approveTemplate(T0);
        campaigns.insert(draft);
        Campaign launched = draft.launch(T0.plusSeconds(1));

        assertThat(campaigns.replace(draft, launched)).isTrue();
        assertThat(campaigns.replace(draft, draft.launch(T0.plusSeconds(2)))).as("stale revision").isFalse();

        assertThat(campaigns.find("workspace-1", draft.id())).contains(launched);
        assertThat(outboxSize("campaigns", draft.id())).isEqualTo(2);
    }

    @Test
    void shouldStoreTheSourceAndBantSettingsAndTheirChanges() {
        CampaignSettings base = CampaignMother.someSettings();
        CampaignSettings settings = new CampaignSettings(base.name(), base.sector(), base.targetProfile(),
                base.emailTemplate(), base.meeting(), ProspectSource.CSV,
                new QualificationSettings(70, 8, 85, 10, 40, 30, 20), base.dailyProspectQuota());
        Campaign draft = Campaign.create(UUID.randomUUID().toString(), "workspace-1", settings, T0);
        campaigns.insert(draft);
        assertThat(campaigns.find("workspace-1", draft.id())).contains(draft);

        Campaign requalified = draft.requalify(new QualificationSettings(50, 0, 50, 0, 0, 0, 100), T0.plusSeconds(1));
        assertThat(campaigns.replace(draft, requalified)).isTrue();

        assertThat(campaigns.find("workspace-1", draft.id())).contains(requalified);
        assertThat(mongo.findById(draft.id(), Document.class, "campaigns").getInteger("threshold")).isEqualTo(50);
    }

    @Test
    void shouldLoadACampaignStoredBeforeSourcesAndBantSettingsExisted() {
        String id = UUID.randomUUID().toString();
        Document legacy = new Document("_id", id)
                .append("workspaceId", "workspace-1")
                .append("name", "Old campaign")
                .append("sector", "Software")
                .append("status", "ACTIVE")
                .append("targetProfile", new Document("titles", List.of("VP Sales")).append("seniorities", List.of())
                        .append("companySizes", List.of()).append("industries", List.of()).append("countries", List.of("FR")))
                .append("emailTemplate", new Document("subject", "Hi {{firstName}}").append("body", "Hello {{firstName}}")
                        .append("approved", true))
                .append("meeting", new Document("days", List.of("MONDAY")).append("startHour", 9).append("endHour", 17)
                        .append("timeZone", "Europe/Paris").append("schedulerLink", null))
                .append("threshold", 90)
                .append("dailyProspectQuota", 100)
                .append("revision", 4L)
                .append("createdAt", Date.from(T0))
                .append("launchedAt", Date.from(T0))
                .append("updatedAt", Date.from(T0))
                .append("outbox", List.of());
        mongo.insert(legacy, "campaigns");

        Campaign loaded = campaigns.find("workspace-1", id).orElseThrow();

        assertThat(loaded.settings().source()).isEqualTo(ProspectSource.DEMO);
        assertThat(loaded.settings().qualification()).isEqualTo(new QualificationSettings(90, 5, 90, 25, 25, 25, 25));
        assertThat(loaded.revision()).isEqualTo(4);
    }

    @Test
    void shouldApproveAPendingDraftOnlyOnceEvenWhenTwoApprovalsRace() {
        Draft pending = aPendingDraft();
        drafts.insertOnce(pending);
        Draft byAda = pending.approve(null, "ada", T0);
        Draft byBob = pending.approve(null, "bob", T0.plusSeconds(1));

        assertThat(drafts.approveIfPending(byAda)).isTrue();
        assertThat(drafts.approveIfPending(byBob)).isFalse();

        assertThat(drafts.find(pending.workspaceId(), pending.id())).contains(byAda);
        assertThat(outboxSize("drafts", pending.id())).isEqualTo(1);
    }

    @Test
    void shouldKeepTheFirstCopyOfARedeliveredDraft() {
        Draft pending = aPendingDraft();
        drafts.insertOnce(pending);
        drafts.rejectIfPending(pending.reject("no", "ada", T0));

        drafts.insertOnce(pending);

        assertThat(drafts.find(pending.workspaceId(), pending.id()).orElseThrow().rejectionReason()).isEqualTo("no");
    }

    @Test
    void shouldNeverReplaceAUserOrTheirPasswordWhenSeededAgain() {
        String email = "ada-" + UUID.randomUUID() + "@acme.example";
        accounts.insertWorkspaceIfAbsent(new Workspace("w-ada", "Ada's"));
        accounts.insertUserIfAbsent(new UserAccount("u-" + UUID.randomUUID(), email, "first-hash", "w-ada"));

        accounts.insertWorkspaceIfAbsent(new Workspace("w-ada", "Renamed"));
        accounts.insertUserIfAbsent(new UserAccount("u-" + UUID.randomUUID(), email, "second-hash", "w-ada"));

        assertThat(accounts.findUserByEmail(email).orElseThrow().passwordHash()).isEqualTo("first-hash");
        assertThat(mongo.count(query(where("email").is(email)), "users")).isEqualTo(1);
        assertThat(accounts.findWorkspace("w-ada").orElseThrow().name()).isEqualTo("Ada's");
    }

    private static Draft aPendingDraft() {
        Draft template = DraftMother.aPendingDraft();
        return Draft.proposed("draft-" + UUID.randomUUID(), template.workspaceId(), template.campaignId(),
                template.prospectId(), 1, template.recipient(), template.subject(), template.body(),
                template.bantScore(), template.createdAt());
    }

    private int outboxSize(String collection, String id) {
        return mongo.findById(id, Document.class, collection).getList("outbox", Object.class).size();
    }

    /** The clock MongoErasedPeople dates its rejections with. */
    @org.springframework.boot.test.context.TestConfiguration
    static class Clocks {

        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.systemUTC();
        }
    }
}
