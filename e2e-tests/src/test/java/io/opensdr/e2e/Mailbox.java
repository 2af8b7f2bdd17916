package io.opensdr.e2e;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A recipient's inbox in the local stack's GreenMail, read over IMAP like any mail client. */
final class Mailbox {

    record ReceivedEmail(String from, String subject, String body, String messageId) {
    }

    private Mailbox() {
    }

    static List<ReceivedEmail> inbox(int imapPort, String address) throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(imapPort));
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(properties).getStore("imap");
        // GreenMail creates a mailbox per recipient address, with the address as login and password.
        store.connect("127.0.0.1", imapPort, address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<ReceivedEmail> emails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                emails.add(new ReceivedEmail(
                        message.getFrom()[0].toString(),
                        message.getSubject(),
                        // SMTP carries text in canonical CRLF lines; compare with what was approved.
                        java.util.Objects.toString(plainText(message), "").replace("\r\n", "\n").trim(),
                        ((MimeMessage) message).getMessageID()));
            }
            inbox.close(false);
            return emails;
        } finally {
            store.close();
        }
    }

    /** The text/plain part: outreach adds an HTML alternative (with tracking) to SMTP emails. */
    private static String plainText(jakarta.mail.Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") ? String.valueOf(content) : null;
    }
}
