package io.opensdr.campaign.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Emailing invitations ({@code opensdr.invitations.mail.*}), over the SMTP server of
 * {@code spring.mail.*}. Off unless {@code enabled} and {@code spring.mail.host} are set; then the
 * API answers that an invitation was not emailed and the owner hands its link over.
 *
 * @param enabled       whether invitations are emailed
 * @param from          the sender's address
 * @param fromName      the sender's display name
 * @param publicBaseUrl the SPA's public address, as invitees reach it (the link is {@code <publicBaseUrl>/invitations/accept#token=...})
 */
@ConfigurationProperties("opensdr.invitations.mail")
public record InvitationMailProperties(@DefaultValue("false") boolean enabled,
                                       String from,
                                       @DefaultValue("OpenSDR") String fromName,
                                       String publicBaseUrl) {

    public InvitationMailProperties {
        if (enabled && (from == null || from.isBlank() || publicBaseUrl == null || publicBaseUrl.isBlank())) {
            throw new IllegalArgumentException(
                    "opensdr.invitations.mail.enabled needs opensdr.invitations.mail.from and .public-base-url");
        }
        if (publicBaseUrl != null && !publicBaseUrl.isBlank() && !publicBaseUrl.matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException("opensdr.invitations.mail.public-base-url must be an http(s) URL");
        }
    }
}
