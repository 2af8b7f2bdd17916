package io.opensdr.kit.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks access tokens ({@code opensdr.security.*}).
 *
 * @param jwksUri        where campaign-service publishes the public keys of the tokens it signs; read on
 *                       the first token, not at start, so a service starts before campaign-service
 * @param issuer         the {@code iss} of campaign-service's tokens
 * @param workspaceClaim the claim naming the workspace in tokens of an external OpenID Connect provider
 *                       ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}); campaign-service's own
 *                       tokens always carry {@code ws}
 * @param clockSkew      how far a token's timestamps may be off
 * @param publicPaths    the service's routes that need no token, as path patterns, optionally preceded by
 *                       a method ({@code "POST /api/outreach/webhooks/**"}); also declarable as
 *                       {@link PublicPaths} beans
 * @param cookies        the cookie names the browser carries the token in
 * @param audience       the {@code aud} campaign-service's tokens must name (its
 *                       {@code opensdr.campaign.auth.audience}); an external provider's tokens must name one of
 *                       {@code spring.security.oauth2.resourceserver.jwt.audiences}, this one when that is unset
 * @param revocationsUri where campaign-service lists the sessions signed out ({@link RevokedSessions}); unset:
 *                       {@code revocations} beside the JWKS ({@code .../api/auth/revocations})
 * @param revocationsRefresh how often that list is read again: the longest a signed-out session's token is
 *                       still accepted (plus one fetch)
 */
@ConfigurationProperties(prefix = "opensdr.security")
public record SecurityProperties(
        @DefaultValue("http://127.0.0.1:8082/api/auth/jwks") URI jwksUri,
        @DefaultValue("urn:opensdr:campaign-service") String issuer,
        @DefaultValue("ws") String workspaceClaim,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue List<String> publicPaths,
        @DefaultValue Cookies cookies,
        @DefaultValue("opensdr") String audience,
        URI revocationsUri,
        @DefaultValue("2s") Duration revocationsRefresh) {

    /** The revocation list's address: the configured one, or {@code revocations} beside the JWKS. */
    public URI revocations() {
        return revocationsUri != null ? revocationsUri : jwksUri.resolve("revocations");
    }

    /**
     * @param secure as campaign-service's {@code opensdr.campaign.auth.cookies.secure}: true (the default) reads
     *               {@code __Host-opensdr-access}; false, only for a plain-http local stack, {@code opensdr-access}
     */
    public record Cookies(@DefaultValue("true") boolean secure) {
    }
}
