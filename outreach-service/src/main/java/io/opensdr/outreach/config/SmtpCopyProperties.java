package io.opensdr.outreach.config;

import io.opensdr.outreach.messaging.SmtpMailTransport;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender mailbox's copy of every email sent over SMTP, searched over IMAP by Message-ID when a
 * crash left an email in SENDING.
 *
 * @param mode     BCC: the sender is a Bcc recipient of the same SMTP transaction (the copy lands
 *                 in its INBOX; no window where the email left without a copy); APPEND: the sent
 *                 message is appended to {@code folder} over IMAP after the send (a crash between
 *                 the two loses the copy); NONE: the provider files its own copy in {@code folder}
 * @param folder   where copies are looked for (and appended to): INBOX for BCC, typically Sent otherwise
 * @param username IMAP login; empty logs in as the sender mailbox's own address
 */
@ConfigurationProperties(prefix = "opensdr.outreach.smtp-copies")
public record SmtpCopyProperties(
        @DefaultValue("BCC") SmtpMailTransport.CopyMode mode,
        @DefaultValue("imap") String protocol,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("3143") int port,
        @DefaultValue("INBOX") String folder,
        String username,
        String password,
        @DefaultValue("10s") Duration timeout) {
}
