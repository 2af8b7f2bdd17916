package io.opensdr.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RepliesTest {

    private final Session session = Session.getInstance(new Properties());
    private final ReceivedEmail email = new ReceivedEmail("claire@acme.example", "<p-1-1.abc@opensdr.local>",
            "camille@opensdr.example", "Acme and faster deliveries", null, "Hello Claire,\nWould 30 minutes work?", null, null);

    @Test
    void shouldThreadAReplyToTheEmail() throws Exception {
        MimeMessage reply = Replies.reply(session, email, 1);
        reply.saveChanges();
        assertEquals("Re: Acme and faster deliveries", reply.getSubject());
        assertEquals("claire@acme.example", reply.getFrom()[0].toString());
        assertEquals("camille@opensdr.example", reply.getAllRecipients()[0].toString());
        assertArrayEquals(new String[] {"<p-1-1.abc@opensdr.local>"}, reply.getHeader("In-Reply-To"));
        assertArrayEquals(new String[] {"<p-1-1.abc@opensdr.local>"}, reply.getHeader("References"));
        assertNull(reply.getHeader("Auto-Submitted"), "a person's reply is not automatic");
        assertTrue(((String) reply.getContent()).contains("> Would 30 minutes work?"));
    }

    @Test
    void shouldKeepTheThreadsReferencesAndNotStackRePrefixes() throws Exception {
        ReceivedEmail followUp = new ReceivedEmail(email.mailbox(), "<p-1-2.def@opensdr.local>", email.replyTo(),
                "RE: Acme and faster deliveries", "<p-1-1.abc@opensdr.local>", "text", null, null);
        MimeMessage reply = Replies.reply(session, followUp, 2);
        assertEquals("RE: Acme and faster deliveries", reply.getSubject());
        assertArrayEquals(new String[] {"<p-1-1.abc@opensdr.local> <p-1-2.def@opensdr.local>"}, reply.getHeader("References"));
    }

    @Test
    void shouldMarkAnOutOfOfficeAsAnAutoReply() throws Exception {
        MimeMessage away = Replies.outOfOffice(session, email, 3);
        assertEquals("Automatic reply: Acme and faster deliveries", away.getSubject());
        assertArrayEquals(new String[] {"auto-replied"}, away.getHeader("Auto-Submitted"));
        assertArrayEquals(new String[] {"<p-1-1.abc@opensdr.local>"}, away.getHeader("In-Reply-To"));
    }
}
