package io.opensdr.gateway.limits;

import io.opensdr.gateway.web.ProblemResponses;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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

  @Bean
  RateLimitFilters rateLimitFilters(
      RateLimitProperties properties, Clock clock, ProblemResponses problems) {
    return new RateLimitFilters(properties, clock, problems);
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
