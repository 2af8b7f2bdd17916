package io.opensdr.outreach.messaging;

import io.opensdr.outreach.domain.DeliveryFailure;
import io.opensdr.outreach.domain.InboundMessage;
import io.opensdr.outreach.domain.MailboxCursors;
import io.opensdr.outreach.domain.ReplyDetection;
import io.opensdr.outreach.domain.SentEmails;
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every sending mailbox over IMAP (Jakarta Mail), read-only, from the UID after the last one
 * read, and hands each new message to {@link ReplyDetection}. The cursor moves after each
 * message, so a restart reads on where it stopped; a message read twice (a crash between the
 * two writes, a new UIDVALIDITY) is recorded once anyway, by its Message-ID.
 */
public class ImapReplyReader {

    private static final Logger log = LoggerFactory.getLogger(ImapReplyReader.class);
    /** Messages read per mailbox and pass; a mailbox read for the first time is read over several passes. */
    static final int BATCH = 200;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final List<String> AUTO_HEADERS = List.of(
            "Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence");

    /** Where and how to log in to one mailbox. */
    public record Account(String username, String password) {
    }

    /**
     * @param accounts the login of a mailbox, or empty when none is configured (it is then skipped)
     */
    public record Settings(String host, int port, boolean ssl, String folder, Duration timeout,
                           Function<String, Optional<Account>> accounts) {
    }

    private final SentEmails sentEmails;
    private final MailboxCursors cursors;
    private final ReplyDetection replies;
    private final Settings settings;
    private final Clock clock;

