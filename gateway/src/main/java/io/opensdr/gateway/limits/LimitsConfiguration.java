package io.opensdr.gateway.limits;

import io.opensdr.gateway.web.ProblemResponses;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

/** Body size and request rate limits. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The default store: this instance's memory (SharedRateLimitsConfiguration has MongoDB's). */
  @Bean
  @ConditionalOnProperty(
      prefix = "opensdr.gateway.rate-limits",
      name = "store",
      havingValue = "memory",
      matchIfMissing = true)
  InMemoryRateLimitCounter inMemoryRateLimitCounter(Clock clock) {
    return new InMemoryRateLimitCounter(clock);
  }

  @Bean
  RateLimitFilters rateLimitFilters(
      RateLimitProperties properties,
      RateLimitCounter counter,
      Clock clock,
      ProblemResponses problems) {
    return new RateLimitFilters(properties, counter, clock, problems);
  }

  @Bean
  WebFilter perAddressRateLimit(RateLimitFilters filters) {
    return filters.perAddress();
  }

  @Bean
  WebFilter requestSizeLimit(LimitsProperties properties, ProblemResponses problems) {
    return new RequestSizeLimitFilter(properties, problems);
  }
}
