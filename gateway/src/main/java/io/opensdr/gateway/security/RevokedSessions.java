package io.opensdr.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's side of logout (the design is service-kit's {@code RevokedSessions}: access tokens
 * name their session in {@code sid}; campaign-service lists the sessions signed out until their
 * tokens expire at {@code GET /api/auth/revocations}). A token of campaign-service whose session is
 * on the list is refused with a 401, like an expired one.
 *
 * <p>Never blocking the event loop, and never older than {@code refresh} when a token is checked:
 * a check finding the list older waits for a fresh read, which all requests of that moment share.
 * A read that fails keeps the last list (logged once per outage) and is tried again one period
 * later, so a campaign-service that is down (and so cannot sign anybody out) slows no request more
 * than once a period. Before the first list is read, tokens cannot be checked: 503, as when the
 * JWKS is unreachable.
 */
final class RevokedSessions {

  static final String SESSION_CLAIM = "sid";
  private static final Logger log = LoggerFactory.getLogger(RevokedSessions.class);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

  /** The body of {@code GET /api/auth/revocations}. */
  record RevocationList(List<String> sessions) {}

  private record Snapshot(Set<String> sessions, Instant readAt) {}

  private final WebClient http;
  private final RevocationProperties properties;
  private final Clock clock;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
  private final AtomicReference<Mono<Set<String>>> reading = new AtomicReference<>();
  private volatile boolean failing;

  RevokedSessions(WebClient.Builder http, RevocationProperties properties, Clock clock) {
    this.http = http.build();
    this.properties = properties;
    this.clock = clock;
  }

  /** The authentication, unless its token belongs to a signed-out session of campaign-service. */
  Mono<Authentication> refuseIfSignedOut(Authentication authentication) {
    if (!(authentication instanceof JwtAuthenticationToken token)
        || !properties.issuer().equals(token.getToken().getClaimAsString("iss"))
        || !token.getToken().hasClaim(SESSION_CLAIM)) {
      return Mono.just(authentication);
    }
    String session = token.getToken().getClaimAsString(SESSION_CLAIM);
    return current()
        .flatMap(
            revoked ->
                revoked.contains(session)
                    ? Mono.error(
                        new InvalidBearerTokenException(
                            "The session of this access token was signed out"))
                    : Mono.just(authentication));
  }

  /** The list, read again first when it is older than the refresh period. */
  Mono<Set<String>> current() {
    Snapshot known = snapshot.get();
    if (known != null && clock.instant().isBefore(known.readAt().plus(properties.refresh()))) {
      return Mono.just(known.sessions());
    }
    return Mono.defer(this::sharedRead);
  }

  private Mono<Set<String>> sharedRead() {
    Mono<Set<String>> inFlight = reading.get();
    if (inFlight != null) {
      return inFlight;
    }
    Mono<Set<String>> read = read().doFinally(signal -> reading.set(null)).cache();
    return reading.compareAndSet(null, read) ? read : sharedRead();
  }

  private Mono<Set<String>> read() {
    return http.get()
        .uri(properties.uri())
        .retrieve()
        .bodyToMono(RevocationList.class)
        .timeout(READ_TIMEOUT)
        .map(
            list -> {
              if (list.sessions() == null) {
                throw new IllegalStateException("The revocation list has no sessions");
              }
              Set<String> sessions = Set.copyOf(list.sessions());
              snapshot.set(new Snapshot(sessions, clock.instant()));
              if (failing) {
                log.info("The revoked sessions can be read again");
                failing = false;
              }
              return sessions;
            })
        .onErrorResume(
            failure -> {
              Snapshot last = snapshot.get();
              if (!failing) {
                log.warn(
                    "The revoked sessions cannot be read from {} ({}); {}",
                    properties.uri(),
                    failure.toString(),
                    last == null
                        ? "tokens cannot be checked until they can"
                        : "the last list is kept and read again in " + properties.refresh());
                failing = true;
              }
              if (last == null) {
                // Not an AuthenticationException: the gateway answers 503 (nobody's token can be checked).
                return Mono.error(
                    new IllegalStateException("The revoked sessions cannot be read", failure));
              }
              snapshot.set(new Snapshot(last.sessions(), clock.instant()));
              return Mono.just(last.sessions());
            });
  }
}
