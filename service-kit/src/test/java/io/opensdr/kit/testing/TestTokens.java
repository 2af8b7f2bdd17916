package io.opensdr.kit.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.opensdr.kit.security.Caller;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Access tokens for tests, checked by the production path: a test RSA key whose public half is
 * served as a JWKS over real HTTP (a JDK server on a free port), as campaign-service serves its own,
 * and tokens signed with it as campaign-service signs them (RS256; iss, sub, aud, email, ws, role,
 * sid, jti; 15 minutes). Beside the JWKS it serves the list of signed-out sessions
 * ({@code /api/auth/revocations}, see {@link #revoke}). A test registers {@link #jwksUri()} as
 * {@code opensdr.security.jwks-uri} ({@link #register}) and sends {@code Authorization: Bearer} + {@link #mint}.
 *
 * <pre>{@code
 * static final TestTokens TOKENS = TestTokens.start();
 * @DynamicPropertySource static void tokens(DynamicPropertyRegistry registry) { TOKENS.register(registry); }
 * ... .header("Authorization", TOKENS.bearer(TestTokens.member("workspace-a")))
 * }</pre>
 */
public final class TestTokens implements AutoCloseable {

    public static final String ISSUER = "urn:opensdr:campaign-service";
    public static final String AUDIENCE = "opensdr";

    private final HttpServer server;
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private final Set<String> revokedSessions = ConcurrentHashMap.newKeySet();
    private volatile RSAKey key;
    private volatile Clock clock = Clock.systemUTC();

    private TestTokens(HttpServer server) {
        this.server = server;
        this.key = newKey();
    }

    /** Starts the JWKS server; it stops with the JVM, or on {@link #close()}. */
    public static TestTokens start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestTokens tokens = new TestTokens(server);
            server.createContext("/api/auth/jwks", exchange -> {
                tokens.jwksRequests.incrementAndGet();
                byte[] body = new JWKSet(tokens.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.createContext("/api/auth/revocations", exchange -> {
                StringBuilder json = new StringBuilder("{\"sessions\":[");
                json.append(String.join(",", tokens.revokedSessions.stream().map(id -> "\"" + id + "\"").toList()));
                byte[] body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member of the workspace, with a user id of its own. */
    public static Caller member(String workspaceId) {
        return new Caller("user-" + UUID.randomUUID(), workspaceId, Caller.MEMBER, "member@" + workspaceId + ".test");
    }

    public static Caller owner(String workspaceId) {
        return new Caller("user-" + UUID.randomUUID(), workspaceId, Caller.OWNER, "owner@" + workspaceId + ".test");
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/auth/jwks";
    }

    /** Points the service under test at this JWKS. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("opensdr.security.jwks-uri", this::jwksUri);
    }

    /** Mints on this clock from now on (the service's, when a test moves it). */
    public TestTokens useClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** A valid token for the caller. */
    public String mint(Caller caller) {
        return token(caller).sign();
    }

    /** {@code "Bearer " + mint(caller)}. */
    public String bearer(Caller caller) {
        return "Bearer " + mint(caller);
    }

    /** A token to shape before signing (expired, another issuer, no workspace, unknown key...). */
    public Draft token(Caller caller) {
        return new Draft(caller);
    }

    /**
     * For a {@code TestRestTemplate}/{@code RestTemplate}: each request goes as a member of the
     * workspace {@code workspaceOfCampaign} names for the campaign in its path ({@code /campaigns/{id}/}),
     * or of {@code workspaceOfCampaign.apply("")} when the path names none.
     */
    public ClientHttpRequestInterceptor asMemberOfTheCampaignsWorkspace(Function<String, String> workspaceOfCampaign) {
        return (request, body, execution) -> {
            request.getHeaders().setBearerAuth(mint(member(workspaceOfCampaign.apply(campaignIn(request.getURI().getPath())))));
            return execution.execute(request, body);
        };
    }

    /** The campaign id in a path ({@code /api/x/campaigns/c-1/progress} → {@code c-1}), or "". */
    public static String campaignIn(String path) {
        int at = path.indexOf("/campaigns/");
        if (at < 0) {
            return "";
        }
        String rest = path.substring(at + "/campaigns/".length());
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }

    /** Signs with a new key from now on and serves it; tokens of the previous key no longer verify. */
    public void rotateKey() {
        this.key = newKey();
    }

    /** Lists the session as signed out, as campaign-service does after a logout ({@code sid} of the tokens). */
    public void revoke(String sessionId) {
        revokedSessions.add(sessionId);
    }

    public int jwksRequests() {
        return jwksRequests.get();
    }

    /** Stops serving the key set, as a campaign-service that is down. */
    @Override
    public void close() {
        server.stop(0);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token being shaped. */
    public final class Draft {

        private final Caller caller;
        private String issuer = ISSUER;
        private Duration lifetime = Duration.ofMinutes(15);
        private Instant issuedAt;
        private boolean withWorkspace = true;
        private RSAKey signingKey;
        private List<String> audiences = List.of(AUDIENCE);
        private String sessionId = "session-" + UUID.randomUUID();

        private Draft(Caller caller) {
            this.caller = caller;
        }

        /** The {@code aud} claim's values (none: no claim). */
        public Draft audience(String... audiences) {
            this.audiences = List.of(audiences);
            return this;
        }

        /** The session ({@code sid}) the token belongs to; null: no {@code sid} claim. */
        public Draft session(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Draft issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Issued {@code ago} and valid for {@code lifetime}: expired when ago > lifetime (+ the allowed skew). */
        public Draft issued(Duration ago, Duration lifetime) {
            this.issuedAt = clock.instant().minus(ago);
            this.lifetime = lifetime;
            return this;
        }

        public Draft withoutWorkspace() {
            this.withWorkspace = false;
            return this;
        }

        /** Signed by a key the JWKS does not publish (same key id, so only the signature is wrong). */
        public Draft signedByAnotherKey() {
            try {
                this.signingKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        public String sign() {
            RSAKey signer = signingKey != null ? signingKey : key;
            Instant iat = issuedAt != null ? issuedAt : clock.instant();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(caller.userId())
                    .claim("email", caller.email())
                    .claim("role", caller.role())
                    .issueTime(Date.from(iat))
                    .expirationTime(Date.from(iat.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString());
            if (!audiences.isEmpty()) {
                claims.audience(audiences);
            }
            if (sessionId != null) {
                claims.claim("sid", sessionId);
            }
            if (withWorkspace) {
                claims.claim("ws", caller.workspaceId());
            }
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                        .type(JOSEObjectType.JWT).build(), claims.build());
                jwt.sign(new RSASSASigner(signer));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
