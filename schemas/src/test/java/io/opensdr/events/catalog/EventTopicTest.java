package io.opensdr.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.events.EmailSent;
import io.opensdr.events.MailTransport;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class EventTopicTest {

    @ParameterizedTest
    @EnumSource(EventTopic.class)
    void shouldCarryTheCommonEnvelopeAndItsKeyField(EventTopic topic) {
        Schema schema = SpecificData.get().getSchema(topic.eventType());

        assertThat(schema.getNamespace()).isEqualTo("io.opensdr.events");
        assertThat(schema.getField("eventId").schema().getLogicalType().getName()).isEqualTo("uuid");
        assertThat(schema.getField("occurredAt").schema().getLogicalType().getName()).isEqualTo("timestamp-millis");
        assertThat(schema.getField("workspaceId")).isNotNull();
        assertThat(schema.getField("campaignId")).isNotNull();
        assertThat(schema.getField(topic.keyField()).schema().getType()).isEqualTo(Schema.Type.STRING);
    }

    @ParameterizedTest
    @EnumSource(EventTopic.class)
    void shouldFollowTheNamingRule(EventTopic topic) {
        String kebab = topic.eventType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        String expected = topic == EventTopic.CAMPAIGN ? "sdr.campaign.v1" : "sdr." + kebab + ".v1";

        assertThat(topic.topicName()).isEqualTo(expected);
        assertThat(topic.deadLetterTopicName()).isEqualTo(expected + "-dlt");
    }

    @Test
    void shouldHaveOneTopicPerEventType() {
        assertThat(Arrays.stream(EventTopic.values()).map(EventTopic::eventType)).doesNotHaveDuplicates();
        assertThat(EventTopic.forEventType(EmailSent.class)).isEqualTo(EventTopic.EMAIL_SENT);
    }

    @Test
    void shouldKeyRecordsByTheirAggregateId() {
        EmailSent sent = EmailSent.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setWorkspaceId("w1").setCampaignId("c1").setProspectId("p1")
                .setDraftId("d1").setEmailId("p1:1").setTransport(MailTransport.SMTP)
                .setMessageId("<m@x>").setSubject("Hi").build();

        assertThat(EventTopic.EMAIL_SENT.keyOf(sent)).isEqualTo("p1");
        assertThatThrownBy(() -> EventTopic.PROSPECT_FOUND.keyOf(sent))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
