package io.opensdr.prospector.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pace how fast active campaigns get prospects
 */
@ConfigurationProperties(prefix = "opensdr.prospector")
public record ProspectorProperties(@DefaultValue Pace pace) {

    /**
     * @param tickInterval time between two searches (from the end of one to the start of the next)
     * @param batchSize    new prospects per campaign and tick, at most (a tick reads on past people
     *                     the workspace already has, up to ten candidates per prospect wanted)
     */
    public record Pace(@DefaultValue("2s") Duration tickInterval, @DefaultValue("10") int batchSize) {
    }
}
