package io.opensdr.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

/** The revoked-session check alone: which tokens it refuses, and how its list follows the source. */
class RevokedSessionsTest {

    static final String ISSUER = "urn:opensdr:campaign-service";

    final Set<String> listed = ConcurrentHashMap.newKeySet();
    final AtomicBoolean sourceDown = new AtomicBoolean();
    final AtomicInteger reads = new AtomicInteger();
    final RevokedSessions revoked = new RevokedSessions(() -> {
        reads.incrementAndGet();
        if (sourceDown.get()) {
            throw new IllegalStateException("campaign-service is down");
        }
        return Set.copyOf(listed);
    }, Duration.ofMillis(50));

    @AfterEach
    void stop() {
        revoked.close();
    }

    @Test
    void shouldRefuseATokenOfARevokedSessionAndAcceptOthers() {
        listed.add("session-out");
        OAuth2TokenValidator<Jwt> validator = revoked.validator(ISSUER);

        assertThat(validator.validate(token(ISSUER, "session-out")).hasErrors()).isTrue();
        assertThat(validator.validate(token(ISSUER, "session-out")).getErrors())
                .anySatisfy(error -> assertThat(error.getErrorCode()).isEqualTo("invalid_token"));
        assertThat(validator.validate(token(ISSUER, "session-in")).hasErrors()).isFalse();
    }

    @Test
    void shouldNotLookUpTokensOfAnExternalIssuerOrWithoutSession() {
        listed.add("session-out");
        OAuth2TokenValidator<Jwt> validator = revoked.validator(ISSUER);

        assertThat(validator.validate(token("https://idp.example/realms/acme", "session-out")).hasErrors()).isFalse();
        assertThat(validator.validate(token(ISSUER, null)).hasErrors()).isFalse();
        assertThat(reads).hasValue(0);
    }

    @Test
    void shouldRefuseATokenWithinAFewRefreshPeriodsOfItsSessionsRevocation() {
        OAuth2TokenValidator<Jwt> validator = revoked.validator(ISSUER);
        assertThat(validator.validate(token(ISSUER, "session-1")).hasErrors()).isFalse();

        listed.add("session-1");

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(validator.validate(token(ISSUER, "session-1")).hasErrors()).isTrue());
    }

    @Test
    void shouldKeepTheLastListWhileTheSourceIsDownAndFollowItWhenBack() {
        listed.add("session-1");
        assertThat(revoked.isRevoked("session-1")).isTrue();

        sourceDown.set(true);
        int before = reads.get();
        await().atMost(Duration.ofSeconds(2)).until(() -> reads.get() > before + 2);
        assertThat(revoked.isRevoked("session-1")).isTrue();

        listed.add("session-2");
        sourceDown.set(false);
        await().atMost(Duration.ofSeconds(2)).until(() -> revoked.isRevoked("session-2"));
    }

    @Test
    void shouldFailAsUncheckableNotAsInvalidUntilTheFirstListIsRead() {
        sourceDown.set(true);

        assertThatThrownBy(() -> revoked.validator(ISSUER).validate(token(ISSUER, "session-1")))
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(org.springframework.security.oauth2.jwt.BadJwtException.class);

        sourceDown.set(false);
        assertThat(revoked.validator(ISSUER).validate(token(ISSUER, "session-1")).hasErrors()).isFalse();
    }

    @Test
    void shouldCheckTheAudienceAndSkipTheSessionLookUpForAnOtherwiseInvalidToken() {
        listed.add("session-out");
        OAuth2TokenValidator<Jwt> validator = AccessTokenDecoders.validator(ISSUER, "opensdr", Duration.ofSeconds(30),
                Clock.systemUTC(), revoked);

        assertThat(validator.validate(token(ISSUER, "session-in")).hasErrors()).isFalse();
        assertThat(validator.validate(tokenFor(List.of("another-api"), "session-in")).hasErrors()).isTrue();
        assertThat(validator.validate(tokenFor(List.of(), "session-in")).hasErrors()).isTrue();
        assertThat(validator.validate(tokenFor(List.of("another-api", "opensdr"), "session-in")).hasErrors()).isFalse();
        assertThat(validator.validate(token(ISSUER, "session-out")).hasErrors()).isTrue();
        sourceDown.set(true);
        RevokedSessions unread = new RevokedSessions(() -> {
            throw new IllegalStateException("down");
        }, Duration.ofSeconds(1));
        OAuth2TokenValidator<Jwt> withUnreadList = AccessTokenDecoders.validator(ISSUER, "opensdr",
                Duration.ofSeconds(30), Clock.systemUTC(), unread);
        assertThat(withUnreadList.validate(tokenFor(List.of("another-api"), "session-in")).hasErrors()).isTrue();
    }

    private static Jwt token(String issuer, String sessionId) {
        Jwt.Builder jwt = base(issuer).audience(List.of("opensdr"));
        if (sessionId != null) {
            jwt.claim("sid", sessionId);
        }
        return jwt.build();
    }

    private static Jwt tokenFor(List<String> audiences, String sessionId) {
        Jwt.Builder jwt = base(ISSUER).claim("sid", sessionId);
        if (!audiences.isEmpty()) {
            jwt.audience(audiences);
        }
        return jwt.build();
    }

    private static Jwt.Builder base(String issuer) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("token").header("alg", "RS256").issuer(issuer).subject("user-1")
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(15)));
    }
}
