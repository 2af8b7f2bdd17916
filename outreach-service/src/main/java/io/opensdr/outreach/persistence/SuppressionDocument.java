package io.opensdr.outreach.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One suppressed person of one workspace, keyed by the address hash (workspace + normalised
 * address, {@link io.opensdr.kit.privacy.AddressHash}): the unique _id is the "once per person and
 * workspace" rule, and no address is stored, so an erased person leaves only this hash.
 *
 * @param detail what caused it (a bounce's diagnostic, "one-click"...); cleared on erasure
 */
@Document(SuppressionDocument.COLLECTION)
record SuppressionDocument(@Id String addressHash, @Indexed String workspaceId, String reason, String detail,
                           Instant suppressedAt, Instant erasedAt, List<OutboxEntry> outbox) {

    static final String COLLECTION = "suppressions";
}
