package io.opensdr.prospector.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prospect in the {@code prospects} collection, inserted once with its ProspectFound in its
 * outbox. The unique (workspaceId, dedupKey) index is the deduplication: the key is the
 * normalised email, or the source's key for a person without email (see FoundProspect#dedupKey).
 */
@Document(ProspectDocument.COLLECTION)
@CompoundIndex(name = "workspace_person", def = "{'workspaceId': 1, 'dedupKey': 1}", unique = true)
@CompoundIndex(name = "campaign", def = "{'campaignId': 1}")
record ProspectDocument(
        @Id String id,
        String workspaceId,
        String campaignId,
        String dedupKey,
        String source,
        String sourceRef,
        int priority,
        String firstName,
        String lastName,
        String title,
        String email,
        String companyName,
        Instant foundAt,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "prospects";
}
