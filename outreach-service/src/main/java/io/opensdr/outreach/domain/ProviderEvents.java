package io.opensdr.outreach.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a provider's events mean for OpenSDR. Each becomes at most one engagement, recorded once
 * per provider event id; hard bounces, spam reports and unsubscribes suppress the address first
 * (suppression is idempotent, so a redelivery after a crash between the two still records the
 * engagement once and suppresses once). Events about mail OpenSDR did not send are ignored.
 */
public class ProviderEvents {

    /** What became of one event. */
    public enum Outcome {
        /** Recorded as an engagement (and acted upon). */
        RECORDED,
        /** The same event was recorded before: nothing done twice. */
        DUPLICATE,
        /** Not about an email of the ledger, or an event that changes nothing here (deferred, resubscribe). */
        IGNORED
    }

    private final SentEmails sentEmails;
    private final Engagements engagements;
    private final SuppressionList suppressions;
    private final SendReconciliation reconciliation;

    public ProviderEvents(SentEmails sentEmails, Engagements engagements, SuppressionList suppressions,
                          SendReconciliation reconciliation) {
        this.sentEmails = sentEmails;
        this.engagements = engagements;
        this.suppressions = suppressions;
        this.reconciliation = reconciliation;
    }

    public Outcome handle(ProviderEvent event) {
        if (event.emailId() == null || event.emailId().isBlank()) {
            return Outcome.IGNORED;
        }
        Optional<SentEmail> found = sentEmails.byId(event.emailId());
        if (found.isEmpty()) {
            return Outcome.IGNORED;
        }
        SentEmail sent = found.get();
        return switch (event.type().toLowerCase(Locale.ROOT)) {
            // The provider took the email: settles an entry a crash left in SENDING, without a resend.
            case "processed" -> {
                confirm(event);
                yield Outcome.IGNORED;
            }
            case "delivered" -> {
                confirm(event);
                yield record(sent, event, EngagementKind.DELIVERED, false, null);
            }
            case "open" -> record(sent, event, EngagementKind.OPENED,
                    event.machineOpen() || MachineAgents.isMachine(event.userAgent()), event.userAgent());
            case "click" -> record(sent, event, EngagementKind.CLICKED, MachineAgents.isMachine(event.userAgent()),
                    event.url());
            case "bounce" -> bounce(sent, event);
            case "dropped" -> dropped(sent, event);
            case "spamreport" -> suppressAndRecord(sent, event, SuppressionReason.SPAM_REPORTED,
                    EngagementKind.SPAM_REPORTED, "spam report");
            case "unsubscribe", "group_unsubscribe" -> suppressAndRecord(sent, event, SuppressionReason.UNSUBSCRIBED,
                    EngagementKind.UNSUBSCRIBED, event.type());
            // deferred: the provider keeps trying; group_resubscribe: an opt-out once given stands here.
            default -> Outcome.IGNORED;
        };
    }

    private void confirm(ProviderEvent event) {
        reconciliation.confirmedByProvider(event.emailId(), xMessageId(event.providerMessageId()), event.occurredAt());
    }

    /** sg_message_id is the send's X-Message-Id followed by ".filter..." (the relay that handled it). */
    static String xMessageId(String sgMessageId) {
        if (sgMessageId == null) {
            return null;
        }
        int filter = sgMessageId.indexOf(".filter");
        return filter > 0 ? sgMessageId.substring(0, filter) : sgMessageId;
    }

    /**
     * A "bounce" is permanent and suppresses the address; a "blocked" one (the receiving server
     * refused it for now: reputation, rate, content) and any 4.x.x status are recorded as bounces
     * but do not suppress.
     */
    private Outcome bounce(SentEmail sent, ProviderEvent event) {
        boolean blocked = "blocked".equalsIgnoreCase(event.bounceType());
        boolean transient4xx = event.status() != null && event.status().startsWith("4");
        String detail = (blocked ? "blocked" : "bounce") + (event.status() == null ? "" : " " + event.status())
                + (event.reason() == null ? "" : ": " + event.reason());
        if (blocked || transient4xx) {
            return record(sent, event, EngagementKind.BOUNCED, false, detail);
        }
        return suppressAndRecord(sent, event, SuppressionReason.HARD_BOUNCED, EngagementKind.BOUNCED, detail);
    }

    /**
     * The provider did not even try, because the address is on its own suppression lists (or is
     * invalid): a bounce for the campaign's counts, and the address suppressed here too when the
     * provider's reason is a bounce, a spam report or an unsubscribe.
     */
    private Outcome dropped(SentEmail sent, ProviderEvent event) {
        String reason = event.reason() == null ? "" : event.reason().toLowerCase(Locale.ROOT);
        String detail = "dropped" + (event.reason() == null ? "" : ": " + event.reason());
        if (reason.contains("bounced address") || reason.contains("invalid")) {
            return suppressAndRecord(sent, event, SuppressionReason.HARD_BOUNCED, EngagementKind.BOUNCED, detail);
        }
        if (reason.contains("spam reporting address")) {
            return suppressAndRecord(sent, event, SuppressionReason.SPAM_REPORTED, EngagementKind.BOUNCED, detail);
        }
        if (reason.contains("unsubscribed address")) {
            return suppressAndRecord(sent, event, SuppressionReason.UNSUBSCRIBED, EngagementKind.BOUNCED, detail);
        }
        return record(sent, event, EngagementKind.BOUNCED, false, detail);
    }

    private Outcome suppressAndRecord(SentEmail sent, ProviderEvent event, SuppressionReason reason,
                                      EngagementKind kind, String detail) {
        // The ledger's recipient, not the event's: an event can only ever suppress whom we wrote to.
        String address = sent.recipientEmail() != null ? sent.recipientEmail() : event.email();
        suppressions.suppress(sent.workspaceId(), address, reason, detail);
        return record(sent, event, kind, false, detail);
    }

    private Outcome record(SentEmail sent, ProviderEvent event, EngagementKind kind, boolean machine, String detail) {
        boolean recorded = engagements.record(sent.engagement(kind, machine, truncate(detail), event.providerEventId(),
                event.occurredAt()));
        return recorded ? Outcome.RECORDED : Outcome.DUPLICATE;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }
}
