package io.opensdr.campaign.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * An external OpenID Connect provider by configuration only: {@code issuer-uri} names it (here a
 * stand-in serving the documented discovery document and JWKS), {@code workspace-claim} names its
 * workspace claim. Its tokens are then accepted beside the built-in ones, when they name this API's
 * audience ({@code spring.security.oauth2.resourceserver.jwt.audiences}, else {@code opensdr}).
 */
@TestPropertySource(properties = "opensdr.campaign.auth.workspace-claim=tenant")
class ExternalIssuerTest extends AuthTestSupport {

    private static final RSAKey PROVIDER_KEY = newKey("provider-key-1");
    private static final HttpServer PROVIDER = startProvider();
    private static final String ISSUER = "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realms/acme";

    @DynamicPropertySource
    static void externalIssuer(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Test
    void shouldAcceptTheProvidersTokenAndReadTheWorkspaceFromTheConfiguredClaim() throws Exception {
        String token = providerToken(PROVIDER_KEY, claims().claim("tenant", "demo-workspace").build());

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("jane@acme.example"))
                .andExpect(jsonPath("$.workspaceId").value("demo-workspace"))
                .andExpect(jsonPath("$.workspaceName").value("Demo workspace"));
    }

    @Test
    void shouldRefuseAProviderTokenWithoutTheWorkspaceClaim() throws Exception {
        String token = providerToken(PROVIDER_KEY, claims().claim("ws", "demo-workspace").build());

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldRefuseAProviderTokenMeantForAnotherAudience() throws Exception {
        String token = providerToken(PROVIDER_KEY, claims().claim("tenant", "demo-workspace").audience("account").build());

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldRefuseATokenClaimingTheProviderButSignedWithAnotherKey() throws Exception {
        String token = providerToken(newKey("provider-key-1"), claims().claim("tenant", "demo-workspace").build());

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldRefuseAnExpiredProviderToken() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String token = providerToken(PROVIDER_KEY, claims().claim("tenant", "demo-workspace")
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build());

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldStillAcceptTheBuiltInTokens() throws Exception {
        String email = newEmail();
        Browser browser = signedUp(email);

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + browser.accessToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("opensdr").subject("acme|jane").claim("email", "jane@acme.example")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String providerToken(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's two documents: OpenID Connect discovery and its JWKS. */
    private static HttpServer startProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/acme";
            server.createContext("/realms/acme/.well-known/openid-configuration", exchange -> {
                String discovery = "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/protocol/openid-connect/certs\","
                        + "\"authorization_endpoint\":\"" + base + "/protocol/openid-connect/auth\","
                        + "\"token_endpoint\":\"" + base + "/protocol/openid-connect/token\","
                        + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
                send(exchange, discovery);
            });
            server.createContext("/realms/acme/protocol/openid-connect/certs",
                    exchange -> send(exchange, new JWKSet(PROVIDER_KEY.toPublicJWK()).toString()));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
