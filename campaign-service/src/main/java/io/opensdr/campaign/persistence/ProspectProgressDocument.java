package io.opensdr.campaign.persistence;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * How far one prospect got (its facts), keyed by prospect id, as {@link MongoProgressStore} writes
 * it: milestones as booleans, the emails sent per step, the latest qualification and meeting state,
 * a version {@code v} for compare-and-set writes, and the counter operation still {@code pending}
 * (null once applied). No secondary index: nothing counts over these documents; the dashboard
 * reads the pre-aggregated counters instead.
 */
@org.springframework.data.mongodb.core.mapping.Document(ProspectProgressDocument.COLLECTION)
record ProspectProgressDocument(
        @Id String id,
        String workspaceId,
        String campaignId,
        Boolean found,
        String qualification,
        Instant qualifiedAt,
        Boolean hot,
        Boolean drafted,
        Boolean approved,
        Boolean sent,
        List<Integer> sentSteps,
        Boolean delivered,
        Boolean opened,
        Boolean clicked,
        Boolean replied,
        Boolean bounced,
        Boolean unsubscribed,
        @Field("spam_reported") Boolean spamReported,
        Boolean hasMeeting,
        Instant meetingChangedAt,
        Long v,
        Document pending) {

    static final String COLLECTION = "prospect_progress";
}
