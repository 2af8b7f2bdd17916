package io.opensdr.campaign.web;

import com.nimbusds.jose.jwk.JWKSet;
import io.opensdr.campaign.domain.AuthenticationFailedException;
import io.opensdr.campaign.domain.RevokedSessionStore;
import io.opensdr.campaign.domain.Session;
import io.opensdr.campaign.domain.SignIn;
import io.opensdr.kit.security.RevokedSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up, login, refresh, logout, workspace switching and the public keys. Tokens travel only as
 * cookies ({@link AuthCookies}); each answer that signs in also sets the {@code XSRF-TOKEN} cookie
 * whose value the SPA echoes in {@code X-XSRF-TOKEN} on cookie-authenticated changes.
 */
@RestController
@RequestMapping("/api/auth")
public class AuthController {

    private final SignIn signIn;
    private final AuthCookies cookies;
    private final JWKSet publicJwks;
    private final RevokedSessionStore revokedSessions;
    private final JwtDecoder accessTokens;
    private final String issuer;
    private final Clock clock;

    public AuthController(SignIn signIn, AuthCookies cookies, JWKSet publicJwks, RevokedSessionStore revokedSessions,
                          JwtDecoder accessTokens, @Value("${opensdr.campaign.auth.issuer:urn:opensdr:campaign-service}")
                          String issuer, Clock clock) {
        this.signIn = signIn;
        this.cookies = cookies;
        this.publicJwks = publicJwks;
        this.revokedSessions = revokedSessions;
        this.accessTokens = accessTokens;
        this.issuer = issuer;
        this.clock = clock;
    }

    @PostMapping("/signup")
    public ResponseEntity<AuthViews.SessionView> signUp(@Valid @RequestBody AuthRequests.SignUp request,
                                                        HttpServletResponse response, CsrfToken csrf) {
        Session session = signIn.signUp(request.email(), request.password(), request.name(), request.workspaceName());
        return ResponseEntity.created(URI.create("/api/workspaces/" + session.workspace().id()))
                .body(started(session, response, csrf));
    }

    @PostMapping("/login")
    public AuthViews.SessionView logIn(@Valid @RequestBody AuthRequests.Login request, HttpServletRequest http,
                                       HttpServletResponse response, CsrfToken csrf) {
        return started(signIn.logIn(request.email(), request.password(), http.getRemoteAddr()), response, csrf);
    }

    /** Uses the refresh cookie once: new access and refresh cookies. A refused one clears both. */
    @PostMapping("/refresh")
    public AuthViews.SessionView refresh(HttpServletRequest http, HttpServletResponse response, CsrfToken csrf) {
        try {
            return started(signIn.refresh(cookies.refresh(http)), response, csrf);
        } catch (AuthenticationFailedException refused) {
            cookies.clear(response);
            throw refused;
        }
    }

    /**
     * Signs the session out and clears the cookies: the refresh cookie's family, and the session of the
     * access token sent (cookie or {@code Authorization: Bearer}, for clients without the refresh cookie),
     * are revoked; every service refuses the session's access tokens within seconds.
     */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void logOut(HttpServletRequest http, HttpServletResponse response) {
        signIn.logOut(cookies.refresh(http), sessionOfAccessToken(http));
        cookies.clear(response);
    }

    /**
     * The sessions signed out whose access tokens have not all expired yet: every service and the
     * gateway read it every few seconds and refuse those tokens. Public, like the JWKS: session ids
     * grant nothing, and this list is the same for everyone.
     */
    @GetMapping(value = "/revocations", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RevokedSessions.RevocationList> revocations() {
        List<String> sessions = revokedSessions.revokedAt(clock.instant()).stream().sorted().toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic())
                .body(new RevokedSessions.RevocationList(sessions));
    }

    @PostMapping("/switch-workspace")
    public AuthViews.SessionView switchWorkspace(@AuthenticationPrincipal SignedInUser user,
                                                 @Valid @RequestBody AuthRequests.SwitchWorkspace request,
                                                 HttpServletRequest http, HttpServletResponse response, CsrfToken csrf) {
        return started(signIn.switchWorkspace(user.caller(), request.workspaceId(), cookies.refresh(http),
                user.sessionId()), response, csrf);
    }

    /** Sets a fresh {@code XSRF-TOKEN} cookie (for a page loaded after the browser dropped it). */
    @GetMapping("/csrf")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void csrf(CsrfToken csrf) {
        csrf.getToken();
    }

    /** The public key(s) access tokens are signed with, as a JSON Web Key Set (RFC 7517). */
    @GetMapping(value = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(publicJwks.toJSONObject(true));
    }

    /** The {@code sid} of a valid built-in access token the request carries, or null. */
    private String sessionOfAccessToken(HttpServletRequest http) {
        String header = http.getHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim() : cookies.access(http);
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            Jwt jwt = accessTokens.decode(token);
            return issuer.equals(jwt.getClaimAsString("iss")) ? jwt.getClaimAsString(RevokedSessions.SESSION_CLAIM) : null;
        } catch (JwtException notValid) {
            // Expired, forged or already signed out: nothing more to revoke.
            return null;
        }
    }

    private AuthViews.SessionView started(Session session, HttpServletResponse response, CsrfToken csrf) {
        cookies.write(response, session, clock.instant());
        csrf.getToken();
        return AuthViews.SessionView.of(session);
    }
}
