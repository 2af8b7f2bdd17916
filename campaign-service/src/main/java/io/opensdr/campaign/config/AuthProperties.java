package io.opensdr.campaign.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Accounts and sign-in ({@code opensdr.campaign.auth.*}).
 *
 * @param issuer          the {@code iss} of the access tokens this service signs
 * @param accessTokenTtl  an access token's life
 * @param refreshTokenTtl a refresh token's life (each refresh issues a new one)
 * @param invitationTtl   how long an invitation can be accepted
 * @param workspaceClaim  the claim that names the workspace in tokens from an external OpenID Connect
 *                        provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}); the
 *                        built-in tokens always carry {@code ws}
 * @param signing         the RSA key pair that signs access tokens; generated at start when unset
 * @param cookies         how the tokens travel to a browser
 * @param lockout         when failed sign-ins lock an account or an address
 * @param audience        the {@code aud} of the access tokens this service signs, which every service and the
 *                        gateway require ({@code opensdr.security.audience}, {@code opensdr.gateway.security.audience})
 * @param refreshReuseGrace how long a used refresh token may be presented again for the same successor (two tabs
 *                        refreshing together); after it, presenting it again revokes its family
 * @param revocationsRefresh how often this service reads the revoked sessions again (as every service does)
 */
@ConfigurationProperties(prefix = "opensdr.campaign.auth")
public record AuthProperties(
        @DefaultValue("urn:opensdr:campaign-service") String issuer,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl,
        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("ws") String workspaceClaim,
        @DefaultValue Signing signing,
        @DefaultValue Cookies cookies,
        @DefaultValue Lockout lockout,
        @DefaultValue("opensdr") String audience,
        @DefaultValue("10s") Duration refreshReuseGrace,
        @DefaultValue("2s") Duration revocationsRefresh) {

    /**
     * @param privateKey         a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) RSA private key, as a value
     *                           (e.g. from a Kubernetes Secret in {@code OPENSDR_CAMPAIGN_AUTH_SIGNING_PRIVATE_KEY})
     * @param privateKeyLocation the same read from a resource ({@code file:/run/secrets/jwt.pem})
     */
    public record Signing(String privateKey, Resource privateKeyLocation) {
    }

    /** @param secure mark cookies Secure (and use the {@code __Host-}/{@code __Secure-} names); off only for local http */
    public record Cookies(@DefaultValue("true") boolean secure) {
    }

    public record Lockout(
            @DefaultValue("5") int maxAccountFailures,
            @DefaultValue("20") int maxAddressFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration duration) {
    }
}
