package io.opensdr.outreach.persistence;

import static io.opensdr.outreach.domain.EngagementMother.AT;
import static io.opensdr.outreach.domain.EngagementMother.aMachineOpen;
import static io.opensdr.outreach.domain.EngagementMother.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EngagementType;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.testing.MutableClock;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.outreach.domain.EngagementKind;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The engagements collection on a real MongoDB wire-protocol server (mongo-java-server). */
class MongoEngagementsTest {

    private static final MongoClient client = MongoClients.create(TestMongo.uri("engagements-test"));

    private final MongoTemplate mongo = new MongoTemplate(client, "engagements-test");
    private final MongoEngagements engagements = new MongoEngagements(mongo, new MutableClock(AT));

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldRecordAnEngagementWithItsEventInOneDocument() {
        assertThat(engagements.record(anEngagement("p-clicked", EngagementKind.CLICKED, "sg-click-1"))).isTrue();

        List<EmailEngagement> events = eventsOf("p-clicked");
        assertThat(events).hasSize(1);
        EmailEngagement event = events.get(0);
        assertThat(event.getType()).isEqualTo(EngagementType.CLICKED);
        assertThat(event.getEmailId()).isEqualTo("p-clicked:1");
        assertThat(event.getWorkspaceId()).isEqualTo("workspace-1");
        assertThat(event.getCampaignId()).isEqualTo("c-1");
        assertThat(event.getProviderEventId()).isEqualTo("sg-click-1");
        assertThat(event.getOccurredAt()).isEqualTo(AT);
        assertThat(event.getMachineGenerated()).isFalse();
    }

    @Test
    void shouldRecordAProviderEventOnlyOnce() {
        assertThat(engagements.record(anEngagement("p-twice", EngagementKind.DELIVERED, "sg-delivered-1"))).isTrue();
        assertThat(engagements.record(anEngagement("p-twice", EngagementKind.DELIVERED, "sg-delivered-1"))).isFalse();

        assertThat(eventsOf("p-twice")).hasSize(1);
    }

    @Test
    void shouldRecordEveryEngagementThatHasNoProviderId() {
        assertThat(engagements.record(aMachineOpen("p-pixel"))).isTrue();
        assertThat(engagements.record(aMachineOpen("p-pixel"))).isTrue();

        assertThat(eventsOf("p-pixel")).hasSize(2).allSatisfy(event -> {
            assertThat(event.getMachineGenerated()).isTrue();
            assertThat(event.getDetail()).isEqualTo("GoogleImageProxy");
            assertThat(event.getProviderEventId()).isNull();
        });
    }

    @Test
    void shouldKnowAProspectHasRepliedOnlyAfterARealReply() {
        engagements.record(anEngagement("p-ooo", EngagementKind.AUTO_REPLIED, "<ooo@acme.example>"));
        engagements.record(anEngagement("p-ooo", EngagementKind.OPENED, null));
        assertThat(engagements.hasReplied("p-ooo")).isFalse();

        engagements.record(anEngagement("p-ooo", EngagementKind.REPLIED, "<reply@acme.example>"));

        assertThat(engagements.hasReplied("p-ooo")).isTrue();
        assertThat(engagements.hasReplied("p-someone-else")).isFalse();
    }

    private List<EmailEngagement> eventsOf(String prospectId) {
        return mongo.find(Query.query(Criteria.where("prospectId").is(prospectId)), Document.class,
                        EngagementDocument.COLLECTION).stream()
                .flatMap(document -> document.getList(OutboxEntry.FIELD, Document.class).stream())
                .map(entry -> (EmailEngagement) mongo.getConverter().read(OutboxEntry.class, entry).toEvent())
                .toList();
    }
}
