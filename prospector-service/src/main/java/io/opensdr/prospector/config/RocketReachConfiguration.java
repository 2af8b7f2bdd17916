package io.opensdr.prospector.config;

import io.opensdr.prospector.sources.rocketreach.LookupQuota;
import io.opensdr.prospector.sources.rocketreach.MongoLookupQuota;
import io.opensdr.prospector.sources.rocketreach.RocketReachClient;
import io.opensdr.prospector.sources.rocketreach.RocketReachSource;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.StringUtils;

/**
 * The RocketReach source, registered only when an API key is configured: without one, campaigns
 * whose source is ROCKETREACH find nobody, and nothing calls RocketReach.
 */
@Configuration
@Conditional(RocketReachConfiguration.ApiKeyConfigured.class)
@EnableConfigurationProperties(RocketReachProperties.class)
public class RocketReachConfiguration {

    static final String API_KEY = "opensdr.prospector.rocketreach.api-key";

    @Bean
    LookupQuota rocketReachLookupQuota(MongoTemplate mongo, Clock clock, RocketReachProperties properties) {
        return new MongoLookupQuota(mongo, clock, properties.lookupsPerDay(), properties.lookupsPerMonth());
    }

    @Bean
    RocketReachClient rocketReachClient(RocketReachProperties properties) {
        return new RocketReachClient(properties.baseUrl(), properties.apiKey(),
                new RocketReachClient.Settings(properties.connectTimeout(), properties.readTimeout(), properties.maxAttempts(),
                        properties.initialBackoff(), properties.maxWait(), properties.pollInterval(), properties.pollAttempts()),
                duration -> Thread.sleep(duration.toMillis()));
    }

    @Bean
    RocketReachSource rocketReachSource(RocketReachClient client, LookupQuota rocketReachLookupQuota, Clock clock) {
        return new RocketReachSource(client, rocketReachLookupQuota, clock);
    }

    /** A key that is set and not blank (an unset environment variable gives an empty string). */
    static class ApiKeyConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(API_KEY));
        }
    }
}
