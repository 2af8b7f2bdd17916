package io.opensdr.campaign.web;

import com.nimbusds.jose.jwk.JWKSet;
import io.opensdr.campaign.domain.AuthenticationFailedException;
import io.opensdr.campaign.domain.Session;
import io.opensdr.campaign.domain.SignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    private final Clock clock;

    public AuthController(SignIn signIn, AuthCookies cookies, JWKSet publicJwks, Clock clock) {
        this.signIn = signIn;
        this.cookies = cookies;
        this.publicJwks = publicJwks;
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

    /** Revokes the refresh token's family and clears the cookies; the access token lapses within its 15 minutes. */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void logOut(HttpServletRequest http, HttpServletResponse response) {
        signIn.logOut(cookies.refresh(http));
        cookies.clear(response);
    }

    @PostMapping("/switch-workspace")
    public AuthViews.SessionView switchWorkspace(@AuthenticationPrincipal SignedInUser user,
                                                 @Valid @RequestBody AuthRequests.SwitchWorkspace request,
                                                 HttpServletRequest http, HttpServletResponse response, CsrfToken csrf) {
        return started(signIn.switchWorkspace(user.caller(), request.workspaceId(), cookies.refresh(http)), response, csrf);
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

    private AuthViews.SessionView started(Session session, HttpServletResponse response, CsrfToken csrf) {
        cookies.write(response, session, clock.instant());
        csrf.getToken();
        return AuthViews.SessionView.of(session);
    }
}
