package io.opensdr.gateway.security;

import io.opensdr.gateway.limits.RateLimitFilters;
import io.opensdr.gateway.web.ProblemResponses;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway checks every API request's token before routing it (Seam 1): an RS256 access token
 * whose signature matches campaign-service's JWKS (or an external issuer's, by configuration),
 * naming the audience ({@code spring.security.oauth2.resourceserver.jwt.audiences}), of a session
 * not signed out ({@link RevokedSessions}),
 * carried as {@code Authorization: Bearer} or as the access cookie; the CSRF double submit for
 * cookie-only changes; HTTP Basic for campaign-service routes only. The request then goes on
 * with its {@code Authorization}, {@code Cookie} and {@code X-XSRF-TOKEN} unchanged, and the
 * service checks them again. Refusals are RFC 9457 problems (401, 403). Stateless: no session.
 *
 * <p>Security headers are {@link io.opensdr.gateway.web.SecurityHeadersFilter}'s alone (Spring
 * Security's would add {@code Cache-Control: no-store} to the SPA's hashed assets).
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

  @Bean
  SecurityWebFilterChain gatewaySecurity(
      ServerHttpSecurity http,
      ReactiveJwtDecoder jwtDecoder,
      GatewaySecurityProperties properties,
      RateLimitFilters rateLimits,
      ProblemResponses problems,
      RevokedSessions revokedSessions) {
    ServerAuthenticationEntryPoint unauthorized = unauthorized(problems);
    ServerAccessDeniedHandler forbidden =
        (exchange, denied) ->
            problems.write(
                exchange, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");

    ReactiveAuthenticationManager jwt = new JwtReactiveAuthenticationManager(jwtDecoder);
    ReactiveAuthenticationManager manager =
        authentication ->
            authentication instanceof BasicPassThrough
                ? reactor.core.publisher.Mono.just(authentication)
                : jwt.authenticate(authentication)
                    // A token of a signed-out session is refused (401) like an expired one.
                    .flatMap(revokedSessions::refuseIfSignedOut)
                    // The JWKS unreachable (or any failure that is not the token's fault):
                    // nobody's token can be checked, a 503 from ProblemErrorHandler, not a 401.
                    .onErrorMap(
                        failure -> !(failure instanceof AuthenticationException),
                        failure ->
                            new AuthenticationServiceException(
                                "The access token cannot be checked", failure));
    AuthenticationWebFilter tokens = new AuthenticationWebFilter(manager);
    tokens.setServerAuthenticationConverter(new TokenCarriers(properties));
    ServerAuthenticationEntryPointFailureHandler failures =
        new ServerAuthenticationEntryPointFailureHandler(unauthorized);
    // An AuthenticationServiceException (the JWKS unreachable) goes on to ProblemErrorHandler: 503.
    failures.setRethrowAuthenticationServiceException(true);
    tokens.setAuthenticationFailureHandler(failures);
    tokens.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());

    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .headers(ServerHttpSecurity.HeaderSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .cors(cors -> cors.configurationSource(cors(properties)))
        .addFilterAt(new CookieCsrfFilter(properties, problems), SecurityWebFiltersOrder.CSRF)
        .addFilterAt(tokens, SecurityWebFiltersOrder.AUTHENTICATION)
        .addFilterAt(rateLimits.perUser(), SecurityWebFiltersOrder.LAST)
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .authorizeExchange(
            exchanges ->
                exchanges
                    .matchers(PublicRoutes.ALL)
                    .permitAll()
                    .pathMatchers("/api/**", "/actuator/**")
                    .authenticated()
                    // The SPA's pages and assets.
                    .anyExchange()
                    .permitAll())
        .build();
  }

  @Bean
  RevokedSessions revokedSessions(
      WebClient.Builder http, RevocationProperties properties, ObjectProvider<Clock> clock) {
    return new RevokedSessions(http, properties, clock.getIfUnique(Clock::systemUTC));
  }

  private static ServerAuthenticationEntryPoint unauthorized(ProblemResponses problems) {
    return (exchange, failure) -> {
      // Bearer, never Basic: a Basic challenge would open the browser's own login dialog.
      exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized", detail(failure));
    };
  }

  private static String detail(AuthenticationException failure) {
    if (failure instanceof InvalidBearerTokenException) {
      return "The access token is not valid or has expired: sign in again.";
    }
    if (failure.getMessage() != null
        && (failure.getMessage().equals(TokenCarriers.BASIC_ELSEWHERE)
            || failure.getMessage().startsWith("Unsupported Authorization scheme"))) {
      return failure.getMessage();
    }
    return "Sign in first: this needs an access token (Authorization: Bearer, or the access"
        + " cookie).";
  }

  /** The SPA's configured origin(s) only; none configured: no cross-origin access at all. */
  private static CorsConfigurationSource cors(GatewaySecurityProperties properties) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!properties.allowedOrigins().isEmpty()) {
      CorsConfiguration api = new CorsConfiguration();
      api.setAllowedOrigins(properties.allowedOrigins());
      api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
      api.setAllowedHeaders(
          List.of(
              HttpHeaders.CONTENT_TYPE,
              HttpHeaders.ACCEPT,
              HttpHeaders.AUTHORIZATION,
              CookieCsrfFilter.HEADER,
              "X-Requested-With"));
      api.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
      api.setAllowCredentials(true);
      api.setMaxAge(3600L);
      source.registerCorsConfiguration("/api/**", api);
    }
    return source;
  }
}
