package io.opensdr.simulator;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The prospects' mailboxes on GreenMail: each is read over IMAP with the address as login and
 * password; replies leave over SMTP. Messages are only read, never flagged or deleted: what the
 * simulator did is kept in its own state file.
 */
final class Mailboxes {

    private final String host;
    private final int imapPort;
    private final Session session;

    Mailboxes(String host, int imapPort, int smtpPort) {
        this.host = host;
        this.imapPort = imapPort;
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "3000");
        properties.put("mail.imap.timeout", "10000");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        properties.put("mail.smtp.connectiontimeout", "3000");
        properties.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(properties);
    }

    Session session() {
        return session;
    }

    /** Every email of the inbox but those {@code skip} accepts by Message-ID (their content is not even fetched). */
    List<ReceivedEmail> read(String address, Predicate<String> skip) {
        Store store = null;
        try {
            store = session.getStore("imap");
            store.connect(host, imapPort, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] messages = inbox.getMessages();
                FetchProfile headers = new FetchProfile();
                headers.add("Message-ID");
                inbox.fetch(messages, headers);
                List<ReceivedEmail> emails = new ArrayList<>();
                for (Message message : messages) {
                    String messageId = ((MimeMessage) message).getMessageID();
                    if (messageId == null || !skip.test(messageId)) {
                        emails.add(toEmail(address, (MimeMessage) message));
                    }
                }
                return emails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new Unreachable("the mailbox of " + address + " on IMAP " + host + ":" + imapPort
                    + " could not be read (" + e.getMessage() + ")", e);
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (MessagingException ignored) {
                    // closing a connection that already failed
                }
            }
        }
    }

    void send(MimeMessage message) {
        try {
            Transport.send(message);
        } catch (MessagingException e) {
            throw new Unreachable("SMTP on " + host + " did not take a reply (" + e.getMessage() + ")", e);
        }
    }

    static ReceivedEmail toEmail(String mailbox, MimeMessage message) throws MessagingException, IOException {
        Address[] replyTo = message.getReplyTo();
        String to = replyTo != null && replyTo.length > 0 ? ((InternetAddress) replyTo[0]).getAddress() : null;
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(message, text, html);
        return new ReceivedEmail(mailbox, message.getMessageID(), to, message.getSubject(),
                message.getHeader("References", " "), text.isEmpty() ? null : text.toString(),
                html.isEmpty() ? null : html.toString(), message.getHeader("List-Unsubscribe", ", "));
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, html);
            }
        }
    }
}
