package io.opensdr.kit.security;

import com.nimbusds.jwt.JWTParser;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * The verifiers of access tokens. campaign-service's tokens: RS256, signed by a key of its JWKS
 * (fetched on the first token, cached, fetched again when a token names an unknown key), with its
 * issuer, within their lifetime. When {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * names an OpenID Connect provider, tokens whose {@code iss} is that provider are verified with the
 * provider's published keys (discovered lazily too) instead. Switching is configuration only.
 */
public final class AccessTokenDecoders {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private AccessTokenDecoders() {
    }

    /** Verifies campaign-service's tokens against its published key set. */
    public static JwtDecoder fromJwks(URI jwksUri, String issuer, Duration clockSkew, Clock clock) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri.toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requests))
                .build();
        decoder.setJwtValidator(validator(issuer, clockSkew, clock));
        return decoder;
    }

    /** Timestamps (with the given skew, on the given clock) and the issuer. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, Duration clockSkew, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.<OAuth2TokenValidator<Jwt>>of(timestamps,
                new JwtIssuerValidator(issuer)));
    }

    /**
     * {@code builtIn} alone when {@code externalIssuer} is blank; otherwise tokens of that issuer go to
     * the provider's keys (discovered on first use) and every other token to {@code builtIn}.
     */
    public static JwtDecoder withExternalIssuer(JwtDecoder builtIn, String externalIssuer) {
        if (externalIssuer == null || externalIssuer.isBlank()) {
            return builtIn;
        }
        JwtDecoder external = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(externalIssuer));
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
