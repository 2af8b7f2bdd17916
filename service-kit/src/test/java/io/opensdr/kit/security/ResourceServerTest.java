package io.opensdr.kit.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.testing.TestTokens;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shared resource server through MockMvc, with tokens verified against a JWKS served over HTTP. */
@WebMvcTest(properties = {"opensdr.security.public-paths=/probe/open-by-property",
        "opensdr.security.revocations-refresh=100ms"})
@ContextConfiguration(classes = {ResourceServerTest.Probe.class, ResourceServerTest.Routes.class})
class ResourceServerTest {

    static final TestTokens TOKENS = TestTokens.start();
    static final Caller ALICE = new Caller("user-alice", "ws-a", Caller.OWNER, "alice@a.test");

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
    }

    @Autowired MockMvc http;

    @Test
    void shouldGiveTheControllerTheCallerOfAValidToken() throws Exception {
        http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value("user-alice"))
                .andExpect(jsonPath("$.workspaceId").value("ws-a"))
                .andExpect(jsonPath("$.role").value("OWNER"))
                .andExpect(jsonPath("$.email").value("alice@a.test"));
    }

    @Test
    void shouldTakeTheCallerFromTheTokenNeverFromRequestParameters() throws Exception {
        http.perform(get("/probe/me").param("userId", "user-mallory").param("workspaceId", "ws-b").param("role", "OWNER")
                        .header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(new Caller("user-bob", "ws-a", Caller.MEMBER, "bob@a.test"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value("user-bob"))
                .andExpect(jsonPath("$.workspaceId").value("ws-a"))
                .andExpect(jsonPath("$.role").value("MEMBER"));
    }

    @Test
    void shouldRefuseARequestWithoutTokenWithA401Problem() throws Exception {
        unauthorized(http.perform(get("/probe/me")));
    }

    @Test
    void shouldRefuseAnExpiredToken() throws Exception {
        String expired = TOKENS.token(ALICE).issued(Duration.ofMinutes(20), Duration.ofMinutes(15)).sign();
        invalidToken(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)));
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws Exception {
        String forged = TOKENS.token(ALICE).signedByAnotherKey().sign();
        invalidToken(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)));
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() throws Exception {
        String foreign = TOKENS.token(ALICE).issuer("https://issuer.elsewhere.test").sign();
        invalidToken(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + foreign)));
    }

    @Test
    void shouldRefuseATokenForAnotherAudienceOrWithoutOne() throws Exception {
        String otherApi = TOKENS.token(ALICE).audience("billing-api").sign();
        invalidToken(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + otherApi)));
        String noAudience = TOKENS.token(ALICE).audience().sign();
        invalidToken(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + noAudience)));
    }

    @Test
    void shouldRefuseATokenWithinSecondsOfItsSessionsLogout() throws Exception {
        String session = "session-" + java.util.UUID.randomUUID();
        String token = TOKENS.token(ALICE).session(session).sign();
        String otherSession = TOKENS.mint(ALICE);
        http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());

        TOKENS.revoke(session);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> invalidToken(
                http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))));
        invalidToken(http.perform(get("/probe/me").cookie(new Cookie(AccessTokens.SECURE_ACCESS_COOKIE, token))));
        http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + otherSession))
                .andExpect(status().isOk());
    }

    @Test
    void shouldRefuseAMemberAnOwnerOnlyActionWithA403ProblemAndLetTheOwnerThrough() throws Exception {
        Caller member = new Caller("user-bob", "ws-a", Caller.MEMBER, "bob@a.test");
        http.perform(post("/probe/owners-only").header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(member)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("Only an owner of the workspace may change the probe."));
        http.perform(post("/probe/owners-only").header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changedBy").value("user-alice"));
    }

    @Test
    void shouldRefuseATokenWithoutWorkspace() throws Exception {
        String noWorkspace = TOKENS.token(ALICE).withoutWorkspace().sign();
        invalidToken(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + noWorkspace)));
    }

    @Test
    void shouldRefuseGarbageAndBasicCredentials() throws Exception {
        invalidToken(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt")));
        unauthorized(http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, "Basic ZGVtbzpkZW1v")));
    }

    @Test
    void shouldAcceptTheTokenFromTheAccessCookie() throws Exception {
        http.perform(get("/probe/me").cookie(new Cookie(AccessTokens.SECURE_ACCESS_COOKIE, TOKENS.mint(ALICE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceId").value("ws-a"));
    }

    @Test
    void shouldRefuseACookieOnlyChangeWithoutTheCsrfHeader() throws Exception {
        http.perform(post("/probe/change").cookie(new Cookie(AccessTokens.SECURE_ACCESS_COOKIE, TOKENS.mint(ALICE))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail", containsString("X-XSRF-TOKEN")));
        http.perform(post("/probe/change").cookie(new Cookie(AccessTokens.SECURE_ACCESS_COOKIE, TOKENS.mint(ALICE)),
                        new Cookie("XSRF-TOKEN", "csrf-1")).header("X-XSRF-TOKEN", "csrf-2"))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldAcceptACookieOnlyChangeThatEchoesTheCsrfCookie() throws Exception {
        http.perform(post("/probe/change").cookie(new Cookie(AccessTokens.SECURE_ACCESS_COOKIE, TOKENS.mint(ALICE)),
                        new Cookie("XSRF-TOKEN", "csrf-1")).header("X-XSRF-TOKEN", "csrf-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changedBy").value("user-alice"));
    }

    @Test
    void shouldAcceptABearerChangeWithoutCsrfToken() throws Exception {
        http.perform(post("/probe/change").header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(ALICE))
                        .cookie(new Cookie(AccessTokens.SECURE_ACCESS_COOKIE, "stale")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changedBy").value("user-alice"));
    }

    @Test
    void shouldLetPublicRoutesThroughWithoutTokenAndIgnoreAStaleCookie() throws Exception {
        String expired = TOKENS.token(ALICE).issued(Duration.ofHours(1), Duration.ofMinutes(15)).sign();
        http.perform(post("/probe/open/hook")).andExpect(status().isOk());
        http.perform(post("/probe/open/hook").cookie(new Cookie(AccessTokens.SECURE_ACCESS_COOKIE, expired)))
                .andExpect(status().isOk());
        http.perform(post("/probe/open/hook").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired))
                .andExpect(status().isOk());
        http.perform(get("/probe/open-by-property")).andExpect(status().isOk());
        // "GET /probe/open-get" is public for GET only.
        http.perform(get("/probe/open-get")).andExpect(status().isOk());
        unauthorized(http.perform(post("/probe/open-get")));
    }

    @Test
    void shouldVerifyTokensOfANewKeyAfterTheIssuerRotatesIt() throws Exception {
        http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(ALICE))).andExpect(status().isOk());
        TOKENS.rotateKey();
        http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(ALICE))).andExpect(status().isOk());
    }

    private static void invalidToken(ResultActions result) throws Exception {
        unauthorized(result).andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
    }

    private static ResultActions unauthorized(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @RestController
    static class Probe {

        // Lenient: the parameters reach the controller, to show they do not make the caller (elsewhere they are refused).
        @GetMapping("/probe/me")
        @io.opensdr.kit.web.LenientParameters
        Caller me(Caller caller) {
            return caller;
        }

        @PostMapping("/probe/change")
        Map<String, String> change(Caller caller) {
            return Map.of("changedBy", caller.userId());
        }

        @PostMapping("/probe/owners-only")
        Map<String, String> ownersOnly(Caller caller) {
            caller.requireOwner("change the probe");
            return Map.of("changedBy", caller.userId());
        }

        @PostMapping("/probe/open/hook")
        Map<String, String> hook() {
            return Map.of("received", "yes");
        }

        @GetMapping("/probe/open-by-property")
        String openByProperty() {
            return "open";
        }

        @GetMapping("/probe/open-get")
        String openGet() {
            return "open";
        }

        @PostMapping("/probe/open-get")
        String closedPost() {
            return "closed";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPaths probePublicPaths() {
            return PublicPaths.of("/probe/open/**", "GET /probe/open-get");
        }
    }
}
