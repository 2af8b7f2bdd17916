package io.opensdr.kit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service's resource server (Seam 1), on when the service depends on
 * {@code spring-boot-starter-oauth2-resource-server}: one stateless chain in which every route but
 * the public ones ({@link PublicEndpoints}) needs campaign-service's access token, from
 * {@code Authorization: Bearer} or the access cookie ({@link AccessTokens}), verified against the
 * JWKS or an external issuer ({@link AccessTokenDecoders}); cookie-only changes need the CSRF
 * token ({@link CookieCsrf}); refusals are RFC 9457 problems (401, 403, and 503 when the keys
 * cannot be fetched). Controllers declare a {@link Caller} parameter to learn who calls.
 *
 * <p>A service with its own chain (campaign-service, which also accepts HTTP Basic) keeps it: the
 * chain here is only made when the service defines none, and each piece can be reused one by one.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class, BearerTokenAuthenticationFilter.class})
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerConfiguration {

    /** How long the XSRF-TOKEN cookie this chain may set lives (campaign-service's refresh token's life). */
    private static final Duration CSRF_COOKIE_LIFE = Duration.ofDays(14);

    @Bean
    @ConditionalOnMissingBean
    public PublicEndpoints publicEndpoints(SecurityProperties properties, ObjectProvider<PublicPaths> declared) {
        List<String> patterns = new ArrayList<>(properties.publicPaths());
        declared.orderedStream().forEach(paths -> patterns.addAll(paths.patterns()));
        return new PublicEndpoints(patterns);
    }

    @Bean
    @ConditionalOnMissingBean
    public AccessTokens accessTokens(SecurityProperties properties, PublicEndpoints publicEndpoints) {
        return new AccessTokens(properties.cookies().secure(), publicEndpoints::matches);
    }

    @Bean
    @ConditionalOnMissingBean
    public CallerTokens callerTokens(SecurityProperties properties) {
        return new CallerTokens(properties.issuer(), properties.workspaceClaim());
    }

    /** The sessions signed out, read from campaign-service (closed with the context). */
    @Bean
    @ConditionalOnMissingBean
    public RevokedSessions revokedSessions(SecurityProperties properties) {
        return new RevokedSessions(RevokedSessions.overHttp(properties.revocations()), properties.revocationsRefresh());
    }

    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<Clock> clock, RevokedSessions revokedSessions,
                                 @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String externalIssuer,
                                 @Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> externalAudiences) {
        JwtDecoder builtIn = AccessTokenDecoders.fromJwks(properties.jwksUri(), AccessTokenDecoders.validator(
                properties.issuer(), properties.audience(), properties.clockSkew(), clock.getIfUnique(Clock::systemUTC),
                revokedSessions));
        List<String> audiences = externalAudiences.stream().filter(a -> a != null && !a.isBlank()).toList();
        return AccessTokenDecoders.withExternalIssuer(builtIn, externalIssuer,
                audiences.isEmpty() ? List.of(properties.audience()) : audiences);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ObjectMapper json) {
        return new ProblemAuthenticationEntryPoint(json);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAccessDeniedHandler problemAccessDeniedHandler(ObjectMapper json) {
        return new ProblemAccessDeniedHandler(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain accessTokenChain(HttpSecurity http, SecurityProperties properties,
                                                PublicEndpoints publicEndpoints, AccessTokens accessTokens,
                                                CallerTokens callerTokens, JwtDecoder jwtDecoder,
                                                ProblemAuthenticationEntryPoint unauthorized,
                                                ProblemAccessDeniedHandler forbidden, ObjectMapper json)
            throws Exception {
        RequestMatcher publicRoutes = publicEndpoints::matches;
        RequestMatcher cookieChanges = accessTokens::authenticatesByCookie;
        TokenCheckFailureHandler tokenFailures = new TokenCheckFailureHandler(unauthorized, json);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAfter(CookieCsrf.filter(cookieChanges, properties.cookies().secure(), CSRF_COOKIE_LIFE,
                        forbidden), HeaderWriterFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        // Errors rendered, and async results dispatched, after the request was authorised.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(publicRoutes).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(accessTokens)
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(callerTokens::toCaller))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(tokenFailures);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    public WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
