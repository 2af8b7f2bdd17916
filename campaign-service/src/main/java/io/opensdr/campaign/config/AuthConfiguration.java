package io.opensdr.campaign.config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.opensdr.campaign.domain.AccessTokenIssuer;
import io.opensdr.campaign.domain.AuthPolicy;
import io.opensdr.campaign.domain.PasswordHashing;
import io.opensdr.campaign.domain.RefreshTokenSuccessors;
import io.opensdr.campaign.domain.RevokedSessionStore;
import io.opensdr.campaign.web.SignedInUser;
import io.opensdr.campaign.web.SignedInUserToken;
import io.opensdr.kit.security.AccessTokenDecoders;
import io.opensdr.kit.security.RevokedSessions;
import io.opensdr.campaign.domain.UserAccount;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The built-in token issuer and the resource server's view of tokens. Access tokens are RS256
 * JWTs signed with the configured (or generated) key; the JWKS endpoint publishes its public half.
 * Incoming tokens are verified with that key, or, when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names an OpenID Connect provider,
 * tokens whose {@code iss} is that provider are verified with the provider's published keys
 * (discovered lazily, on first use) and read with {@code opensdr.campaign.auth.workspace-claim}.
 * Switching is configuration only.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    static final String WORKSPACE_CLAIM = "ws";
    static final String ROLE_CLAIM = "role";
    static final String EMAIL_CLAIM = "email";

    @Bean
    AuthPolicy authPolicy(AuthProperties properties) {
        AuthProperties.Lockout lockout = properties.lockout();
        return new AuthPolicy(properties.refreshTokenTtl(), properties.invitationTtl(), lockout.maxAccountFailures(),
                lockout.maxAddressFailures(), lockout.window(), lockout.duration(), properties.accessTokenTtl(),
                properties.refreshReuseGrace());
    }

    @Bean
    PasswordHashing passwordHashing(PasswordEncoder encoder) {
        return new PasswordHashing() {
            @Override
            public String hash(String password) {
                return encoder.encode(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                return encoder.matches(password, hash);
            }
        };
    }

    @Bean
    RSAKey tokenSigningKey(AuthProperties properties) {
        return SigningKeys.load(properties.signing());
    }

    /** The public half only: what {@code GET /api/auth/jwks} serves. */
    @Bean
    JWKSet publicJwks(RSAKey tokenSigningKey) {
        return new JWKSet(tokenSigningKey.toPublicJWK());
    }

    @Bean
    AccessTokenIssuer accessTokenIssuer(RSAKey tokenSigningKey, AuthProperties properties, Clock clock) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(tokenSigningKey)));
        return (user, membership, sessionId) -> {
            Instant now = clock.instant();
            Instant expiresAt = now.plus(properties.accessTokenTtl());
            JwtClaimsSet claims = JwtClaimsSet.builder()
                    .issuer(properties.issuer())
                    .subject(user.id())
                    .audience(List.of(properties.audience()))
                    .claim(RevokedSessions.SESSION_CLAIM, sessionId)
                    .claim(EMAIL_CLAIM, user.email())
                    .claim(WORKSPACE_CLAIM, membership.workspaceId())
                    .claim(ROLE_CLAIM, membership.role().name())
                    .issuedAt(now)
                    .expiresAt(expiresAt)
                    .id(UUID.randomUUID().toString())
                    .build();
            JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(tokenSigningKey.getKeyID()).type("JWT").build();
            String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
            return new AccessTokenIssuer.AccessToken(value, expiresAt);
        };
    }

    /**
     * Successors of refresh tokens: HMAC-SHA256 of the used token, keyed with a key derived from the
     * token signing key (a secret every replica shares already, so no second one to configure).
     */
    @Bean
    RefreshTokenSuccessors refreshTokenSuccessors(RSAKey tokenSigningKey) throws JOSEException {
        byte[] key;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("opensdr refresh-token successors v1".getBytes(StandardCharsets.UTF_8));
            key = sha256.digest(tokenSigningKey.toRSAPrivateKey().getEncoded());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
        SecretKeySpec hmacKey = new SecretKeySpec(key, "HmacSHA256");
        return refreshToken -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(hmacKey);
                return Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(mac.doFinal(refreshToken.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException("Every JVM has HmacSHA256", impossible);
            }
        };
    }

    /**
     * The sessions signed out, read from this service's own store every
     * {@code opensdr.campaign.auth.revocations-refresh}, as every other service reads them from
     * {@code GET /api/auth/revocations} (so several replicas agree within that period).
     */
    @Bean
    RevokedSessions revokedSessions(RevokedSessionStore store, AuthProperties properties, Clock clock) {
        return new RevokedSessions(() -> store.revokedAt(clock.instant()), properties.revocationsRefresh());
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey tokenSigningKey, AuthProperties properties, Clock clock, RevokedSessions revokedSessions,
                          @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String externalIssuer,
                          @Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> externalAudiences)
            throws JOSEException {
        NimbusJwtDecoder builtIn = NimbusJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        // The same checks as every other service's (service-kit), on this service's clock.
        builtIn.setJwtValidator(AccessTokenDecoders.validator(properties.issuer(), properties.audience(),
                AuthPolicy.CLOCK_SKEW, clock, revokedSessions));
        List<String> audiences = externalAudiences.stream().filter(a -> a != null && !a.isBlank()).toList();
        return AccessTokenDecoders.withExternalIssuer(builtIn, externalIssuer,
                audiences.isEmpty() ? List.of(properties.audience()) : audiences);
    }

    @Bean
    TokenUsers tokenUsers(AuthProperties properties) {
        return new TokenUsers(properties.issuer(), properties.workspaceClaim());
    }

    /**
     * A verified token becomes the same {@link SignedInUser} HTTP Basic gives the controllers:
     * the subject, the email, and the workspace from the token's workspace claim ({@code ws} in
     * the built-in tokens, the configured claim in an external provider's). Not a {@code Converter}
     * bean, which Spring MVC and Kafka would take for a type converter of theirs.
     */
    static final class TokenUsers {

        private final String builtInIssuer;
        private final String externalWorkspaceClaim;

        TokenUsers(String builtInIssuer, String externalWorkspaceClaim) {
            this.builtInIssuer = builtInIssuer;
            this.externalWorkspaceClaim = externalWorkspaceClaim;
        }

        AbstractAuthenticationToken toUser(Jwt jwt) {
            boolean builtIn = builtInIssuer.equals(jwt.getClaimAsString("iss"));
            String workspace = jwt.getClaimAsString(builtIn ? WORKSPACE_CLAIM : externalWorkspaceClaim);
            if (jwt.getSubject() == null || workspace == null || workspace.isBlank()) {
                throw new InvalidBearerTokenException("The access token names no user or no workspace");
            }
            String role = jwt.getClaimAsString(ROLE_CLAIM);
            // The session only of the built-in tokens: an external provider's sid names its own sessions.
            SignedInUser user = new SignedInUser(new UserAccount(jwt.getSubject(), jwt.getClaimAsString(EMAIL_CLAIM),
                    null, workspace), builtIn ? jwt.getClaimAsString(RevokedSessions.SESSION_CLAIM) : null);
            return new SignedInUserToken(user, List.of(new SimpleGrantedAuthority("ROLE_USER"),
                    new SimpleGrantedAuthority("WORKSPACE_" + (role == null ? "MEMBER" : role))));
        }
    }
}
