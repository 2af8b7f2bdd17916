package io.opensdr.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.security.Caller;
import io.opensdr.kit.testing.BadInput;
import io.opensdr.kit.testing.Endpoint;
import io.opensdr.kit.testing.TestTokens;
import jakarta.servlet.FilterChain;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input stops at the edge with a problem naming the field (StrictParameters, StrictJson, the
 * problem details), and the BadInput runner fails on an endpoint without cases, a 500, an accepted
 * bad input and a change to what is stored.
 */
@WebMvcTest(properties = "opensdr.web.max-body=1KB")
@ContextConfiguration(classes = {WebInputTest.Things.class, ProblemDetailsAdvice.class})
@Import(ProblemDetailsAdvice.class)
class WebInputTest {

    static final TestTokens TOKENS = TestTokens.start();
    static final String MEMBER = TOKENS.bearer(TestTokens.member("ws-1"));
    static final List<String> STORED = new ArrayList<>();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
    }

    @Autowired MockMvc http;
    @Autowired RequestMappingHandlerMapping mapping;

    @Test
    void shouldRefuseUnknownRepeatedAndOperatorParametersNamingThem() throws Exception {
        http.perform(get("/things/t-1").param("status[$ne]", "x").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status[$ne]"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known parameter; use limit, tag"));
        http.perform(get("/things/t-1").param("limit", "5", "6").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
        http.perform(get("/things/t-1").param("tag", "a", "b").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isOk());
        http.perform(get("/things/lenient").param("utm_source", "mail").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isOk());
    }

    @Test
    void shouldNameAParameterMissingOfTheWrongTypeOrOutOfRange() throws Exception {
        http.perform(get("/things/t-1/page").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
        http.perform(get("/things/t-1/page").param("size", "ten").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get("/things/t-1/page").param("size", "101").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 100"));
    }

    @Test
    void shouldRefuseAPathVariableThatCannotBeAnId() throws Exception {
        http.perform(get("/things/" + "x".repeat(201)).header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("thingId"));
        http.perform(get("/things/" + "x".repeat(200)).header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isOk());
    }

    @Test
    void shouldRefuseUnknownFieldsWrongTypesAndOperatorsInAStrictBody() throws Exception {
        record Case(String body, String field) { }
        for (Case c : List.of(new Case("{\"name\":\"a\",\"workspaceId\":\"rival\"}", "workspaceId"),
                new Case("{\"name\":{\"$gt\":\"\"}}", "name"),
                new Case("{\"name\":\"a\",\"tags\":[{\"$gt\":\"\"}]}", "tags[0]"),
                new Case("{\"name\":\"\"}", "name"))) {
            http.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content(c.body())
                            .header(HttpHeaders.AUTHORIZATION, MEMBER))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(c.field()));
        }
        http.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":")
                        .header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("The body is not valid JSON."));
        http.perform(post("/things").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("The body is missing."));
        assertThat(STORED).isEmpty();
    }

    @Test
    void shouldRefuseABodyOverTheLimitWithOrWithoutALength() throws Exception {
        String big = "{\"name\":\"" + "n".repeat(2000) + "\"}";
        http.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content(big).header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.maxBodyBytes").value(1024));
        http.perform(post("/things/large").contentType(MediaType.APPLICATION_JSON).content(big).header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isOk());
        assertThat(STORED).containsExactly("large");
        STORED.clear();
    }

    @Test
    void shouldStopReadingABodyWithoutALengthAtTheLimit() throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/things") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent(new byte[5000]);
        chunked.setAttribute(StrictParameters.BODY_LIMIT, 4096L);
        List<Integer> read = new ArrayList<>();
        FilterChain reading = (request, response) -> read.add(request.getInputStream().readAllBytes().length);

        assertThatThrownBy(() -> new BodyLimitFilter(1024).doFilter(chunked, new MockHttpServletResponse(), reading))
                .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("4096");
        MockHttpServletRequest small = new MockHttpServletRequest("POST", "/things");
        small.setContent(new byte[1000]);
        new BodyLimitFilter(1024).doFilter(small, new MockHttpServletResponse(), reading);
        assertThat(read).containsExactly(1000);
    }

    @Test
    void shouldFailABadInputCaseThatIsAcceptedAnswers500OrChangesWhatIsStored() throws Throwable {
        AtomicInteger state = new AtomicInteger();
        BadInput partial = new BadInput().endpoint(HttpMethod.GET, "/things/{thingId}")
                .refuse("unknown parameter", t -> get(t.uri()).param("x", "1"), "x");
        assertThatThrownBy(() -> partial.assertCoversEveryEndpoint(Endpoint.ofTheService(mapping)))
                .hasMessageContaining("POST /things").hasMessageContaining("GET /things/{thingId}/page");

        BadInput wrong = new BadInput().endpoint(HttpMethod.GET, "/things/{thingId}")
                .refuse("accepted", t -> get(t.uri()).param("limit", "5"), "limit")
                .endpoint(HttpMethod.GET, "/things/{thingId}/page")
                .refuse("a 500", t -> get(t.uri()).param("size", "13"), 500, null)
                .endpoint(HttpMethod.POST, "/things")
                .refuse("changes what is stored", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"), "name");
        List<DynamicTest> tests = wrong.tests(http, Map.of("thingId", "t-1"), e -> MEMBER, () -> state.getAndIncrement());
        for (DynamicTest test : tests) {
            assertThatThrownBy(() -> test.getExecutable().execute()).as(test.getDisplayName()).isInstanceOf(AssertionError.class);
        }

        BadInput right = new BadInput().endpoint(HttpMethod.GET, "/things/{thingId}")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("thingId", uri -> get(uri));
        for (DynamicTest test : right.tests(http, Map.of("thingId", "t-1"), e -> MEMBER, () -> "unchanged")) {
            test.getExecutable().execute();
        }
    }

    record NewThing(@NotBlank @Size(max = 100) String name, List<@Size(max = 10) String> tags) implements StrictJson {
    }

    @RestController
    static class Things {

        @GetMapping("/things/{thingId}")
        Map<String, Object> thing(Caller caller, @PathVariable String thingId, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) List<String> tag) {
            if (!thingId.startsWith("t-") && !thingId.startsWith("xxx")) {
                throw new io.opensdr.kit.errors.NotFoundException("Thing", thingId);
            }
            return Map.of("thing", thingId);
        }

        @GetMapping("/things/{thingId}/page")
        Map<String, Object> page(Caller caller, @PathVariable String thingId, @RequestParam @Min(1) @Max(100) int size) {
            if (size == 13) {
                throw new IllegalStateException("unlucky");
            }
            return Map.of("size", size);
        }

        @GetMapping("/things/lenient")
        @LenientParameters
        Map<String, Object> lenient() {
            return Map.of();
        }

        @PostMapping("/things")
        Map<String, Object> create(Caller caller, @Valid @RequestBody NewThing thing) {
            STORED.add(thing.name());
            return Map.of();
        }

        @PostMapping("/things/large")
        @MaxBody("${things.max:4KB}")
        Map<String, Object> large(Caller caller, @RequestBody String body) {
            STORED.add("large");
            return Map.of();
        }
    }
}
