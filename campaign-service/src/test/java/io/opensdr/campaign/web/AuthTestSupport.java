package io.opensdr.campaign.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opensdr.kit.testing.MutableClock;
import io.opensdr.kit.testing.TestMongo;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole service but Kafka, on a clock the tests move: sign-up, login, tokens, cookies,
 * invitations. Each test uses its own emails and its own client address, so lockouts never leak
 * from one test to another.
 */
@SpringBootTest(properties = {"spring.autoconfigure.exclude="
        + "io.opensdr.kit.messaging.EventsKafkaConfiguration,"
        + "io.opensdr.kit.outbox.OutboxConfiguration,"
        + "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "opensdr.campaign.auth.lockout.max-address-failures=8"})
@AutoConfigureMockMvc
@Import(AuthTestSupport.Clocks.class)
abstract class AuthTestSupport {

    static final String STRONG_PASSWORD = "violet-harbour-lantern-42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00.123Z"));
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", () -> TestMongo.uri("campaign-auth-tests"));
    }

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired MongoTemplate mongo;

    /** One client address per call: each test's requests come from its own IP. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    ObjectNode signUpBody(String email) {
        return json.createObjectNode().put("email", email).put("password", STRONG_PASSWORD).put("name", "Ada Lovelace")
                .put("workspaceName", "Analytical Engines");
    }

    /** A browser that signed up a new user (and so holds their cookies). */
    Browser signedUp(String email) throws Exception {
        Browser browser = browser();
        browser.perform(json(post("/api/auth/signup"), signUpBody(email))).andExpect(status().isCreated());
        return browser;
    }

    Browser browser() {
        return new Browser(mvc, newAddress());
    }

    MvcResult logIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/api/auth/login").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("email", email).put("password", password).toString())).andReturn();
    }

    JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    JsonNode read(ResultActions result) throws Exception {
        return read(result.andReturn());
    }

    /**
     * A browser's cookie jar over MockMvc: it keeps what {@code Set-Cookie} sets (and forgets what
     * expires it), sends the cookies back, and echoes {@code XSRF-TOKEN} in {@code X-XSRF-TOKEN} as the SPA does.
     */
    static final class Browser {

        private final MockMvc mvc;
        private final String address;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        boolean sendCsrfHeader = true;

        Browser(MockMvc mvc, String address) {
            this.mvc = mvc;
            this.address = address;
        }

        ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            request.with(from(address));
            if (!cookies.isEmpty()) {
                request.cookie(cookies.entrySet().stream().map(c -> new Cookie(c.getKey(), c.getValue())).toArray(Cookie[]::new));
            }
            if (sendCsrfHeader && cookies.containsKey("XSRF-TOKEN")) {
                request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            ResultActions result = mvc.perform(request);
            for (String header : result.andReturn().getResponse().getHeaders("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || header.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return result;
        }

        String cookie(String name) {
            return cookies.get(name);
        }

        String accessToken() {
            return cookies.get("__Host-opensdr-access");
        }

        String refreshToken() {
            return cookies.get("__Secure-opensdr-refresh");
        }

        void set(String name, String value) {
            cookies.put(name, value);
        }

        void forget(String name) {
            cookies.remove(name);
        }

        String address() {
            return address;
        }
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body.toString());
    }
}
