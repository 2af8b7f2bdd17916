package io.opensdr.gateway.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One circuit breaker per service route ({@code opensdr.gateway.circuit-breaker.*}): it opens
 * when at least {@code failureRatePercent} of the last {@code slidingWindow} calls (and at least
 * {@code minimumCalls}) failed (unreachable, timed out, connection dropped), answers 503 at once
 * for {@code openFor}, then lets a few calls test the service again. A service's own error
 * answers (4xx, 5xx) are not failures of the route.
 */
@ConfigurationProperties("opensdr.gateway.circuit-breaker")
public record CircuitBreakerProperties(
    @DefaultValue("50") float failureRatePercent,
    @DefaultValue("20") int slidingWindow,
    @DefaultValue("10") int minimumCalls,
    @DefaultValue("10s") Duration openFor,
    @DefaultValue("3") int callsWhenHalfOpen) {}
