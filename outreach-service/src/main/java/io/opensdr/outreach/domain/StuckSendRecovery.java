package io.opensdr.outreach.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the entries a crash left in SENDING (handed to the transport, or about to be, but not
 * recorded), without ever sending one twice:
 * <ul>
 * <li>SMTP: the sender mailbox's copy is looked up by Message-ID. Found: the email left, it is
 * marked SENT. Not found: it never left (the copy travels in the same SMTP transaction), it goes
 * back to APPROVED with the same Message-ID, or FAILED when its attempts are spent. The mailbox
 * cannot be searched: it stays in SENDING and is reported.</li>
 * <li>SendGrid: only the provider knows; its {@code processed}/{@code delivered} events settle the
 * entry through {@link SendReconciliation}. Until then it stays in SENDING and is reported.</li>
 * </ul>
 * Only entries in SENDING for longer than {@code stuckAfter} are looked at, so a send still in
 * progress on another replica is left alone.
 */
public class StuckSendRecovery {

    private static final Logger log = LoggerFactory.getLogger(StuckSendRecovery.class);
    private static final int BATCH = 50;

    private final SendLedger ledger;
    private final SentCopies copies;
    private final EmailSending.Settings settings;
    private final Clock clock;

    public StuckSendRecovery(SendLedger ledger, SentCopies copies, EmailSending.Settings settings, Clock clock) {
        this.ledger = ledger;
        this.copies = copies;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the entries left unsettled (reported) */
    public List<LedgerEntry> recover() {
        Instant before = clock.instant().minus(settings.stuckAfter());
        List<LedgerEntry> unsettled = new ArrayList<>();
        for (LedgerEntry entry : ledger.stuckInSending(before, BATCH)) {
            if (!settle(entry)) {
                unsettled.add(entry);
            }
        }
        if (!unsettled.isEmpty()) {
            log.warn("{} email(s) in SENDING since before {} could not be settled yet, e.g. {}: they are not re-sent "
                            + "until the mailbox or the provider tells whether they left", unsettled.size(), before,
                    unsettled.stream().limit(20).map(entry -> entry.id() + " " + entry.transport() + " "
                            + entry.messageId()).toList());
        }
        return unsettled;
    }

    private boolean settle(LedgerEntry entry) {
        if (entry.transport() != MailTransport.Kind.SMTP) {
            return false; // SendGrid: settled by its event webhook (SendReconciliation)
        }
        switch (copies.find(entry.mailbox(), entry.messageId())) {
            case FOUND -> {
                if (ledger.markSent(entry, MailTransport.Kind.SMTP, entry.messageId(), clock.instant())) {
                    log.info("Email {} left before a crash (its copy is in {}): now SENT", entry.id(), entry.mailbox());
                }
                return true;
            }
            case NOT_FOUND -> {
                if (entry.attempts() >= settings.maxAttempts()) {
                    ledger.markFailed(entry, "never left after " + entry.attempts() + " attempt(s) (no copy in "
                            + entry.mailbox() + ")");
                } else {
                    log.info("Email {} never left before a crash (no copy in {}): approved again", entry.id(),
                            entry.mailbox());
                    ledger.releaseForRetry(entry, "interrupted before the SMTP server accepted it");
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** For tests and reports: how long an entry may stay in SENDING before it counts as stuck. */
    public Duration stuckAfter() {
        return settings.stuckAfter();
    }
}
