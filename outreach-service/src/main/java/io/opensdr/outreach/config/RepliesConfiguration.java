package io.opensdr.outreach.config;

import io.opensdr.outreach.domain.MailboxCursors;
import io.opensdr.outreach.domain.ReplyDetection;
import io.opensdr.outreach.domain.SentEmails;
import io.opensdr.outreach.messaging.ImapReplyReader;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Reads the sending mailboxes for replies every poll interval, when
 * {@code opensdr.outreach.tracking.replies.enabled} is true.
 */
@Configuration
@ConditionalOnProperty(name = "opensdr.outreach.tracking.replies.enabled", havingValue = "true")
public class RepliesConfiguration implements SchedulingConfigurer {

    private final TrackingProperties properties;
    private final SentEmails sentEmails;
    private final MailboxCursors cursors;
    private final ReplyDetection replies;
    private final Clock clock;

    public RepliesConfiguration(TrackingProperties properties, SentEmails sentEmails, MailboxCursors cursors,
                                ReplyDetection replies, Clock clock) {
        this.properties = properties;
        this.sentEmails = sentEmails;
        this.cursors = cursors;
        this.replies = replies;
        this.clock = clock;
    }

    @Bean
    ImapReplyReader imapReplyReader() {
        TrackingProperties.Replies settings = properties.replies();
        return new ImapReplyReader(sentEmails, cursors, replies, new ImapReplyReader.Settings(settings.host(),
                settings.port(), settings.ssl(), settings.folder(), settings.timeout(), mailbox -> account(settings, mailbox)),
                clock);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(imapReplyReader()::readAll, properties.replies().pollInterval());
    }

    private static Optional<ImapReplyReader.Account> account(TrackingProperties.Replies settings, String mailbox) {
        Optional<ImapReplyReader.Account> configured = settings.accounts().stream()
                .filter(account -> account.address() != null && account.address().equalsIgnoreCase(mailbox))
                .findFirst()
                .map(account -> new ImapReplyReader.Account(
                        account.username() == null ? account.address() : account.username(), account.password()));
        if (configured.isPresent() || !settings.addressAsLogin()) {
            return configured;
        }
        return Optional.of(new ImapReplyReader.Account(mailbox, mailbox));
    }
}
