package io.opensdr.outreach.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code opensdr.outreach}. */
@ConfigurationProperties(prefix = "opensdr.outreach")
public record OutreachProperties(@DefaultValue Sending sending) {

    /**
     * How approved emails leave. The daily cap per mailbox and the sending window (days and hours
     * in the prospect's time zone) and cap of each campaign come from its snapshot.
     *
     * @param pollInterval          pause between two passes of the sender
     * @param minSpacing            least time between two sends of one mailbox (0 locally; minutes
     *                              in production, so that a mailbox does not look like a bulk sender)
     * @param maxJitter             a random extra wait of up to this much after the minimum spacing
     * @param rampStartPerDay       a new mailbox's cap on its first day
     * @param rampDays              days over which a new mailbox's cap rises to its full cap; 0: no ramp
     * @param honourCampaignWindow  false sends around the clock whatever the campaign's window
     *                              (the local stack, so that it works at night and on weekends)
     * @param zone                  time zone of the caps' day (when a mailbox's day starts)
     * @param maxAttempts           transport attempts before an email is FAILED
     * @param batchSize             approved emails looked at per campaign and pass
     * @param stuckAfter            how long an email may stay in SENDING before it counts as stuck and is
     *                              settled against the mailbox; longer than the transports' timeouts
     * @param stuckReportInterval   how often stuck emails are looked for, settled or reported
     */
    public record Sending(
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("2m") Duration minSpacing,
            @DefaultValue("3m") Duration maxJitter,
            @DefaultValue("5") int rampStartPerDay,
            @DefaultValue("14") int rampDays,
            @DefaultValue("true") boolean honourCampaignWindow,
            @DefaultValue("UTC") ZoneId zone,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("50") int batchSize,
            @DefaultValue("5m") Duration stuckAfter,
            @DefaultValue("1m") Duration stuckReportInterval) {
    }
}
