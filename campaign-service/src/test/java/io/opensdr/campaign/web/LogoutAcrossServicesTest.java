package io.opensdr.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.opensdr.kit.security.AccessTokenDecoders;
import io.opensdr.kit.security.RevokedSessions;
import io.opensdr.kit.testing.TestMongo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Logout across services, over real HTTP: campaign-service signs a user in and out on its port, and
 * the token verifier every other service builds (service-kit's {@code ResourceServerConfiguration}:
 * the JWKS and the revocation list read over HTTP from campaign-service) accepts the access token
 * before the logout and refuses it within seconds after, long before its 15 minutes are over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.autoconfigure.exclude="
                + "io.opensdr.kit.messaging.EventsKafkaConfiguration,"
                + "io.opensdr.kit.outbox.OutboxConfiguration,"
                + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "opensdr.campaign.auth.cookies.secure=false"})
class LogoutAcrossServicesTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri("campaign-logout-across-services"));
    }

    @LocalServerPort int port;
    @Autowired Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private RevokedSessions revokedSessions;

    @AfterEach
    void stop() {
        if (revokedSessions != null) {
            revokedSessions.close();
        }
    }

    @Test
    void shouldHaveAnotherServiceRefuseTheAccessTokenWithinSecondsOfLogout() throws Exception {
        String base = "http://127.0.0.1:" + port;
        send("POST", base + "/api/auth/signup", "{\"email\":\"across-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com\",\"password\":\"violet-harbour-lantern-42\",\"name\":\"Ada\",\"workspaceName\":\"Engines\"}",
                201);
        String accessToken = cookies.get("opensdr-access");
        assertThat(accessToken).isNotBlank();
        // As in every other service, with the production defaults (2 s between two reads of the list).
        revokedSessions = new RevokedSessions(RevokedSessions.overHttp(URI.create(base + "/api/auth/revocations")),
                Duration.ofSeconds(2));
        JwtDecoder otherService = AccessTokenDecoders.fromJwks(URI.create(base + "/api/auth/jwks"),
                AccessTokenDecoders.validator("urn:opensdr:campaign-service", "opensdr", Duration.ofSeconds(30), clock,
                        revokedSessions));
        assertThat(otherService.decode(accessToken).getSubject()).startsWith("user-");

        send("POST", base + "/api/auth/logout", null, 204);

        await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> assertThatThrownBy(() -> otherService.decode(accessToken))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("signed out"));
    }

    @Test
    void shouldHaveAnotherServiceRefuseARemovedMembersAccessTokenWithinSeconds() throws Exception {
        String base = "http://127.0.0.1:" + port;
        send("POST", base + "/api/auth/signup", "{\"email\":\"owner-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com\",\"password\":\"violet-harbour-lantern-42\",\"name\":\"Ada\",\"workspaceName\":\"Engines\"}",
                201);
        String workspace = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(send("GET", base + "/api/me", null, 200)).path("workspaceId").asText();
        String memberEmail = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(send("POST",
                base + "/api/workspaces/" + workspace + "/invitations", "{\"email\":\"" + memberEmail + "\"}", 201))
                .path("token").asText();
        Map<String, String> owner = new LinkedHashMap<>(cookies);
        cookies.clear();
        send("POST", base + "/api/invitations/accept", "{\"token\":\"" + token
                + "\",\"password\":\"violet-harbour-lantern-42\",\"name\":\"Grace\"}", 200);
        String memberAccessToken = cookies.get("opensdr-access");
        String memberId = null;
        for (var member : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(send("GET", base + "/api/workspaces/" + workspace + "/members", null, 200))) {
            if (member.path("email").asText().equals(memberEmail)) {
                memberId = member.path("userId").asText();
            }
        }
        assertThat(memberId).isNotBlank();
        revokedSessions = new RevokedSessions(RevokedSessions.overHttp(URI.create(base + "/api/auth/revocations")),
                Duration.ofSeconds(2));
        JwtDecoder otherService = AccessTokenDecoders.fromJwks(URI.create(base + "/api/auth/jwks"),
                AccessTokenDecoders.validator("urn:opensdr:campaign-service", "opensdr", Duration.ofSeconds(30), clock,
                        revokedSessions));
        assertThat(otherService.decode(memberAccessToken).getClaimAsString("ws")).isEqualTo(workspace);
        cookies.clear();
        cookies.putAll(owner);

        send("DELETE", base + "/api/workspaces/" + workspace + "/members/" + memberId, null, 204);

        await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> assertThatThrownBy(() -> otherService.decode(memberAccessToken))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("signed out"));
    }

    /** A browser's request: the cookies it holds, the CSRF echo; keeps what Set-Cookie sets; the answer's body. */
    private String send(String method, String uri, String json, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response.body();
    }
}
