package io.opensdr.events.catalog;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.EmailDrafted;
import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EmailSent;
import io.opensdr.events.MeetingBooked;
import io.opensdr.events.PersonSuppressed;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.ProspectReviewed;
import java.util.Arrays;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The event catalogue: every topic, the one event type it carries, the field its records are
 * keyed by, its single writer, and how it is retained. The AsyncAPI document describes the same
 * catalogue for consumers outside the JVM; {@code AsyncApiDocumentTest} keeps the two in step.
 */
public enum EventTopic {

    CAMPAIGN(TopicNames.CAMPAIGN, CampaignSnapshot.class, "campaignId", Producer.CAMPAIGN_SERVICE, Retention.COMPACTED),
    PROSPECT_FOUND(TopicNames.PROSPECT_FOUND, ProspectFound.class, "prospectId", Producer.PROSPECTOR_SERVICE, Retention.DELETE),
    PROSPECT_QUALIFIED(TopicNames.PROSPECT_QUALIFIED, ProspectQualified.class, "prospectId", Producer.QUALIFIER_SERVICE, Retention.DELETE),
    EMAIL_DRAFTED(TopicNames.EMAIL_DRAFTED, EmailDrafted.class, "prospectId", Producer.OUTREACH_SERVICE, Retention.DELETE),
    EMAIL_APPROVED(TopicNames.EMAIL_APPROVED, EmailApproved.class, "prospectId", Producer.CAMPAIGN_SERVICE, Retention.DELETE),
    EMAIL_SENT(TopicNames.EMAIL_SENT, EmailSent.class, "prospectId", Producer.OUTREACH_SERVICE, Retention.DELETE),
    EMAIL_ENGAGEMENT(TopicNames.EMAIL_ENGAGEMENT, EmailEngagement.class, "prospectId", Producer.OUTREACH_SERVICE, Retention.DELETE),
    MEETING_BOOKED(TopicNames.MEETING_BOOKED, MeetingBooked.class, "prospectId", Producer.OUTREACH_SERVICE, Retention.DELETE),
    /** Compacted: the latest suppression of each person is kept, so a new consumer reads the whole list. */
    PERSON_SUPPRESSED(TopicNames.PERSON_SUPPRESSED, PersonSuppressed.class, "addressHash", Producer.OUTREACH_SERVICE, Retention.COMPACTED),
    /** A human's decision on a prospect of the qualifier's review band; outreach drafts on QUALIFIED. */
    PROSPECT_REVIEWED(TopicNames.PROSPECT_REVIEWED, ProspectReviewed.class, "prospectId", Producer.CAMPAIGN_SERVICE, Retention.DELETE);

    /** The one service allowed to write each topic. */
    public enum Producer {
        CAMPAIGN_SERVICE("campaign-service"),
        PROSPECTOR_SERVICE("prospector-service"),
        QUALIFIER_SERVICE("qualifier-service"),
        OUTREACH_SERVICE("outreach-service");

        private final String serviceName;

        Producer(String serviceName) {
            this.serviceName = serviceName;
        }

        public String serviceName() {
            return serviceName;
        }
    }

    /** Kafka cleanup policy: compacted topics keep the latest record per key forever. */
    public enum Retention {
        DELETE("delete"),
        COMPACTED("compact");

        private final String cleanupPolicy;

        Retention(String cleanupPolicy) {
            this.cleanupPolicy = cleanupPolicy;
        }

        public String cleanupPolicy() {
            return cleanupPolicy;
        }
    }

    /** Partitions per topic; records are keyed, so per-prospect order holds at any count. */
    public static final int PARTITIONS = 3;

    private final String topicName;
    private final Class<? extends SpecificRecord> eventType;
    private final String keyField;
    private final Producer producer;
    private final Retention retention;

    EventTopic(String topicName, Class<? extends SpecificRecord> eventType, String keyField,
               Producer producer, Retention retention) {
        this.topicName = topicName;
        this.eventType = eventType;
        this.keyField = keyField;
        this.producer = producer;
        this.retention = retention;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + TopicNames.DLT_SUFFIX;
    }

    public Class<? extends SpecificRecord> eventType() {
        return eventType;
    }

    public String keyField() {
        return keyField;
    }

    public Producer producer() {
        return producer;
    }

    public Retention retention() {
        return retention;
    }

    /**
     * The record key of an event of this topic: the value of its key field. Keys are never null,
     * so that a topic's records for one aggregate stay in order on one partition.
     */
    public String keyOf(SpecificRecord event) {
        if (!eventType.isInstance(event)) {
            throw new IllegalArgumentException(
                    topicName + " carries " + eventType.getSimpleName() + ", not " + event.getClass().getSimpleName());
        }
        Object key = event.get(event.getSchema().getField(keyField).pos());
        if (key == null || key.toString().isBlank()) {
            throw new IllegalArgumentException(eventType.getSimpleName() + " has no " + keyField);
        }
        return key.toString();
    }

    public static EventTopic forEventType(Class<?> eventType) {
        return Arrays.stream(values())
                .filter(topic -> topic.eventType.equals(eventType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic carries " + eventType.getName()));
    }

    public static Optional<EventTopic> forTopicName(String topicName) {
        return Arrays.stream(values()).filter(topic -> topic.topicName.equals(topicName)).findFirst();
    }
}
