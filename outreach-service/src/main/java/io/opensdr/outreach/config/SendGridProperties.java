package io.opensdr.outreach.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SendGrid, for campaigns whose sender's transport is SENDGRID. Without an API key the SendGrid
 * transport is not configured, and such campaigns send nothing (and say so in the log).
 *
 * @param apiKey        OPENSDR_OUTREACH_SENDGRID_API_KEY; never committed
 * @param baseUrl       the v3 API's scheme and host (tests point it at WireMock)
 * @param categories    SendGrid categories given to every email
 * @param sandboxMode   SendGrid validates but delivers nothing
 */
@ConfigurationProperties(prefix = "opensdr.outreach.sendgrid")
public record SendGridProperties(
        String apiKey,
        @DefaultValue("https://api.sendgrid.com") URI baseUrl,
        @DefaultValue("opensdr") List<String> categories,
        @DefaultValue("true") boolean openTracking,
        @DefaultValue("true") boolean clickTracking,
        @DefaultValue("false") boolean sandboxMode,
        @DefaultValue("10s") Duration timeout) {

    public boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }
}
