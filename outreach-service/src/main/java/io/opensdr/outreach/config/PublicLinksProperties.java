package io.opensdr.outreach.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Links a prospect follows from an email without signing in (unsubscribe, open pixel, click
 * redirect, booking): where they point and how they are signed.
 *
 * @param publicBaseUrl the gateway's address as prospects reach it (e.g. https://sdr.example.com)
 * @param signingSecret the HMAC key of every such link (32 bytes at least); changing it breaks the
 *                      links of emails already sent
 */
@Validated
@ConfigurationProperties(prefix = "opensdr.outreach.links")
public record PublicLinksProperties(@NotNull URI publicBaseUrl, @NotNull @Size(min = 32) String signingSecret) {
}
