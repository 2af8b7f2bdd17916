package io.opensdr.outreach.domain;

import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends approved emails of active campaigns at their pace, each exactly once. Right before an
 * email's turn, its address is checked against the suppression list and its prospect for a reply:
 * either cancels it. An email is then claimed (APPROVED → SENDING, with its Message-ID) before the
 * transport sees it, decorated (list-unsubscribe headers, tracking), handed to the transport of its
 * campaign's sender, and marked SENT with its EmailSent event once the transport accepted it. A
 * crash between the transport and the ledger leaves the entry in SENDING, which
 * {@link StuckSendRecovery} settles against the mailbox (SMTP) and {@link SendReconciliation}
 * with the provider's events (SendGrid), never by sending blindly again.
 *
 * <p>The campaign is read again before every email, so that once a pause is stored (acknowledged),
 * no further email of that campaign is handed to a transport.
 */
public class EmailSending {

    public static final String SEND_ATTEMPTS = "opensdr.outreach.send.attempts";

    private static final Logger log = LoggerFactory.getLogger(EmailSending.class);

    /**
     * @param batchSize   approved entries looked at per campaign and pass
     * @param maxAttempts transport attempts before an entry is FAILED
     * @param stuckAfter  how long an entry may stay in SENDING before it counts as stuck (longer
     *                    than the transports' own timeouts, so a send still in progress is never
     *                    taken for a stuck one)
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
    private final MailTransports transports;
    private final List<OutgoingEmailDecorator> decorators;
    private final SuppressionList suppressions;
    private final Engagements engagements;
    private final SendPacing pacing;
    private final Settings settings;
    private final Clock clock;

    public EmailSending(CampaignStore campaigns, SendLedger ledger, Mailboxes mailboxes, MailTransports transports,
                        List<OutgoingEmailDecorator> decorators, SuppressionList suppressions, Engagements engagements,
                        SendPacing pacing, Settings settings, Clock clock) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.mailboxes = mailboxes;
        this.transports = transports;
        this.decorators = List.copyOf(decorators);
        this.suppressions = suppressions;
        this.engagements = engagements;
        this.pacing = pacing;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over every active campaign; returns how many emails the transports accepted. */
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
            Optional<MailTransport> transport = transports.of(sender.transport());
            if (transport.isEmpty()) {
                log.warn("Campaign {} sends through {}, which is not configured here: nothing leaves", campaignId,
                        sender.transport());
                return sent;
            }
            if (cancelIfNotToBeSent(entry)) {
                continue;
            }
            Instant now = clock.instant();
            MailboxUsage usage = mailboxes.usageOf(sender.email());
            Instant today = pacing.startOfDay(now);
            PacingDecision decision = pacing.decide(new SendPacing.Situation(now, campaign.get().sending(),
                    entry.recipientZone(), usage, sender.dailyCap(), ledger.countHandedOverSince(campaignId, today),
                    ledger.prospectEmailedSince(entry.prospectId(), entry.id(), today)));
            if (decision != PacingDecision.SEND) {
                log.debug("Email {} of campaign {} waits: {}", entry.id(), campaignId, decision);
                if (decision.stopsTheCampaign()) {
                    return sent;
                }
                continue;
            }
            if (!mailboxes.recordSend(usage, pacing.afterSendAt(now, usage))) {
                return sent; // another sender used this mailbox meanwhile: decide again next pass
            }
            String messageId = entry.messageId() != null ? entry.messageId() : MessageIds.next(entry.id());
            Optional<LedgerEntry> claimed = ledger.claim(entry.id(), messageId, sender.email(),
                    transport.get().kind(), now);
            // Not claimed: another sender took it. The slot recorded above stays used, which can
            // only make the mailbox send less than its cap, never more.
            if (claimed.isPresent() && deliver(claimed.get(), sender, transport.get())) {
                sent++;
            }
        }
        return sent;
    }

    /** Suppressed or replied: the email is canceled with the reason, never sent. */
    private boolean cancelIfNotToBeSent(LedgerEntry entry) {
        String reason = null;
        if (suppressions.isSuppressed(entry.workspaceId(), entry.recipientEmail())) {
            reason = "suppressed: the address is on the workspace's suppression list";
        } else if (engagements.hasReplied(entry.prospectId())) {
            reason = "replied: the prospect answered an earlier email";
        }
        if (reason == null) {
            return false;
        }
        if (ledger.cancel(entry.id(), reason)) {
            log.info("Email {} canceled before sending: {}", entry.id(), reason);
        }
        return true;
    }

    private boolean deliver(LedgerEntry entry, SenderMailbox sender, MailTransport transport) {
        String providerMessageId;
        try {
            providerMessageId = transport.send(decorate(OutgoingEmail.of(entry, sender), transport.kind()));
        } catch (MailDeliveryException e) {
            String reason = e.getMessage();
            boolean finalFailure = !e.isRetryable() || entry.attempts() >= settings.maxAttempts();
            countAttempt(transport.kind(), finalFailure ? "failed" : "retry");
            if (finalFailure) {
                log.warn("Email {} failed after {} attempt(s): {}", entry.id(), entry.attempts(), reason);
                ledger.markFailed(entry, reason);
            } else {
                log.info("Email {} attempt {} failed, will retry: {}", entry.id(), entry.attempts(), reason);
                ledger.releaseForRetry(entry, reason);
            }
            return false;
        }
        countAttempt(transport.kind(), "sent");
        ledger.markSent(entry, transport.kind(), providerMessageId, clock.instant());
        return true;
    }

    /** {@value #SEND_ATTEMPTS}: every hand-over to a transport, by transport and outcome (sent, retry, failed). */
    private static void countAttempt(MailTransport.Kind transport, String outcome) {
        Metrics.counter(SEND_ATTEMPTS, "transport", transport.name().toLowerCase(java.util.Locale.ROOT), "outcome", outcome)
                .increment();
    }

    private OutgoingEmail decorate(OutgoingEmail email, MailTransport.Kind kind) {
        OutgoingEmail decorated = email;
        for (OutgoingEmailDecorator decorator : decorators) {
            decorated = decorator.decorate(decorated, kind);
        }
        return decorated;
    }

    /** Empty when the workspace has no such campaign (another workspace's is not told apart from none). */
    public Optional<LedgerSummary> summary(String workspaceId, String campaignId) {
        return campaigns.find(campaignId).filter(campaign -> campaign.workspaceId().equals(workspaceId))
                .map(campaign -> ledger.summary(campaignId, clock.instant().minus(settings.stuckAfter())));
    }
}
