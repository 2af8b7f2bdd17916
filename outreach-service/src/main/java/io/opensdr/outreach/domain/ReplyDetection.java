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
 * gets no further email. Each message is recorded once, by its own Message-ID.
 */
public class ReplyDetection {

    public enum Outcome { REPLIED, AUTO_REPLIED, DUPLICATE, NOT_A_REPLY }

    private final SentEmails sentEmails;
    private final Engagements engagements;

    public ReplyDetection(SentEmails sentEmails, Engagements engagements) {
        this.sentEmails = sentEmails;
        this.engagements = engagements;
    }

    public Outcome handle(InboundMessage message) {
        Optional<SentEmail> original = threadOf(message);
        if (original.isEmpty() || message.from() == null
                || original.get().recipientEmail() == null
                || !normalise(message.from()).equals(normalise(original.get().recipientEmail()))) {
            return Outcome.NOT_A_REPLY;
        }
        Optional<String> automatic = AutoReplies.reason(message);
        EngagementKind kind = automatic.isPresent() ? EngagementKind.AUTO_REPLIED : EngagementKind.REPLIED;
        String identity = message.messageId() != null ? message.messageId() : message.mailbox() + "#" + message.uid();
        boolean recorded = engagements.record(original.get().engagement(kind, false, automatic.orElse(null),
                "reply:" + identity, message.receivedAt()));
        if (!recorded) {
            return Outcome.DUPLICATE;
        }
        return automatic.isPresent() ? Outcome.AUTO_REPLIED : Outcome.REPLIED;
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
