package io.opensdr.campaign.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A human's review of one prospect, keyed by prospect id so that it is recorded once however often
 * (or however concurrently) it is submitted, with the outbox of its ProspectReviewed event. A small
 * collection of its own: the relay scans it, never the million-prospect one.
 */
@Document(ProspectReviewDocument.COLLECTION)
record ProspectReviewDocument(@Id String id, String workspaceId, String campaignId, String decision, String reviewedBy,
                              Instant reviewedAt, String reason, List<OutboxEntry> outbox) {

    static final String COLLECTION = "prospect_reviews";
}
