package io.opensdr.kit.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.RestTemplate;

/**
 * The sessions signed out before their access tokens expire, so that logout takes effect in every
 * service within seconds rather than after the token's 15 minutes.
 *
 * <p>Why this design: access tokens stay stateless JWTs, checked locally with the JWKS, and each one
 * names its session ({@code sid}, the refresh-token family it was issued from). campaign-service
 * keeps the sessions revoked by a logout (or by a refresh token presented twice) only until every
 * token of theirs has expired, and serves their ids at {@code GET /api/auth/revocations}: a list
 * that is small (one id per logout of the last 15 minutes) and the same for every caller. Each
 * service reads it every {@code opensdr.security.revocations-refresh} (2 s) on a background thread
 * and refuses (401) a token whose {@code sid} is on it: no request waits for campaign-service, and a
 * token is refused at most one refresh period (plus the fetch) after the logout. The alternatives
 * were worse: asking campaign-service on every request (introspection) ties every call of every
 * service to it, and shortening the token's life to seconds multiplies refreshes.
 *
 * <p>Failure behaviour: the first check of a service loads the list synchronously; until one load
 * succeeds, tokens cannot be checked and are answered 503 (as when the JWKS is unreachable). Once
 * loaded, a failed refresh keeps the last list (logged once per outage) and is retried each period:
 * a campaign-service that is down cannot sign anybody out meanwhile, so at most the logouts of the
 * last period before it went down are missed until it is back.
 *
 * <p>Only tokens of the built-in issuer are looked up: the ids are campaign-service's sessions. With
 * an external OpenID Connect provider, signing out is the provider's business (its tokens' {@code sid}
 * names its own sessions) and the list is not used for them.
 */
public final class RevokedSessions implements AutoCloseable {

    /** The claim naming the session (the refresh-token family) a built-in access token belongs to. */
    public static final String SESSION_CLAIM = "sid";

    private static final Logger log = LoggerFactory.getLogger(RevokedSessions.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

    /** Where the list comes from: campaign-service's endpoint, or its own store inside campaign-service. */
    @FunctionalInterface
    public interface Source {

        /** The ids of the sessions revoked now; throws when they cannot be read. */
        Set<String> revokedSessionIds();
    }

    /** The body of {@code GET /api/auth/revocations}. */
    public record RevocationList(List<String> sessions) {
    }

    private final Source source;
    private final Duration refresh;
    private final Object loading = new Object();
    private volatile Set<String> revoked;
    private volatile boolean failing;
    private ScheduledExecutorService scheduler;

    public RevokedSessions(Source source, Duration refresh) {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("The revocations' refresh period must be positive");
        }
        this.source = source;
        this.refresh = refresh;
    }

    /** Reads campaign-service's {@code GET /api/auth/revocations}. */
    public static Source overHttp(URI revocationsUri) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        RestTemplate http = new RestTemplate(requests);
        return () -> {
            RevocationList list = http.getForObject(revocationsUri, RevocationList.class);
            if (list == null || list.sessions() == null) {
                throw new IllegalStateException("The revocation list at " + revocationsUri + " has no sessions");
            }
            return Set.copyOf(list.sessions());
        };
    }

    /** Whether the session was signed out; loads the list on the first call (a JwtException when it cannot). */
    public boolean isRevoked(String sessionId) {
        Set<String> current = revoked;
        if (current == null) {
            current = firstLoad();
        }
        return sessionId != null && current.contains(sessionId);
    }

    /**
     * Refuses a token of {@code builtInIssuer} whose session is revoked; passes every other token
     * (those of an external provider, and tokens without {@code sid}, which no session can revoke).
     */
    public OAuth2TokenValidator<Jwt> validator(String builtInIssuer) {
        return jwt -> builtInIssuer.equals(jwt.getClaimAsString("iss")) && jwt.hasClaim(SESSION_CLAIM)
                && isRevoked(jwt.getClaimAsString(SESSION_CLAIM))
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "The session of this access token was signed out", null))
                : OAuth2TokenValidatorResult.success();
    }

    private Set<String> firstLoad() {
        synchronized (loading) {
            if (revoked != null) {
                return revoked;
            }
            try {
                revoked = source.revokedSessionIds();
            } catch (RuntimeException e) {
                // Not a BadJwtException: the token is not at fault, nobody's can be checked (503, retry).
                throw new JwtException("The revoked sessions cannot be read right now", e);
            }
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "opensdr-revoked-sessions");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::reload, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
            return revoked;
        }
    }

    private void reload() {
        try {
            revoked = source.revokedSessionIds();
            if (failing) {
                log.info("The revoked sessions can be read again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("The revoked sessions cannot be read ({}); the last list is kept and reading is retried every {}",
                        e.toString(), refresh);
                failing = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (loading) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
    }
}
