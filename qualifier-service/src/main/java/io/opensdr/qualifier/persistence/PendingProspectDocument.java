package io.opensdr.qualifier.persistence;

import io.opensdr.qualifier.domain.Prospect;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A prospect waiting in the {@code pending} collection for its campaign's snapshot. */
@Document(PendingProspectDocument.COLLECTION)
record PendingProspectDocument(@Id String id, @Indexed String campaignId, Prospect prospect, Instant parkedAt) {

    static final String COLLECTION = "pending";
}
