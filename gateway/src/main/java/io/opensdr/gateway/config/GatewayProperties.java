package io.opensdr.gateway.config;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are ({@code opensdr.gateway.*}). The routes in {@code application.yml} read
 * these same properties; binding them here checks at startup that each is an absolute http(s)
 * URL, and names the targets in the startup log.
 */
@ConfigurationProperties("opensdr.gateway")
public record GatewayProperties(
    URI campaignUrl, URI prospectorUrl, URI qualifierUrl, URI outreachUrl) {

  public GatewayProperties {
    requireHttpUrl("campaign-url", campaignUrl);
    requireHttpUrl("prospector-url", prospectorUrl);
    requireHttpUrl("qualifier-url", qualifierUrl);
    requireHttpUrl("outreach-url", outreachUrl);
  }

  /** Route id → target URL. */
  public Map<String, URI> targets() {
    return Map.of(
        "campaign-service", campaignUrl,
        "prospector-service", prospectorUrl,
        "qualifier-service", qualifierUrl,
        "outreach-service", outreachUrl);
  }

  private static void requireHttpUrl(String name, URI url) {
    Objects.requireNonNull(url, () -> "opensdr.gateway." + name + " must be set");
    String scheme = url.getScheme();
    if (!url.isAbsolute()
        || url.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException(
          "opensdr.gateway." + name + " must be an absolute http(s) URL, was: " + url);
    }
  }
}
