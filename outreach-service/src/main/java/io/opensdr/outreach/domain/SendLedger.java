package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The send ledger: every approved email and where it stands. */
public interface SendLedger {

    /**
     * Records a new entry, APPROVED, or CANCELED when it must never be sent (the address was
     * suppressed at approval).
     *
     * @return false when the entry already exists (the approval was delivered before)
     */
    boolean recordApproved(LedgerEntry entry);

    /**
     * APPROVED → CANCELED with the reason (suppressed, replied): the entry is never sent.
     *
     * @return false when the entry was no longer APPROVED
     */
    boolean cancel(String entryId, String reason);

    /** How many of the campaign's emails were handed to a transport (SENDING or SENT) since that instant. */
    long countHandedOverSince(String campaignId, Instant since);

    /** Whether another entry of the prospect was handed to a transport (SENDING or SENT) since that instant. */
    boolean prospectEmailedSince(String prospectId, String exceptEntryId, Instant since);

    /** The campaign's APPROVED entries, oldest approval first. */
    List<LedgerEntry> approved(String campaignId, int limit);

    /**
     * Atomically moves an entry from APPROVED to SENDING, recording its Message-ID, the mailbox,
     * the transport and the attempt time, before anything is handed to the transport.
     *
     * @return the claimed entry, or empty when it is no longer APPROVED (another sender took it)
     */
    Optional<LedgerEntry> claim(String entryId, String messageId, String mailbox, MailTransport.Kind transport,
                                Instant attemptedAt);

    Optional<LedgerEntry> find(String entryId);

    /**
     * SENDING → SENT, recording the provider's message id and EmailSent in the same write. Only
     * the attempt that entered SENDING (same Message-ID) can leave it.
     *
     * @return false when the entry was no longer SENDING with that Message-ID (nothing changes)
     */
    boolean markSent(LedgerEntry sending, MailTransport.Kind transport, String providerMessageId, Instant sentAt);

    /**
     * SENDING → APPROVED after a failed attempt, to be tried again; the Message-ID is kept, so a
     * retried email is recognisable as the same one.
     */
    void releaseForRetry(LedgerEntry sending, String reason);

    /** SENDING → FAILED: the attempts are spent. */
    void markFailed(LedgerEntry sending, String reason);

    LedgerSummary summary(String campaignId, Instant stuckIfAttemptedBefore);

    /** Entries of every campaign in SENDING since before the given time. */
    List<LedgerEntry> stuckInSending(Instant attemptedBefore, int limit);
}
