package io.opensdr.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The circuit breakers of the routes' {@code CircuitBreaker} filters. Timing is the routes'
 * response timeouts' job (per route, in {@code application.yml}); the breaker's own time limit
 * is set far above them so it never cuts a call first.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

  @Bean
  Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakers(
      CircuitBreakerProperties properties) {
    CircuitBreakerConfig breaker =
        CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(properties.slidingWindow())
            .minimumNumberOfCalls(properties.minimumCalls())
            .failureRateThreshold(properties.failureRatePercent())
            .waitDurationInOpenState(properties.openFor())
            .permittedNumberOfCallsInHalfOpenState(properties.callsWhenHalfOpen())
            .build();
    TimeLimiterConfig noTimeLimit =
        TimeLimiterConfig.custom().timeoutDuration(Duration.ofHours(1)).build();
    return factory ->
        factory.configureDefault(
            id ->
                new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(breaker)
                    .timeLimiterConfig(noTimeLimit)
                    .build());
  }
}
