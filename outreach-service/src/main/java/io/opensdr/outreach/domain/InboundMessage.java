package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A message found in a sender's mailbox, reduced to what reply detection reads.
 *
 * @param mailbox    the mailbox it was read from
 * @param uid        its IMAP UID there (with the folder's UIDVALIDITY), the fallback identity of a message without Message-ID
 * @param messageId  its own Message-ID; may be null
 * @param from       the sender's bare address; may be null
 * @param inReplyTo  the Message-IDs of its In-Reply-To header
 * @param references the Message-IDs of its References header, oldest first
 * @param headers    the headers auto-replies are told by, names in lower case
 * @param failure    when the message is a delivery status notification, what it reports; else null
 * @param text       the message's plain text (its first part), when it was read; else null
 */
public record InboundMessage(String mailbox, String uid, String messageId, String from, String subject,
                             List<String> inReplyTo, List<String> references, Map<String, String> headers,
                             Instant receivedAt, DeliveryFailure failure, String text) {

    public InboundMessage {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(receivedAt, "receivedAt");
        inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        references = references == null ? List.of() : List.copyOf(references);
        headers = headers == null ? Map.of() : headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
                        (first, second) -> first));
    }

    public InboundMessage(String mailbox, String uid, String messageId, String from, String subject,
                          List<String> inReplyTo, List<String> references, Map<String, String> headers,
                          Instant receivedAt, DeliveryFailure failure) {
        this(mailbox, uid, messageId, from, subject, inReplyTo, references, headers, receivedAt, failure, null);
    }

    public InboundMessage(String mailbox, String uid, String messageId, String from, String subject,
                          List<String> inReplyTo, List<String> references, Map<String, String> headers,
                          Instant receivedAt) {
        this(mailbox, uid, messageId, from, subject, inReplyTo, references, headers, receivedAt, null, null);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
