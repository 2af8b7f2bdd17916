package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles ledger entries whose fate the sender could not record itself: an entry left in SENDING
 * (a crash between handing the message to the transport and recording it) is marked SENT, with
 * its EmailSent event, once the provider confirms it took the message. Nothing is ever re-sent
 * here.
 */
public class SendReconciliation {

    private static final Logger log = LoggerFactory.getLogger(SendReconciliation.class);

    private final SendLedger ledger;

    public SendReconciliation(SendLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * The provider (e.g. a SendGrid {@code processed} or {@code delivered} event) says it accepted
     * the email whose ledger id is {@code emailId}. An entry in SENDING becomes SENT; an entry
     * already SENT, or in any other state, is left alone; an unknown id is ignored.
     *
     * @return true when this call moved the entry to SENT
     */
    public boolean confirmedByProvider(String emailId, String providerMessageId, Instant at) {
        Objects.requireNonNull(at, "at");
        if (emailId == null || emailId.isBlank()) {
            return false;
        }
        Optional<LedgerEntry> entry = ledger.find(emailId);
        if (entry.isEmpty() || entry.get().status() != LedgerStatus.SENDING) {
            return false;
        }
        LedgerEntry sending = entry.get();
        MailTransport.Kind transport = sending.transport() != null ? sending.transport() : MailTransport.Kind.SENDGRID;
        boolean moved = ledger.markSent(sending, transport, providerMessageId, at);
        if (moved) {
            log.info("Email {} left in SENDING confirmed by the provider ({}): now SENT", emailId, providerMessageId);
        }
        return moved;
    }
}
