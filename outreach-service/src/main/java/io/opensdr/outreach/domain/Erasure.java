package io.opensdr.outreach.domain;

import java.util.List;

/**
 * A GDPR erasure request (Art. 17): everything outreach holds about the person goes, except a
 * hashed suppression entry, and every other service is told (the suppression list publishes the
 * erasure with the prospects outreach knew) so that it deletes the person too and never imports
 * them again.
 */
public final class Erasure {

    private final PersonRecords records;
    private final SuppressionList suppressions;

    public Erasure(PersonRecords records, SuppressionList suppressions) {
        this.records = records;
        this.suppressions = suppressions;
    }

    /** Idempotent: asking again erases whatever arrived since, and publishes nothing new. */
    public Result erase(String workspaceId, String email) {
        List<String> prospectIds = records.withAddress(workspaceId, email).stream()
                .map(PersonRecords.KnownRecipient::prospectId).distinct().toList();
        // Suppressed first: from here on nothing is drafted or sent to the address, even if the
        // erasure below is interrupted (asking again completes it).
        suppressions.suppress(workspaceId, email, SuppressionReason.ERASED, null);
        PersonRecords.ErasedRecords erased = records.erase(workspaceId, prospectIds);
        return new Result(prospectIds, erased);
    }

    public record Result(List<String> prospectIds, PersonRecords.ErasedRecords erased) {
    }
}
