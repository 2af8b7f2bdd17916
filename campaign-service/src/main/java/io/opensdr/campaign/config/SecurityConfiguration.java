package io.opensdr.campaign.config;

import io.opensdr.campaign.domain.Accounts;
import io.opensdr.campaign.web.AccessTokenResolver;
import io.opensdr.campaign.web.AuthCookies;
import io.opensdr.campaign.web.SignedInUser;
import io.opensdr.kit.security.CookieCsrf;
import io.opensdr.kit.security.ProblemAccessDeniedHandler;
import io.opensdr.kit.security.ProblemAuthenticationEntryPoint;
import io.opensdr.kit.security.PublicEndpoints;
import io.opensdr.kit.security.PublicPaths;
import org.springframework.security.web.util.matcher.RequestMatcher;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Three ways to authenticate, in one stateless chain: HTTP Basic against the users collection (as
 * the SPA and the end-to-end tests sign in today), and an access token (RS256 JWT, see
 * {@link AuthConfiguration}) in an {@code Authorization: Bearer} header or in the HttpOnly access
 * cookie. Everything but the health probe, the OpenAPI document (with Swagger UI's static pages)
 * and the open sign-in endpoints needs one.
 *
 * <p>CSRF: Basic and Bearer requests carry their credentials in a header a cross-site page cannot
 * make a browser send, so they need no token. Requests authenticated by the cookies alone do:
 * the cookies are SameSite=Strict (a cross-site request does not carry them at all), and on top
 * of that every such state-changing request must echo the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header (double submit, service-kit's {@link CookieCsrf}, the rule every service applies).
 * The 401 and 403 problems are service-kit's too.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint unauthorized,
                            ProblemAccessDeniedHandler forbidden, AccessTokenResolver accessTokens,
                            AuthConfiguration.TokenUsers tokenUsers, AuthCookies cookies,
                            AuthProperties auth, PublicEndpoints publicEndpoints) throws Exception {
        RequestMatcher publicRoutes = publicEndpoints::matches;
        return http
                // Not the csrf() DSL: the resource server would exempt every request with a token, cookie
                // included, and its session strategy would reset the token on each authenticated request.
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAfter(cookieCsrf(cookies, auth, forbidden), HeaderWriterFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // Errors rendered after the request was authorised must not be turned into 401s.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        // The health probe, the OpenAPI document and Swagger UI's static pages (service-kit's
                        // PublicEndpoints.ALWAYS; Swagger UI's calls carry Basic credentials via "Authorize"),
                        // and the open sign-in endpoints (openRoutes below).
                        .requestMatchers(publicRoutes).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(accessTokens)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenUsers::toUser))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * Double submit for requests authenticated by the cookies alone ({@link AuthCookies#authenticatesByCookie}).
     * Not a bean, so it runs in this chain only (never as a servlet filter too).
     */
    private static CsrfFilter cookieCsrf(AuthCookies cookies, AuthProperties auth, ProblemAccessDeniedHandler forbidden) {
        return CookieCsrf.filter(cookies::authenticatesByCookie, cookies.secure(), auth.refreshTokenTtl(), forbidden);
    }

    /** Basic callers are told to sign in with their password (no WWW-Authenticate: Basic, no browser dialog). */
    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ObjectMapper json) {
        return new ProblemAuthenticationEntryPoint(json, "Sign in with your email and password.");
    }

    @Bean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(ObjectMapper json) {
        return new ProblemAccessDeniedHandler(json);
    }

    /**
     * The routes that need no credentials (Seam 1), besides service-kit's always-public ones; the chain
     * and the endpoint-coverage test (WorkspaceIsolationTest) read this one list.
     */
    @Bean
    PublicPaths openRoutes() {
        return PublicPaths.of("POST /api/auth/signup", "POST /api/auth/login", "POST /api/auth/refresh",
                "POST /api/auth/logout", "POST /api/invitations/accept", "POST /api/invitations/preview", "GET /api/auth/jwks", "GET /api/auth/revocations",
                "GET /api/auth/csrf");
    }

    @Bean
    UserDetailsService workspaceUsers(Accounts accounts) {
        return email -> accounts.findByEmail(email)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + email));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
