package io.opensdr.prospector.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prospect in the {@code prospects} collection, inserted once with its ProspectFound in its
 * outbox, so one document is one announcement. {@code identities} holds every identity of the
 * person (normalised email, LinkedIn URL, name at the company's domain), each prefixed with the
 * workspace (see ProspectIdentities); the unique index over that array, created by
 * {@link MongoProspectStore}, is the deduplication.
 */
@Document(ProspectDocument.COLLECTION)
@CompoundIndex(name = "campaign", def = "{'campaignId': 1}")
record ProspectDocument(
        @Id String id,
        String workspaceId,
        String campaignId,
        List<String> identities,
        String source,
        String sourceRef,
        int priority,
        String firstName,
        String lastName,
        String title,
        String email,
        String emailGrade,
        String phone,
        String linkedinUrl,
        String companyName,
        String companyDomain,
        Instant foundAt,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "prospects";
    static final String IDENTITIES = "identities";
}
