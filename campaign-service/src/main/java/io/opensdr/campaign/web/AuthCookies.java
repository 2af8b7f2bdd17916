package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Session;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The tokens as a browser keeps them, out of reach of page scripts: HttpOnly, Secure, SameSite=Strict.
 * The access token ({@code __Host-opensdr-access}, path {@code /}) goes with every API call; the
 * refresh token ({@code __Secure-opensdr-refresh}) only to {@value #REFRESH_PATH}, where refresh and
 * logout live ({@code __Host-} names must have path {@code /}, hence {@code __Secure-}). With
 * {@code opensdr.campaign.auth.cookies.secure=false} (local http only) the cookies are not Secure
 * and drop the prefixes, which require it.
 */
@Component
public class AuthCookies {

    public static final String REFRESH_PATH = "/api/auth";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final boolean secure;
    private final String accessName;
    private final String refreshName;

    public AuthCookies(@Value("${opensdr.campaign.auth.cookies.secure:true}") boolean secure) {
        this.secure = secure;
        this.accessName = secure ? "__Host-opensdr-access" : "opensdr-access";
        this.refreshName = secure ? "__Secure-opensdr-refresh" : "opensdr-refresh";
    }

    public String accessName() {
        return accessName;
    }

    public String refreshName() {
        return refreshName;
    }

    public boolean secure() {
        return secure;
    }

    public void write(HttpServletResponse response, Session session, Instant now) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(accessName, session.accessToken().value(), "/",
                Duration.between(now, session.accessToken().expiresAt())).toString());
        if (session.refreshToken() != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(refreshName, session.refreshToken(), REFRESH_PATH,
                    Duration.between(now, session.refreshTokenExpiresAt())).toString());
        }
    }

    public void clear(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(accessName, "", "/", Duration.ZERO).toString());
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(refreshName, "", REFRESH_PATH, Duration.ZERO).toString());
    }

    public String access(HttpServletRequest request) {
        return value(request, accessName);
    }

    public String refresh(HttpServletRequest request) {
        return value(request, refreshName);
    }

    /**
     * Whether the request is state-changing and authenticated by these cookies alone (no
     * {@code Authorization} header): those need the CSRF token. Basic and Bearer callers do not, since
     * a cross-site page cannot make a browser add either header.
     */
    public boolean authenticatesByCookie(HttpServletRequest request) {
        if (SAFE.contains(HttpMethod.valueOf(request.getMethod())) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        return access(request) != null || refresh(request) != null;
    }

    private ResponseCookie cookie(String name, String value, String path, Duration maxAge) {
        return ResponseCookie.from(name, value).httpOnly(true).secure(secure).sameSite("Strict").path(path)
                .maxAge(maxAge.isNegative() ? Duration.ZERO : maxAge).build();
    }

    private static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
