package io.opensdr.gateway.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Access tokens shaped like campaign-service's (RS256; {@code iss}, {@code sub}, {@code aud},
 * {@code email}, {@code ws}, {@code role}, {@code sid}, {@code jti}), signed with a key whose public half {@link #jwks()}
 * publishes, as campaign-service's {@code /api/auth/jwks} does.
 */
public final class TestTokens {

  public static final String ISSUER = "urn:opensdr:campaign-service";

  private static final RSAKey KEY = generated("test-key");
  private static final RSAKey OTHER_KEY = generated("test-key");

  private TestTokens() {}

  /** The JWKS document with the signing key's public half. */
  public static String jwks() {
    return new JWKSet(KEY.toPublicJWK()).toString();
  }

  public static final String AUDIENCE = "opensdr";

  public static String valid(String userId) {
    return signed(KEY, ISSUER, userId, Instant.now().plus(Duration.ofMinutes(15)));
  }

  /** A valid token of the given session ({@code sid}). */
  public static String ofSession(String userId, String sessionId) {
    return signed(KEY, ISSUER, userId, Instant.now().plus(Duration.ofMinutes(15)), AUDIENCE, sessionId);
  }

  /** A valid token but for the audience ({@code aud}); null: no {@code aud} at all. */
  public static String forAudience(String userId, String audience) {
    return signed(
        KEY, ISSUER, userId, Instant.now().plus(Duration.ofMinutes(15)), audience, "session-1");
  }

  public static String bearer(String userId) {
    return "Bearer " + valid(userId);
  }

  public static String expired(String userId) {
    return signed(KEY, ISSUER, userId, Instant.now().minus(Duration.ofMinutes(5)));
  }

  /** Same key id, another key: what a forger would send. */
  public static String signedByAnotherKey(String userId) {
    return signed(OTHER_KEY, ISSUER, userId, Instant.now().plus(Duration.ofMinutes(15)));
  }

  public static String fromAnotherIssuer(String userId) {
    return signed(KEY, "https://issuer.example", userId, Instant.now().plus(Duration.ofMinutes(15)));
  }

  private static String signed(RSAKey key, String issuer, String userId, Instant expiresAt) {
    return signed(key, issuer, userId, expiresAt, AUDIENCE, "session-" + UUID.randomUUID());
  }

  private static String signed(
      RSAKey key,
      String issuer,
      String userId,
      Instant expiresAt,
      String audience,
      String sessionId) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .claim("sid", sessionId)
            .subject(userId)
            .claim("email", userId + "@example.com")
            .claim("ws", "ws-" + userId)
            .claim("role", "OWNER")
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
            .expirationTime(Date.from(expiresAt))
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static RSAKey generated(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
