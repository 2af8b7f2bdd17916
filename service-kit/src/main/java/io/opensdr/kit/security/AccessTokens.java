package io.opensdr.kit.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Where a request's access token is (Seam 1): the {@code Authorization: Bearer} header, else the
 * access cookie ({@code __Host-opensdr-access}, or {@code opensdr-access} when cookies are not
 * Secure, as campaign-service names them). A request with another {@code Authorization} scheme
 * (Basic) carries none. Routes where the token is ignored (the open ones) get none either, so a
 * stale cookie never stands in their way.
 *
 * <p>CSRF: {@link #authenticatesByCookie} is the double-submit rule campaign-service applies. Basic and
 * Bearer requests carry their credentials in a header a cross-site page cannot make a browser send,
 * so they need no token; a state-changing request authenticated by the cookie alone must echo the
 * {@code XSRF-TOKEN} cookie in {@code X-XSRF-TOKEN} ({@link CookieCsrf}).
 */
public final class AccessTokens implements BearerTokenResolver {

    public static final String SECURE_ACCESS_COOKIE = "__Host-opensdr-access";
    public static final String PLAIN_ACCESS_COOKIE = "opensdr-access";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
            HttpMethod.OPTIONS.name(), HttpMethod.TRACE.name());

    private final String accessCookie;
    private final Predicate<HttpServletRequest> tokenIgnored;

    /**
     * @param secureCookies whether the access cookie is the Secure {@code __Host-} one
     * @param tokenIgnored  requests whose token is not read (open routes)
     */
    public AccessTokens(boolean secureCookies, Predicate<HttpServletRequest> tokenIgnored) {
        this.accessCookie = accessCookieName(secureCookies);
        this.tokenIgnored = tokenIgnored;
    }

    public static String accessCookieName(boolean secureCookies) {
        return secureCookies ? SECURE_ACCESS_COOKIE : PLAIN_ACCESS_COOKIE;
    }

    public String accessCookie() {
        return accessCookie;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        if (tokenIgnored.test(request)) {
            return null;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        }
        return cookie(request, accessCookie);
    }

    /**
     * Whether the request changes state and is authenticated by the access cookie alone (no
     * {@code Authorization} header): those need the CSRF token.
     */
    public boolean authenticatesByCookie(HttpServletRequest request) {
        return isUnsafe(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && !tokenIgnored.test(request) && cookie(request, accessCookie) != null;
    }

    public static boolean isUnsafe(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT));
    }

    /** A cookie's value, or null when absent or blank. */
    public static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
