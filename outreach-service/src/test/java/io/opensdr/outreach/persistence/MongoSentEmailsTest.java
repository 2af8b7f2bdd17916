package io.opensdr.outreach.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.outreach.domain.ApprovedEmail;
import io.opensdr.outreach.domain.LedgerEntry;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.SentEmail;
import io.opensdr.kit.testing.TestMongo;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Tracking's reading of the send ledger, written by the ledger's own adapter, on mongo-java-server. */
class MongoSentEmailsTest {

    private static final MongoClient client = MongoClients.create(TestMongo.uri("sent-emails-test"));
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private final MongoTemplate mongo = new MongoTemplate(client, "sent-emails-test");
    private final MongoSendLedger ledger = new MongoSendLedger(mongo);
    private final MongoSentEmails sentEmails = new MongoSentEmails(mongo);

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldFindASentEmailByIdByItsMessageIdAndBySendGridsMessageId() {
        send("p-smtp", "<p-smtp-1.0123456789abcdef@opensdr.local>", "smtp@opensdr.example", MailTransport.Kind.SMTP, null);
        send("p-sg", "<p-sg-1.0123456789abcdef@opensdr.local>", "sg@opensdr.example", MailTransport.Kind.SENDGRID,
                "W86EgYT6SQKk0lRflfLRsA");

        SentEmail smtp = sentEmails.byId("p-smtp:1").orElseThrow();
        assertThat(smtp).isEqualTo(new SentEmail("p-smtp:1", "workspace-1", "c-1", "p-smtp", "p-smtp@acme.example",
                "<p-smtp-1.0123456789abcdef@opensdr.local>", "smtp@opensdr.example", "Body"));
        assertThat(sentEmails.byMessageId("<p-smtp-1.0123456789abcdef@opensdr.local>")).contains(smtp);
        assertThat(sentEmails.byMessageId("<W86EgYT6SQKk0lRflfLRsA@geopod-ismtpd-3.example>"))
                .map(SentEmail::emailId).contains("p-sg:1");
        assertThat(sentEmails.byMessageId("<unknown@acme.example>")).isEmpty();
        assertThat(sentEmails.byId("nobody:1")).isEmpty();
        assertThat(sentEmails.senderMailboxes()).contains("smtp@opensdr.example", "sg@opensdr.example");
    }

    private void send(String prospectId, String messageId, String mailbox, MailTransport.Kind transport, String providerId) {
        ledger.recordApproved(LedgerEntry.approved(new ApprovedEmail(prospectId, 1, prospectId + ":1", "c-1", "workspace-1",
                prospectId + "@acme.example", "Someone", "Subject", "Body", "user-7", AT)));
        LedgerEntry sending = ledger.claim(prospectId + ":1", messageId, mailbox, transport, AT).orElseThrow();
        ledger.markSent(sending, transport, providerId, AT);
    }
}
