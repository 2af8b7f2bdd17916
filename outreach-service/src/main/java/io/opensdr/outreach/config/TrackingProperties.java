package io.opensdr.outreach.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Settings under {@code opensdr.outreach.tracking}: what follows an email once it has left. */
@ConfigurationProperties(prefix = "opensdr.outreach.tracking")
public record TrackingProperties(@DefaultValue SendGridWebhook sendgridWebhook, @DefaultValue Replies replies) {

    /**
     * SendGrid's signed event webhook.
     *
     * @param verificationKey the account's verification key (base64 DER, from the webhook settings);
     *                        without one every event is refused
     * @param maxAge          how far the signed timestamp may be from now (replay window)
     * @param maxBody         the largest batch accepted
     */
    public record SendGridWebhook(String verificationKey, @DefaultValue("5m") Duration maxAge,
                                  @DefaultValue("5MB") DataSize maxBody) {
    }

    /**
     * Reply detection over IMAP on every mailbox that has sent an email.
     *
     * @param enabled        polls only when true
     * @param host           the IMAP server
     * @param port           its port
     * @param ssl            IMAPS (TLS from the first byte) rather than plain IMAP
     * @param folder         the folder replies arrive in
     * @param pollInterval   pause between two reads of every mailbox
     * @param addressAsLogin log in with the mailbox's address as user and password (GreenMail, locally)
     *                       when no account is configured for it
     * @param accounts       the logins of the mailboxes (production: from a Secret, e.g.
     *                       OPENSDR_OUTREACH_TRACKING_REPLIES_ACCOUNTS_0_ADDRESS, _USERNAME, _PASSWORD)
     * @param timeout        connection and read timeout
     */
    public record Replies(@DefaultValue("false") boolean enabled, @DefaultValue("127.0.0.1") String host,
                          @DefaultValue("3143") int port, @DefaultValue("false") boolean ssl,
                          @DefaultValue("INBOX") String folder, @DefaultValue("30s") Duration pollInterval,
                          @DefaultValue("false") boolean addressAsLogin, List<Account> accounts,
                          @DefaultValue("10s") Duration timeout) {

        public Replies {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    public record Account(String address, String username, String password) {
    }
}
