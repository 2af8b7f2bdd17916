package io.opensdr.kit.security;

import java.time.Duration;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Double submit for requests authenticated by cookies alone: the {@code X-XSRF-TOKEN} header must
 * equal the {@code XSRF-TOKEN} cookie, which only a page of this origin can read (Spring Security's
 * {@link CookieCsrfTokenRepository}). Added to a chain with {@code addFilterAfter(..., HeaderWriterFilter.class)}
 * and the {@code csrf()} DSL disabled: the resource server would exempt every request with a token,
 * cookie included, and its session strategy would reset the token on each authenticated request.
 * Not a bean, so it runs in the chain only (never as a servlet filter too).
 */
public final class CookieCsrf {

    private CookieCsrf() {
    }

    /**
     * @param requiresProtection the requests that must carry the token ({@link AccessTokens#authenticatesByCookie})
     * @param secureCookie       whether the {@code XSRF-TOKEN} cookie, when this filter sets one, is Secure
     * @param maxAge             that cookie's life
     */
    public static CsrfFilter filter(RequestMatcher requiresProtection, boolean secureCookie, Duration maxAge,
                                    AccessDeniedHandler forbidden) {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.secure(secureCookie).sameSite("Strict").path("/").maxAge(maxAge));
        CsrfFilter filter = new CsrfFilter(csrfTokens);
        filter.setRequireCsrfProtectionMatcher(requiresProtection);
        // The SPA reads the token from the cookie and sends it back as is (no BREACH masking needed in a header).
        filter.setRequestHandler(new CsrfTokenRequestAttributeHandler());
        filter.setAccessDeniedHandler(forbidden);
        return filter;
    }
}
