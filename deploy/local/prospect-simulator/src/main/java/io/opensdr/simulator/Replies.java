package io.opensdr.simulator;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;

/**
 * The answers prospects write: replies threaded to the email (In-Reply-To its Message-ID,
 * References the thread so far plus that Message-ID), and out-of-office auto-replies marked as
 * such ({@code Auto-Submitted: auto-replied}, RFC 3834, and the common {@code X-Autoreply}).
 */
final class Replies {

    private static final List<String> ANSWERS = List.of(
            "Thanks for reaching out, the timing is good. Could we talk on Thursday afternoon?",
            "Interesting. Could you send me a short deck first? I will share it with my team.",
            "Not a priority this quarter, but please get back to me in the spring.",
            "Who else in our industry uses it? Happy to hear more next week.");

    private Replies() {
    }

    static MimeMessage reply(Session session, ReceivedEmail email, int variant) throws MessagingException {
        MimeMessage reply = threaded(session, email, subjectWith("Re: ", email.subject()));
        String answer = ANSWERS.get(Math.floorMod(variant, ANSWERS.size()));
        reply.setText(answer + "\n\n" + quote(email.text()), "UTF-8");
        return reply;
    }

    static MimeMessage outOfOffice(Session session, ReceivedEmail email, int variant) throws MessagingException {
        MimeMessage reply = threaded(session, email, "Automatic reply: " + (email.subject() == null ? "" : email.subject()));
        reply.setHeader("Auto-Submitted", "auto-replied");
        reply.setHeader("X-Autoreply", "yes");
        int days = 3 + Math.floorMod(variant, 10);
        reply.setText("I am out of the office and back in " + days + " days, with limited access to my email. "
                + "For anything urgent, please contact my colleague at the front desk.", "UTF-8");
        return reply;
    }

    private static MimeMessage threaded(Session session, ReceivedEmail email, String subject) throws MessagingException {
        if (email.replyTo() == null) {
            throw new MessagingException("the email has no From or Reply-To to answer");
        }
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(email.mailbox()));
        reply.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.replyTo()));
        reply.setSubject(subject, "UTF-8");
        reply.setSentDate(new Date());
        if (email.messageId() != null) {
            reply.setHeader("In-Reply-To", email.messageId());
            String references = email.references() == null || email.references().isBlank()
                    ? email.messageId() : email.references().trim() + " " + email.messageId();
            reply.setHeader("References", references);
        }
        return reply;
    }

    private static String subjectWith(String prefix, String subject) {
        if (subject == null) {
            return prefix.trim();
        }
        return subject.regionMatches(true, 0, prefix, 0, prefix.length()) ? subject : prefix + subject;
    }

    private static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder quoted = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            quoted.append("> ").append(line).append('\n');
        }
        return quoted.toString();
    }
}