    public ImapReplyReader(SentEmails sentEmails, MailboxCursors cursors, ReplyDetection replies, Settings settings,
                           Clock clock) {
        this.sentEmails = sentEmails;
        this.cursors = cursors;
        this.replies = replies;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over every mailbox that has sent. A mailbox that cannot be read is tried again next time. */
    public void readAll() {
        for (String mailbox : sentEmails.senderMailboxes()) {
            Optional<Account> account = settings.accounts().apply(mailbox);
            if (account.isEmpty()) {
                log.debug("No IMAP login configured for {}: its replies are not read", mailbox);
                continue;
            }
            try {
                read(mailbox, account.get());
            } catch (MessagingException e) {
                // Nothing is lost: the cursor stays where it was and the next pass reads from there.
                log.warn("Could not read replies in {}: {}", mailbox, e.getMessage());
            }
        }
    }

    /** @return how many new messages were looked at */
    public int read(String mailbox, Account account) throws MessagingException {
        Store store = session().getStore(settings.ssl() ? "imaps" : "imap");
        store.connect(settings.host(), settings.port(), account.username(), account.password());
        try {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return readNew(mailbox, folder);
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private int readNew(String mailbox, Folder folder) throws MessagingException {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        MailboxCursors.Cursor cursor = cursors.find(mailbox)
                .filter(found -> found.uidValidity() == validity)
                .orElse(new MailboxCursors.Cursor(mailbox, validity, 0));
        if (folder.getMessageCount() == 0) {
            return 0;
        }
        // "n:*" always includes the last message, even when its UID is below n: filtered out here.
        long after = cursor.lastUid();
        Message[] messages = Arrays.stream(uids.getMessagesByUID(after + 1, UIDFolder.LASTUID))
                .filter(message -> message != null && uid(uids, message) > after)
                .sorted((a, b) -> Long.compare(uid(uids, a), uid(uids, b)))
                .limit(BATCH)
                .toArray(Message[]::new);
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add("References");
        profile.add("Message-ID");
        profile.add("In-Reply-To");
        AUTO_HEADERS.forEach(profile::add);
        folder.fetch(messages, profile);
        int read = 0;
        for (Message message : messages) {
            long uid = uid(uids, message);
            ReplyDetection.Outcome outcome = replies.handle(toInbound(mailbox, validity, uid, (MimeMessage) message));
            if (outcome != ReplyDetection.Outcome.NOT_A_REPLY) {
                log.info("Message {} in {}: {}", uid, mailbox, outcome);
            }
            cursor = new MailboxCursors.Cursor(mailbox, validity, uid);
            cursors.save(cursor);
            read++;
        }
        return read;
    }

    private InboundMessage toInbound(String mailbox, long validity, long uid, MimeMessage message)
            throws MessagingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : AUTO_HEADERS) {
            String value = message.getHeader(name, ",");
            if (value != null) {
                headers.put(name, value);
            }
        }
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : clock.instant();
        List<String> inReplyTo = ids(message.getHeader("In-Reply-To", " "));
        List<String> references = ids(message.getHeader("References", " "));
        DeliveryFailure failure = deliveryFailure(message);
        // The body is fetched only for what may be a prospect's answer, not for the sender's own copies.
        String sender = from(message);
        boolean mayBeAnAnswer = failure == null && (!inReplyTo.isEmpty() || !references.isEmpty())
                && sender != null && !sender.equalsIgnoreCase(mailbox);
        return new InboundMessage(mailbox, validity + ":" + uid, firstId(message.getMessageID()), sender,
                message.getSubject(), inReplyTo, references, headers, received, failure,
                mayBeAnAnswer ? plainText(message) : null);
    }

    /**
     * The report of a delivery status notification (multipart/report; report-type=delivery-status,
     * RFC 3464): the first recipient's action and status, and the Message-ID of the email it is
     * about, from the returned message or its headers. Null for any other message, or a report
     * that does not say which email it is about.
     */
    static DeliveryFailure deliveryFailure(MimeMessage message) {
        try {
            if (!message.isMimeType("multipart/report") || !(message.getContent() instanceof Multipart report)) {
                return null;
            }
            Map<String, String> fields = Map.of();
            String original = null;
            for (int i = 0; i < report.getCount(); i++) {
                Part part = report.getBodyPart(i);
                if (part.isMimeType("message/delivery-status")) {
                    fields = recipientFields(text(part));
                } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage returned) {
                    original = firstId(returned.getMessageID());
                } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822-headers")) {
                    try (InputStream in = part.getInputStream()) {
                        original = firstId(new InternetHeaders(in).getHeader("Message-ID", null));
                    }
                }
            }
            if (original == null || fields.get("action") == null) {
                return null;
            }
            String status = fields.get("status") == null ? null : fields.get("status").split("\\s")[0];
            return new DeliveryFailure(original, address(fields.get("final-recipient")), fields.get("action").trim(),
                    status, fields.get("diagnostic-code"));
        } catch (MessagingException | IOException unreadable) {
            // A report we cannot read is treated as an ordinary message (never a reply: it does not come from the prospect).
            return null;
        }
    }

    /** The fields of the first per-recipient block (the one with an Action), names in lower case. */
    private static Map<String, String> recipientFields(String status) {
        String unfolded = status.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
        for (String block : unfolded.split("\n\\s*\n")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : block.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.putIfAbsent(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
            }
            if (fields.containsKey("action")) {
                return fields;
            }
        }
        return Map.of();
    }

    /** "rfc822; claire@acme.example" → claire@acme.example */
    private static String address(String typed) {
        if (typed == null) {
            return null;
        }
        int semicolon = typed.indexOf(';');
        return (semicolon >= 0 ? typed.substring(semicolon + 1) : typed).trim();
    }

    /** The first text/plain part of a message, at most 64 KB; null when it has none or cannot be read. */
    static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return text(part);
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException unreadable) {
            return null;
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static String from(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (MessagingException malformed) {
            return null;
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            return null;
        }
        return address.getAddress();
    }

    static List<String> ids(String header) {
        List<String> found = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    private static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static long uid(UIDFolder folder, Message message) {
        try {
            return message == null ? -1 : folder.getUID(message);
        } catch (MessagingException e) {
            return -1;
        }
    }

    private Session session() {
        String protocol = settings.ssl() ? "imaps" : "imap";
        String millis = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        if (settings.ssl()) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }
}
