package io.opensdr.prospector.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The RocketReach source (opensdr.prospector.rocketreach.*). It exists only when {@code api-key}
 * is set (in production from the ROCKETREACH_API_KEY environment variable).
 *
 * @param apiKey          the account's API key, sent in the {@code Api-Key} header
 * @param baseUrl         the v2 API's base URL
 * @param lookupsPerDay   lookups (credits) allowed per UTC day, across every instance
 * @param lookupsPerMonth lookups allowed per calendar month (UTC); none when unset
 * @param maxAttempts     attempts per call when RocketReach answers 429 or 5xx or times out
 * @param initialBackoff  first wait between attempts when no Retry-After is given; doubles each time
 * @param maxWait         longest wait for one retry; a longer Retry-After fails the call instead
 * @param pollInterval    wait between two checkStatus polls of a lookup in progress
 * @param pollAttempts    checkStatus polls per lookup before it is taken as it is
 */
@ConfigurationProperties(prefix = "opensdr.prospector.rocketreach")
public record RocketReachProperties(String apiKey,
                                    @DefaultValue("https://api.rocketreach.co/api/v2") URI baseUrl,
                                    @DefaultValue("100") int lookupsPerDay,
                                    Integer lookupsPerMonth,
                                    @DefaultValue("5s") Duration connectTimeout,
                                    @DefaultValue("30s") Duration readTimeout,
                                    @DefaultValue("4") int maxAttempts,
                                    @DefaultValue("1s") Duration initialBackoff,
                                    @DefaultValue("30s") Duration maxWait,
                                    @DefaultValue("2s") Duration pollInterval,
                                    @DefaultValue("5") int pollAttempts) {

    public RocketReachProperties {
        if (lookupsPerDay < 0 || lookupsPerMonth != null && lookupsPerMonth < 0) {
            throw new IllegalArgumentException("opensdr.prospector.rocketreach.lookups-per-day/-per-month cannot be negative");
        }
        if (maxAttempts < 1 || pollAttempts < 0) {
            throw new IllegalArgumentException("opensdr.prospector.rocketreach.max-attempts must be at least 1, poll-attempts at least 0");
        }
        String scheme = baseUrl == null ? null : baseUrl.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("opensdr.prospector.rocketreach.base-url must be an http(s) URL, was " + baseUrl);
        }
    }

    @Override
    public String toString() { // never log the key
        return "RocketReachProperties[baseUrl=" + baseUrl + ", lookupsPerDay=" + lookupsPerDay
                + ", lookupsPerMonth=" + lookupsPerMonth + "]";
    }
}
