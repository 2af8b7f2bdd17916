package io.opensdr.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.opensdr.kit.testing.BadInput;
import io.opensdr.kit.testing.TestTokens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one JSON input policy of every service ({@link JsonInputConfiguration}), on a tiny controller
 * through the auto-configuration as a service gets it: each silent coercion Jackson would make is a
 * 400 problem naming the field ("has the wrong type") and nothing is stored; each value of its own
 * type still goes through; and JSON trees (how the providers' webhooks are read) are left as sent.
 */
@WebMvcTest
@ContextConfiguration(classes = {JsonInputTest.Settings.class, ProblemDetailsAdvice.class})
@Import(ProblemDetailsAdvice.class)
class JsonInputTest {

    static final TestTokens TOKENS = TestTokens.start();
    static final String MEMBER = TOKENS.bearer(TestTokens.member("ws-1"));
    static final List<Setting> STORED = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
    }

    @Autowired MockMvc http;
    @Autowired ObjectMapper applicationMapper;

    @BeforeEach
    void nothingStored() {
        STORED.clear();
    }

    enum Seniority { JUNIOR, MANAGER, DIRECTOR }

    record Setting(String name, Integer quota, int hour, Long budget, BigInteger credits, Boolean approved,
                   Seniority seniority, Double score, BigDecimal amount) implements StrictJson {
    }

    @Test
    void shouldRefuseEachSilentCoercionNamingTheFieldAndStoreNothing() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        // Text given a number or a boolean: Jackson would store "42", "1.5", "true".
        cases.put("{\"name\":42}", "name");
        cases.put("{\"name\":1.5}", "name");
        cases.put("{\"name\":true}", "name");
        // A whole number given a fraction: Jackson would truncate it (1.0 included: JSON writes 1).
        cases.put("{\"quota\":1.5}", "quota");
        cases.put("{\"quota\":1.0}", "quota");
        cases.put("{\"hour\":9.5}", "hour");
        cases.put("{\"budget\":1.5}", "budget");
        cases.put("{\"credits\":1.5}", "credits");
        // A number given as text, and "" or blank for a number: Jackson would parse it, or read null.
        cases.put("{\"quota\":\"7\"}", "quota");
        cases.put("{\"quota\":\"\"}", "quota");
        cases.put("{\"quota\":\" \"}", "quota");
        cases.put("{\"hour\":\"\"}", "hour");
        cases.put("{\"budget\":\"\"}", "budget");
        cases.put("{\"credits\":\"12\"}", "credits");
        cases.put("{\"score\":\"1.5\"}", "score");
        cases.put("{\"score\":\"\"}", "score");
        cases.put("{\"amount\":\"1.5\"}", "amount");
        // A boolean given a number or text: Jackson would read 1 and "true" as true, "" as null.
        cases.put("{\"approved\":1}", "approved");
        cases.put("{\"approved\":0}", "approved");
        cases.put("{\"approved\":\"true\"}", "approved");
        cases.put("{\"approved\":\"\"}", "approved");
        // An enum given a number: Jackson would take the constant at that ordinal (DIRECTOR).
        cases.put("{\"seniority\":2}", "seniority");
        cases.put("{\"seniority\":\"2\"}", "seniority");
        cases.put("{\"seniority\":\"\"}", "seniority");
        cases.put("{\"seniority\":\"director\"}", "seniority");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            http.perform(post("/settings").contentType(MediaType.APPLICATION_JSON).content(c.getKey())
                            .header(HttpHeaders.AUTHORIZATION, MEMBER))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(c.getValue()))
                    .andExpect(jsonPath("$.errors[0].message").value("has the wrong type"));
        }
        assertThat(STORED).isEmpty();
    }

    @Test
    void shouldAcceptEachValueOfItsOwnType() throws Exception {
        http.perform(post("/settings").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, MEMBER)
                        .content("{\"name\":\"Nordic\",\"quota\":50,\"hour\":9,\"budget\":9000000000,\"credits\":12,"
                                + "\"approved\":false,\"seniority\":\"DIRECTOR\",\"score\":1,\"amount\":1.25}"))
                .andExpect(status().isOk());
        // Text may be empty (its constraints decide); null or a missing field says "none".
        http.perform(post("/settings").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, MEMBER)
                        .content("{\"name\":\"\",\"quota\":null,\"approved\":null,\"seniority\":null}"))
                .andExpect(status().isOk());
        assertThat(STORED).containsExactly(
                new Setting("Nordic", 50, 9, 9_000_000_000L, BigInteger.valueOf(12), false, Seniority.DIRECTOR, 1.0,
                        new BigDecimal("1.25")),
                new Setting("", null, 0, null, null, null, null, null, null));
    }

    @Test
    void shouldBeTheApplicationsMapperAndLeaveJsonTreesAsSent() throws Exception {
        assertThatThrownBy(() -> applicationMapper.readValue("{\"quota\":1.5}", Setting.class))
                .isInstanceOf(MismatchedInputException.class);
        // A SendGrid event as documented: timestamp in unix seconds (an integer), ids a provider may send as numbers.
        JsonNode event = applicationMapper.readTree("[{\"email\":\"ada@c.example\",\"timestamp\":1764270000,"
                + "\"event\":\"open\",\"sg_event_id\":\"sg-1\",\"asm_group_id\":42,\"sg_machine_open\":false}]").get(0);
        assertThat(event.get("timestamp").isIntegralNumber()).isTrue();
        assertThat(event.get("timestamp").asLong()).isEqualTo(1_764_270_000L);
        assertThat(event.get("asm_group_id").asText()).isEqualTo("42");
        assertThat(event.get("sg_machine_open").isBoolean()).isTrue();
        // A mapper a class makes itself keeps Jackson's defaults; the policy can be applied to it on purpose.
        ObjectMapper own = new ObjectMapper();
        assertThat(own.readValue("{\"quota\":1.5}", Setting.class).quota()).isEqualTo(1);
        assertThatThrownBy(() -> JsonInputConfiguration.refuseSilentCoercion(own).readValue("{\"quota\":1.5}", Setting.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void shouldFailAWrongTypeCaseRefusedForAnotherReasonOrAccepted() throws Throwable {
        BadInput wrong = new BadInput().endpoint(HttpMethod.POST, "/settings")
                .wrongType("an unknown field", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nick\":42}"), "nick")
                .wrongType("a value of its own type", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quota\":2}"), "quota");
        for (DynamicTest test : wrong.tests(http, Map.of(), e -> MEMBER, () -> "unchanged")) {
            assertThatThrownBy(() -> test.getExecutable().execute()).as(test.getDisplayName()).isInstanceOf(AssertionError.class);
        }
        BadInput right = new BadInput().endpoint(HttpMethod.POST, "/settings")
                .wrongType("an ordinal", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seniority\":1}"), "seniority");
        for (DynamicTest test : right.tests(http, Map.of(), e -> MEMBER, () -> STORED.size())) {
            test.getExecutable().execute();
        }
    }

    @RestController
    static class Settings {

        @PostMapping("/settings")
        Map<String, Object> save(@RequestBody Setting setting) {
            STORED.add(setting);
            return Map.of();
        }
    }
}
