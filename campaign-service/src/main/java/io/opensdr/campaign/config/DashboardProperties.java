package io.opensdr.campaign.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's live stream ({@code opensdr.campaign.dashboard.*}): how often the subscribed
 * workspaces' counters are checked for a change (at most one event per workspace per interval),
 * how often an idle stream gets a heartbeat comment, and how long a stream lives before the
 * browser's EventSource reconnects.
 */
@ConfigurationProperties("opensdr.campaign.dashboard")
public record DashboardProperties(@DefaultValue("250ms") Duration pollInterval,
                                  @DefaultValue("15s") Duration heartbeatInterval,
                                  @DefaultValue("30m") Duration streamTimeout) {

    public DashboardProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || heartbeatInterval.isNegative()
                || heartbeatInterval.isZero() || streamTimeout.isNegative() || streamTimeout.isZero()) {
            throw new IllegalArgumentException("opensdr.campaign.dashboard intervals must be positive");
        }
    }
}
