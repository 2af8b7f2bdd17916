package io.opensdr.outreach.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a message in a sender's mailbox answers one of our emails: only if it threads
 * to a Message-ID of the send ledger (In-Reply-To first, then References, newest first) and
 * comes from the very address that email went to. An automatic answer is AUTO_REPLIED, which
 * neither suppresses nor stops anything; a person's answer is REPLIED, after which the prospect
 * gets no further email, and a reply that objects ({@link Objections}) also suppresses the address
 * for the whole workspace (OBJECTED), as the compliance footer promises. Each message is recorded
 * once, by its own Message-ID.
 *
 * <p>A delivery status notification about one of our emails (how an SMTP sender learns of a
 * bounce) is BOUNCED; a permanent one suppresses the address, as SendGrid's bounce events do.
 */
public class ReplyDetection {

    public enum Outcome { REPLIED, AUTO_REPLIED, BOUNCED, DUPLICATE, NOT_A_REPLY }

    private final SentEmails sentEmails;
    private final Engagements engagements;
    private final SuppressionList suppressions;

    public ReplyDetection(SentEmails sentEmails, Engagements engagements, SuppressionList suppressions) {
        this.sentEmails = sentEmails;
        this.engagements = engagements;
        this.suppressions = suppressions;
    }

    public Outcome handle(InboundMessage message) {
        if (message.failure() != null) {
            return bounce(message, message.failure());
        }
        Optional<SentEmail> original = threadOf(message);
        if (original.isEmpty() || message.from() == null
                || original.get().recipientEmail() == null
                || !normalise(message.from()).equals(normalise(original.get().recipientEmail()))) {
            return Outcome.NOT_A_REPLY;
        }
        Optional<String> automatic = AutoReplies.reason(message);
        EngagementKind kind = automatic.isPresent() ? EngagementKind.AUTO_REPLIED : EngagementKind.REPLIED;
        boolean recorded = engagements.record(original.get().engagement(kind, false, automatic.orElse(null),
                "reply:" + identity(message), message.receivedAt()));
        if (automatic.isEmpty() && Objections.isObjection(message.text())) {
            // Before the duplicate check: a crash between recording the reply and suppressing
            // would otherwise leave the objection unapplied. Suppressing again changes nothing.
            suppressions.suppress(original.get().workspaceId(), original.get().recipientEmail(), SuppressionReason.OBJECTED,
                    "objected in a reply");
        }
        if (!recorded) {
            return Outcome.DUPLICATE;
        }
        return automatic.isPresent() ? Outcome.AUTO_REPLIED : Outcome.REPLIED;
    }

    private Outcome bounce(InboundMessage message, DeliveryFailure failure) {
        Optional<SentEmail> original = Optional.ofNullable(failure.originalMessageId()).flatMap(sentEmails::byMessageId);
        if (original.isEmpty() || !failure.isFailure()) {
            return Outcome.NOT_A_REPLY;
        }
        SentEmail sent = original.get();
        String detail = "bounce" + (failure.status() == null ? "" : " " + failure.status())
                + (failure.diagnostic() == null ? "" : ": " + failure.diagnostic());
        detail = detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        if (failure.isPermanent() && sent.recipientEmail() != null) {
            suppressions.suppress(sent.workspaceId(), sent.recipientEmail(), SuppressionReason.HARD_BOUNCED, detail);
        }
        boolean recorded = engagements.record(sent.engagement(EngagementKind.BOUNCED, false, detail,
                "dsn:" + identity(message), message.receivedAt()));
        return recorded ? Outcome.BOUNCED : Outcome.DUPLICATE;
    }

    private static String identity(InboundMessage message) {
        return message.messageId() != null ? message.messageId() : message.mailbox() + "#" + message.uid();
    }

    private Optional<SentEmail> threadOf(InboundMessage message) {
        List<String> candidates = new ArrayList<>(message.inReplyTo());
        List<String> references = new ArrayList<>(message.references());
        java.util.Collections.reverse(references);
        candidates.addAll(references);
        for (String messageId : candidates) {
            Optional<SentEmail> sent = sentEmails.byMessageId(messageId.trim());
            if (sent.isPresent()) {
                return sent;
            }
        }
        return Optional.empty();
    }

    private static String normalise(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
