package io.opensdr.outreach.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends approved emails of active campaigns at their mailbox's pace. Each email is claimed
 * (APPROVED → SENDING, with its Message-ID) before the transport sees it and marked SENT with its
 * EmailSent event after the transport accepted it, so that no email is sent twice: a crash between
 * the two leaves the entry in SENDING, where it stays and is reported. Re-sending it blindly could
 * send it twice; a later issue reconciles such entries by Message-ID against the mailbox's Sent
 * folder.
 */
public class EmailSending {

    private static final Logger log = LoggerFactory.getLogger(EmailSending.class);
    private static final int STUCK_REPORT_LIMIT = 20;

    /**
     * @param batchSize   approved entries looked at per campaign and pass
     * @param maxAttempts transport attempts before an entry is FAILED
     * @param stuckAfter  how long an entry may stay in SENDING before it is reported as stuck
     */
    public record Settings(int batchSize, int maxAttempts, Duration stuckAfter) {

        public Settings {
            if (batchSize < 1 || maxAttempts < 1 || stuckAfter == null || stuckAfter.isNegative()) {
                throw new IllegalArgumentException("batchSize and maxAttempts must be positive, stuckAfter zero or more");
            }
        }
    }

    private final CampaignStore campaigns;
    private final SendLedger ledger;
    private final Mailboxes mailboxes;
    private final MailTransport transport;
    private final SendPacing pacing;
    private final Settings settings;
    private final Clock clock;

    public EmailSending(CampaignStore campaigns, SendLedger ledger, Mailboxes mailboxes, MailTransport transport,
                        SendPacing pacing, Settings settings, Clock clock) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.mailboxes = mailboxes;
        this.transport = transport;
        this.pacing = pacing;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over every active campaign; returns how many emails the transport accepted. */
    public int sendDue() {
        int sent = 0;
        for (Campaign campaign : campaigns.sending()) {
            sent += sendDue(campaign.id());
        }
        return sent;
    }

    private int sendDue(String campaignId) {
        int sent = 0;
        for (LedgerEntry entry : ledger.approved(campaignId, settings.batchSize())) {
            // Read again before every email, so that a pause acknowledged during the pass stops it.
            Optional<Campaign> campaign = campaigns.find(campaignId).filter(Campaign::isSending);
            if (campaign.isEmpty()) {
                return sent;
            }
            SenderMailbox sender = campaign.get().sender();
            Instant now = clock.instant();
            MailboxUsage usage = mailboxes.usageOf(sender.email());
            PacingDecision decision = pacing.decide(now, usage, sender.dailyCap());
            if (decision != PacingDecision.SEND) {
                log.debug("Campaign {} waits: mailbox {} {}", campaignId, sender.email(), decision);
                return sent;
            }
            if (!mailboxes.recordSend(usage, pacing.afterSendAt(now, usage))) {
                return sent; // another sender used this mailbox meanwhile: decide again next pass
            }
            String messageId = entry.messageId() != null ? entry.messageId() : MessageIds.next(entry.id());
            Optional<LedgerEntry> claimed = ledger.claim(entry.id(), messageId, sender.email(), transport.kind(), now);
            // Not claimed: another sender took it. The slot recorded above stays used, which can
            // only make the mailbox send less than its cap, never more.
            if (claimed.isPresent() && deliver(claimed.get(), sender)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(LedgerEntry entry, SenderMailbox sender) {
        try {
            transport.send(OutgoingEmail.of(entry, sender));
        } catch (MailDeliveryException e) {
            String reason = e.getMessage();
            if (entry.attempts() >= settings.maxAttempts()) {
                log.warn("Email {} failed after {} attempts: {}", entry.id(), entry.attempts(), reason);
                ledger.markFailed(entry, reason);
            } else {
                log.info("Email {} attempt {} failed, will retry: {}", entry.id(), entry.attempts(), reason);
                ledger.releaseForRetry(entry, reason);
            }
            return false;
        }
        ledger.markSent(entry, transport.kind(), null, clock.instant());
        return true;
    }

    /**
     * Logs the entries left in SENDING (after a crash between the transport and the ledger).
     * They are not re-sent here: that would risk a duplicate; a later issue reconciles them.
     */
    public List<LedgerEntry> reportStuck() {
        Instant before = clock.instant().minus(settings.stuckAfter());
        List<LedgerEntry> stuck = ledger.stuckInSending(before, STUCK_REPORT_LIMIT);
        if (!stuck.isEmpty()) {
            log.warn("{} email(s) in SENDING since before {}, e.g. {}: they may or may not have left and are not "
                            + "re-sent automatically; reconcile them by Message-ID against the mailbox",
                    stuck.size() == STUCK_REPORT_LIMIT ? STUCK_REPORT_LIMIT + "+" : stuck.size(), before,
                    stuck.stream().map(entry -> entry.id() + " " + entry.messageId()).toList());
        }
        return stuck;
    }

    public LedgerSummary summary(String campaignId) {
        return ledger.summary(campaignId, clock.instant().minus(settings.stuckAfter()));
    }
}
