package io.opensdr.outreach.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code opensdr.outreach}. */
@ConfigurationProperties(prefix = "opensdr.outreach")
public record OutreachProperties(@DefaultValue Sending sending) {

    /**
     * How approved emails leave. The daily cap per mailbox comes from each campaign's snapshot.
     *
     * @param pollInterval        pause between two passes of the sender
     * @param minSpacing          least time between two sends of one mailbox (0 locally; minutes
     *                            in production, so that a mailbox does not look like a bulk sender)
     * @param zone                time zone of the sending window and of the daily cap's day
     * @param windowStartHour     first hour (0-23) when emails may leave
     * @param windowEndHour       hour (1-24) when sending stops
     * @param maxAttempts         transport attempts before an email is FAILED
     * @param batchSize           approved emails looked at per campaign and pass
     * @param stuckAfter          how long an email may stay in SENDING before it is reported as stuck
     * @param stuckReportInterval how often stuck emails are looked for and logged
     */
    public record Sending(
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("0s") Duration minSpacing,
            @DefaultValue("UTC") ZoneId zone,
            @DefaultValue("0") int windowStartHour,
            @DefaultValue("24") int windowEndHour,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("50") int batchSize,
            @DefaultValue("5m") Duration stuckAfter,
            @DefaultValue("1m") Duration stuckReportInterval) {
    }
}
