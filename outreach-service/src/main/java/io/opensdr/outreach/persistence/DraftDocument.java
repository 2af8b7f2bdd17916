package io.opensdr.outreach.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A draft, keyed by (prospect, step) through its id; inserted with its EmailDrafted in the outbox,
 * which the kit's relay publishes and removes.
 *
 * @param fallbackReason why the template wrote it though a language model was configured; null otherwise
 */
@Document(DraftDocument.COLLECTION)
@CompoundIndex(name = "prospect_step", def = "{'prospectId': 1, 'step': 1}", unique = true)
record DraftDocument(@Id String id, String prospectId, int step, String campaignId, String workspaceId,
                     ContactDocument recipient, String subject, String body, int bantScore, String generatedBy,
                     String fallbackReason, Instant draftedAt, List<OutboxEntry> outbox) {

    static final String COLLECTION = "drafts";
}
