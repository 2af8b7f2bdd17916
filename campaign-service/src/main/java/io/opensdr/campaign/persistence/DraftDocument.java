package io.opensdr.campaign.persistence;

import io.opensdr.campaign.domain.Recipient;
import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** A draft in the review queue, keyed by the draft id outreach gave it, with the outbox of its EmailApproved event. */
@Document(DraftDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "workspace_status_created", def = "{'workspaceId': 1, 'status': 1, 'createdAt': -1}"),
        @CompoundIndex(name = "workspace_campaign_created", def = "{'workspaceId': 1, 'campaignId': 1, 'createdAt': -1}")
})
record DraftDocument(
        @Id String id,
        String workspaceId,
        String campaignId,
        String prospectId,
        int step,
        Recipient recipient,
        String subject,
        String body,
        int bantScore,
        String status,
        Instant createdAt,
        boolean edited,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        List<OutboxEntry> outbox,
        String traceparent) {

    static final String COLLECTION = "drafts";
}
