package io.opensdr.outreach.config;

import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.outreach.domain.Approvals;
import io.opensdr.outreach.domain.CampaignStore;
import io.opensdr.outreach.domain.EmailSending;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.Mailboxes;
import io.opensdr.outreach.domain.SendLedger;
import io.opensdr.outreach.domain.SendPacing;
import io.opensdr.outreach.domain.SignedTokens;
import io.opensdr.outreach.messaging.SmtpMailTransport;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Wires the domain (plain Java) to its adapters. */
@Configuration
public class OutreachConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Drafts carry EmailDrafted in their outbox. */
    @Bean
    OutboxCollection draftsOutbox() {
        return new OutboxCollection("drafts");
    }

    /** Ledger entries carry EmailSent in their outbox. */
    @Bean
    OutboxCollection sendLedgerOutbox() {
        return new OutboxCollection("send_ledger");
    }

    /** Signs the links prospects follow without signing in (unsubscribe, tracking). */
    @Bean
    SignedTokens signedTokens(PublicLinksProperties links) {
        return new SignedTokens(links.signingSecret());
    }

    @Bean
    Approvals approvals(SendLedger ledger) {
        return new Approvals(ledger);
    }

    @Bean
    MailTransport mailTransport(JavaMailSender mailSender) {
        return new SmtpMailTransport(mailSender);
    }

    @Bean
    EmailSending emailSending(CampaignStore campaigns, SendLedger ledger, Mailboxes mailboxes, MailTransport transport,
                              OutreachProperties properties, Clock clock) {
        OutreachProperties.Sending sending = properties.sending();
        SendPacing pacing = new SendPacing(sending.minSpacing(), sending.zone(),
                sending.windowStartHour(), sending.windowEndHour());
        EmailSending.Settings settings = new EmailSending.Settings(
                sending.batchSize(), sending.maxAttempts(), sending.stuckAfter());
        return new EmailSending(campaigns, ledger, mailboxes, transport, pacing, settings, clock);
    }
}
