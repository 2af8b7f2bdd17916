package io.opensdr.campaign.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.stereotype.Component;

/**
 * Where a request's access token is: the {@code Authorization: Bearer} header, else the access
 * cookie. A request with any other {@code Authorization} (Basic) has none. The open sign-in
 * endpoints ignore the cookie, so an expired one never stands in the way of logging in or refreshing.
 */
@Component
public class AccessTokenResolver implements BearerTokenResolver {

    static final Set<String> OPEN_AUTH_PATHS = Set.of("/api/auth/signup", "/api/auth/login", "/api/auth/refresh",
            "/api/auth/logout", "/api/auth/jwks", "/api/auth/revocations", "/api/auth/csrf", "/api/invitations/accept");

    private final AuthCookies cookies;

    public AccessTokenResolver(AuthCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        }
        if (OPEN_AUTH_PATHS.contains(request.getRequestURI())) {
            return null;
        }
        return cookies.access(request);
    }
}
