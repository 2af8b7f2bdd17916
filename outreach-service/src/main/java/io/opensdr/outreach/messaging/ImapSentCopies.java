package io.opensdr.outreach.messaging;

import io.opensdr.outreach.domain.SentCopies;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender mailbox's copies over IMAP: found by Message-ID in the configured folder (INBOX for
 * the Bcc copy, Sent when the provider files its own), or appended to it after a send.
 */
public class ImapSentCopies implements SentCopies {

    private static final Logger log = LoggerFactory.getLogger(ImapSentCopies.class);

    /**
     * @param username the IMAP login; null logs in as the mailbox's own address
     * @param timeoutMillis connection and read timeout
     */
    public record Settings(String protocol, String host, int port, String folder, String username, String password,
                           int timeoutMillis) {
    }

    private final Settings settings;
    private final Session session;

    public ImapSentCopies(Settings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String protocol = settings.protocol();
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(settings.timeoutMillis()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(settings.timeoutMillis()));
        this.session = Session.getInstance(properties);
    }

    @Override
    public Lookup find(String mailbox, String messageId) {
        if (mailbox == null || messageId == null) {
            return Lookup.UNKNOWN;
        }
        try (Store store = connect(mailbox)) {
            Folder folder = store.getFolder(settings.folder());
            if (!folder.exists()) {
                return Lookup.NOT_FOUND;
            }
            folder.open(Folder.READ_ONLY);
            try {
                for (Message message : folder.search(new MessageIDTerm(messageId))) {
                    String[] ids = message.getHeader("Message-ID");
                    if (ids != null && java.util.Arrays.asList(ids).contains(messageId)) {
                        return Lookup.FOUND;
                    }
                }
                return Lookup.NOT_FOUND;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Cannot search {}'s {} for {}: {}", mailbox, settings.folder(), messageId, e.getMessage());
            return Lookup.UNKNOWN;
        }
    }

    /** Files a sent message in the sender's folder (creating it when missing). */
    public void append(MimeMessage message) {
        String mailbox;
        try {
            Address[] from = message.getFrom();
            mailbox = ((InternetAddress) from[0]).getAddress();
        } catch (MessagingException | RuntimeException e) {
            log.warn("A sent message without a usable From cannot be filed: {}", e.getMessage());
            return;
        }
        try (Store store = connect(mailbox)) {
            Folder folder = store.getFolder(settings.folder());
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.appendMessages(new Message[] {message});
        } catch (MessagingException e) {
            // The email left; only its copy is missing: a crash now would leave it unsettled, not resent.
            log.warn("Sent email from {} not filed in {}: {}", mailbox, settings.folder(), e.getMessage());
        }
    }

    private Store connect(String mailbox) throws MessagingException {
        Store store = session.getStore(settings.protocol());
        store.connect(settings.host(), settings.port(), settings.username() != null ? settings.username() : mailbox,
                settings.password() == null ? "" : settings.password());
        return store;
    }
}
