package io.opensdr.kit.security;

import com.nimbusds.jwt.JWTParser;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * The verifiers of access tokens. campaign-service's tokens: RS256, signed by a key of its JWKS
 * (fetched on the first token, cached, fetched again when a token names an unknown key), with its
 * issuer, its audience ({@code aud}), within their lifetime, and of a session not signed out
 * ({@link RevokedSessions}). When {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * names an OpenID Connect provider, tokens whose {@code iss} is that provider are verified with the
 * provider's published keys (discovered lazily too), its issuer and the configured audience instead.
 * Switching is configuration only.
 */
public final class AccessTokenDecoders {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private AccessTokenDecoders() {
    }

    /** Verifies campaign-service's tokens against its published key set. */
    public static JwtDecoder fromJwks(URI jwksUri, OAuth2TokenValidator<Jwt> validator) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri.toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requests))
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    /**
     * Timestamps (with the given skew, on the given clock), the issuer, the audience, and, when
     * {@code revokedSessions} is not null, that the token's session was not signed out.
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration clockSkew, Clock clock,
                                                      RevokedSessions revokedSessions) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> token = new DelegatingOAuth2TokenValidator<>(List.<OAuth2TokenValidator<Jwt>>of(
                timestamps, new JwtIssuerValidator(issuer), audience(List.of(audience))));
        if (revokedSessions == null) {
            return token;
        }
        // The session is looked up only for a token otherwise valid (an expired one is refused as such).
        OAuth2TokenValidator<Jwt> session = revokedSessions.validator(issuer);
        return jwt -> {
            OAuth2TokenValidatorResult checked = token.validate(jwt);
            return checked.hasErrors() ? checked : session.validate(jwt);
        };
    }

    /** A token must name at least one of the audiences in its {@code aud} claim. */
    public static OAuth2TokenValidator<Jwt> audience(Collection<String> accepted) {
        List<String> audiences = accepted.stream().filter(a -> a != null && !a.isBlank()).toList();
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("At least one accepted audience is needed");
        }
        OAuth2Error wrongAudience = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The access token is not meant for this API (aud)", null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().stream().anyMatch(audiences::contains)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(wrongAudience);
    }

    /**
     * {@code builtIn} alone when {@code externalIssuer} is blank; otherwise tokens of that issuer go to
     * the provider's keys (discovered on first use), checked for its issuer, their lifetime and one of
     * {@code externalAudiences}, and every other token to {@code builtIn}.
     */
    public static JwtDecoder withExternalIssuer(JwtDecoder builtIn, String externalIssuer,
                                                Collection<String> externalAudiences) {
        if (externalIssuer == null || externalIssuer.isBlank()) {
            return builtIn;
        }
        OAuth2TokenValidator<Jwt> audience = audience(externalAudiences);
        JwtDecoder external = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder provider = NimbusJwtDecoder.withIssuerLocation(externalIssuer).build();
            provider.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(externalIssuer), audience));
            return provider;
        });
        return token -> externalIssuer.equals(unverifiedIssuer(token)) ? external.decode(token) : builtIn.decode(token);
    }

    /** Only picks the verifier; each verifier then checks the signature and the issuer itself. */
    private static String unverifiedIssuer(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw new BadJwtException("The token is not a JWT");
        }
    }
}
