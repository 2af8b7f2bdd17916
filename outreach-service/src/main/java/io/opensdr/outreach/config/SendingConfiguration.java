package io.opensdr.outreach.config;

import io.opensdr.outreach.domain.Approvals;
import io.opensdr.outreach.domain.CampaignStore;
import io.opensdr.outreach.domain.EmailSending;
import io.opensdr.outreach.domain.Engagements;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.MailTransports;
import io.opensdr.outreach.domain.Mailboxes;
import io.opensdr.outreach.domain.OutgoingEmailDecorator;
import io.opensdr.outreach.domain.SendLedger;
import io.opensdr.outreach.domain.SendPacing;
import io.opensdr.outreach.domain.SendRamp;
import io.opensdr.outreach.domain.SendReconciliation;
import io.opensdr.outreach.domain.StuckSendRecovery;
import io.opensdr.outreach.domain.SuppressionList;
import io.opensdr.outreach.messaging.ImapSentCopies;
import io.opensdr.outreach.messaging.SendGridMailTransport;
import io.opensdr.outreach.messaging.SmtpMailTransport;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires the sending side of outreach: the transports (SMTP always, SendGrid when a key is set),
 * the decorators applied on the way out, the suppression and reply checks, pacing, and the
 * settling of emails a crash left in SENDING.
 */
@Configuration
public class SendingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SendingConfiguration.class);

    /** Called by the provider webhooks to settle entries left in SENDING. */
    @Bean
    SendReconciliation sendReconciliation(SendLedger ledger) {
        return new SendReconciliation(ledger);
    }

    @Bean
    Approvals approvals(SendLedger ledger, SuppressionList suppressions) {
        return new Approvals(ledger, suppressions);
    }

    @Bean
    ImapSentCopies sentCopies(SmtpCopyProperties copies) {
        return new ImapSentCopies(new ImapSentCopies.Settings(copies.protocol(), copies.host(), copies.port(),
                copies.folder(), blankToNull(copies.username()), copies.password(), (int) copies.timeout().toMillis()));
    }

    @Bean
    MailTransports mailTransports(JavaMailSender mailSender, SmtpCopyProperties copies, ImapSentCopies sentCopies,
                                  SendGridProperties sendGrid) {
        List<MailTransport> transports = new ArrayList<>();
        transports.add(new SmtpMailTransport(mailSender, copies.mode(), sentCopies::append));
        if (sendGrid.configured()) {
            transports.add(sendGridTransport(sendGrid));
        } else {
            log.info("No SendGrid API key (opensdr.outreach.sendgrid.api-key): campaigns sending through SendGrid wait");
        }
        return new MailTransports(transports);
    }

    private static SendGridMailTransport sendGridTransport(SendGridProperties properties) {
        return SendGridMailTransport.create(properties.apiKey(), properties.baseUrl(), properties.timeout(),
                new SendGridMailTransport.Settings(properties.categories(), properties.openTracking(),
                        properties.clickTracking(), properties.sandboxMode()));
    }

    @Bean
    SendPacing sendPacing(OutreachProperties properties) {
        OutreachProperties.Sending sending = properties.sending();
        RandomGenerator random = new SecureRandom();
        return new SendPacing(sending.minSpacing(), sending.maxJitter(),
                new SendRamp(sending.rampStartPerDay(), sending.rampDays()), sending.honourCampaignWindow(),
                sending.zone(), bound -> random.nextLong(bound));
    }

    @Bean
    EmailSending.Settings sendingSettings(OutreachProperties properties) {
        OutreachProperties.Sending sending = properties.sending();
        return new EmailSending.Settings(sending.batchSize(), sending.maxAttempts(), sending.stuckAfter());
    }

    /** Every decorator bean, in their @Order, applied to each email right before its transport. */
    @Bean
    EmailSending emailSending(CampaignStore campaigns, SendLedger ledger, Mailboxes mailboxes, MailTransports transports,
                              ObjectProvider<OutgoingEmailDecorator> decorators, SuppressionList suppressions,
                              Engagements engagements, SendPacing pacing, EmailSending.Settings settings, Clock clock) {
        return new EmailSending(campaigns, ledger, mailboxes, transports, decorators.orderedStream().toList(),
                suppressions, engagements, pacing, settings, clock);
    }

    @Bean
    StuckSendRecovery stuckSendRecovery(SendLedger ledger, ImapSentCopies sentCopies, EmailSending.Settings settings,
                                        Clock clock) {
        return new StuckSendRecovery(ledger, sentCopies, settings, clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
