package io.opensdr.kit.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A service starts while campaign-service (its JWKS) is down, and answers a token it cannot check
 * yet with a 503 problem (retry), not a 401 (sign in again) or a 500.
 */
@WebMvcTest
@ContextConfiguration(classes = ResourceServerTest.Probe.class)
class UnreachableKeysTest {

    static final TestTokens TOKENS = TestTokens.start();

    @DynamicPropertySource
    static void nowhere(DynamicPropertyRegistry registry) {
        registry.add("opensdr.security.jwks-uri", () -> "http://127.0.0.1:" + FreePort.find() + "/api/auth/jwks");
    }

    @Autowired MockMvc http;

    @Test
    void shouldStartWithoutTheKeysAndAnswer503UntilTheyCanBeFetched() throws Exception {
        http.perform(get("/probe/me").header(HttpHeaders.AUTHORIZATION, TOKENS.bearer(TestTokens.member("ws-a"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.status").value(503));
    }
}
