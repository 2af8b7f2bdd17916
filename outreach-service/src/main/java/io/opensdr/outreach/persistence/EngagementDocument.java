package io.opensdr.outreach.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One engagement, inserted with its EmailEngagement in the outbox. An engagement that a provider
 * identifies (SendGrid's sg_event_id, a reply's Message-ID) has that id in its {@code _id}, so a
 * redelivered webhook or a second read of the mailbox cannot record it twice; any other (an open
 * of the tracking pixel) gets a random id.
 */
@Document(EngagementDocument.COLLECTION)
@CompoundIndex(name = "prospect_kind", def = "{'prospectId': 1, 'kind': 1}")
record EngagementDocument(@Id String id, String workspaceId, String campaignId, String prospectId, String emailId,
                          String kind, boolean machineGenerated, String detail, String providerEventId,
                          Instant occurredAt, Instant recordedAt, List<OutboxEntry> outbox) {

    static final String COLLECTION = "engagements";
}
