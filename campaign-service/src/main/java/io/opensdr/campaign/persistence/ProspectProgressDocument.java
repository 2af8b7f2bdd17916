package io.opensdr.campaign.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * How far one prospect got, keyed by prospect id. Written only with field-level {@code $set}s (see
 * {@link MongoProgressStore}); declared here for its collection and the indexes that the metric
 * counts use, one per counted field.
 */
@Document(ProspectProgressDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "campaign_found", def = "{'campaignId': 1, 'found': 1}"),
        @CompoundIndex(name = "campaign_qualification", def = "{'campaignId': 1, 'qualification': 1}"),
        @CompoundIndex(name = "campaign_drafted", def = "{'campaignId': 1, 'drafted': 1}"),
        @CompoundIndex(name = "campaign_approved", def = "{'campaignId': 1, 'approved': 1}"),
        @CompoundIndex(name = "campaign_sent", def = "{'campaignId': 1, 'sent': 1}"),
        @CompoundIndex(name = "campaign_delivered", def = "{'campaignId': 1, 'delivered': 1}"),
        @CompoundIndex(name = "campaign_opened", def = "{'campaignId': 1, 'opened': 1}"),
        @CompoundIndex(name = "campaign_clicked", def = "{'campaignId': 1, 'clicked': 1}"),
        @CompoundIndex(name = "campaign_replied", def = "{'campaignId': 1, 'replied': 1}"),
        @CompoundIndex(name = "campaign_bounced", def = "{'campaignId': 1, 'bounced': 1}"),
        @CompoundIndex(name = "campaign_unsubscribed", def = "{'campaignId': 1, 'unsubscribed': 1}"),
        @CompoundIndex(name = "campaign_spam_reported", def = "{'campaignId': 1, 'spam_reported': 1}"),
        @CompoundIndex(name = "campaign_meeting", def = "{'campaignId': 1, 'hasMeeting': 1}")
})
record ProspectProgressDocument(
        @Id String id,
        String workspaceId,
        String campaignId,
        Boolean found,
        String qualification,
        Instant qualifiedAt,
        Boolean drafted,
        Boolean approved,
        Boolean sent,
        Boolean delivered,
        Boolean opened,
        Boolean clicked,
        Boolean replied,
        Boolean bounced,
        Boolean unsubscribed,
        @Field("spam_reported") Boolean spamReported,
        Boolean hasMeeting,
        Instant meetingChangedAt) {

    static final String COLLECTION = "prospect_progress";
}
