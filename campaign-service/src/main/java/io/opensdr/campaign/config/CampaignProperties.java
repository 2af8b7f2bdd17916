package io.opensdr.campaign.config;

import io.opensdr.events.MailTransport;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of campaign-service ({@code opensdr.campaign.*}).
 *
 * @param demo   the demo workspace and user seeded at start-up; production turns it off
 * @param sender who campaigns send as, until senders are configured per workspace
 */
@ConfigurationProperties(prefix = "opensdr.campaign")
public record CampaignProperties(@DefaultValue Demo demo, @DefaultValue Sender sender) {

    public record Demo(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("Demo workspace") String workspaceName,
            @DefaultValue("demo@opensdr.io") String email,
            @DefaultValue("demo-password-2026") String password) {
    }

    public record Sender(
            @DefaultValue("sdr@demo.opensdr.local") String fromEmail,
            @DefaultValue("OpenSDR Demo") String fromName,
            @DefaultValue("SMTP") MailTransport transport,
            @DefaultValue("30") int dailyCap) {
    }
}
