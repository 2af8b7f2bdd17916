package io.opensdr.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.kit.testing.Endpoint;
import io.opensdr.kit.testing.TestTokens;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.kit.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The cross-workspace runner itself: it finds every endpoint, and its cases fail on a leak. */
@WebMvcTest
@ContextConfiguration(classes = {WorkspaceIsolationTest.Things.class, ProblemDetailsAdvice.class})
@Import(ProblemDetailsAdvice.class)
class WorkspaceIsolationTest {

    static final TestTokens TOKENS = TestTokens.start();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
    }

    @Autowired MockMvc http;
    @Autowired RequestMappingHandlerMapping mapping;
    @Autowired PublicEndpoints publicEndpoints;

    @Test
    void shouldFindEveryEndpointAndNameTheUncoveredOnes() {
        List<Endpoint> endpoints = Endpoint.all(mapping);
        assertThat(endpoints).extracting(Object::toString)
                .containsExactly("GET /things/{thingId}", "GET /things/{thingId}/leaky", "POST /things/{thingId}/touch");

        WorkspaceIsolation partial = new WorkspaceIsolation().get("/things/{thingId}");
        assertThatThrownBy(() -> partial.assertCoversEveryEndpoint(endpoints, publicEndpoints))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /things/{thingId}/leaky")
                .hasMessageContaining("POST /things/{thingId}/touch");
        WorkspaceIsolation stale = new WorkspaceIsolation().get("/things/{thingId}").get("/things/{thingId}/leaky")
                .post("/things/{thingId}/touch", null).get("/renamed/{thingId}");
        assertThatThrownBy(() -> stale.assertCoversEveryEndpoint(endpoints, publicEndpoints))
                .hasMessageContaining("GET /renamed/{thingId}");
    }

    @TestFactory
    Stream<DynamicTest> shouldPassAScopedEndpointAndFailALeakyOne() {
        WorkspaceIsolation scoped = new WorkspaceIsolation().get("/things/{thingId}").post("/things/{thingId}/touch", "{}");
        WorkspaceIsolation leaky = new WorkspaceIsolation().get("/things/{thingId}/leaky");
        Map<String, String> idsOfB = Map.of("thingId", "thing-of-b");
        Stream<DynamicTest> passing = scoped.crossWorkspaceTests(http, idsOfB, () -> TOKENS.bearer(TestTokens.member("ws-a")),
                () -> TOKENS.bearer(TestTokens.member("ws-b"))).stream();
        DynamicTest leak = leaky.crossWorkspaceTests(http, idsOfB, () -> TOKENS.bearer(TestTokens.member("ws-a")),
                () -> TOKENS.bearer(TestTokens.member("ws-b"))).get(0);
        DynamicTest leakFails = DynamicTest.dynamicTest("a leaky endpoint fails its case", () ->
                assertThatThrownBy(() -> leak.getExecutable().execute()).isInstanceOf(AssertionError.class)
                        .hasMessageContaining("workspace A"));
        return Stream.concat(passing, Stream.of(leakFails));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEveryEndpointWithoutToken() {
        return WorkspaceIsolation.unauthenticatedTests(http, Endpoint.all(mapping), publicEndpoints).stream();
    }

    @RestController
    static class Things {

        @GetMapping("/things/{thingId}")
        Map<String, String> thing(Caller caller, @PathVariable String thingId) {
            return Map.of("thing", owned(caller, thingId));
        }

        @PostMapping("/things/{thingId}/touch")
        Map<String, String> touch(Caller caller, @PathVariable String thingId) {
            return Map.of("touched", owned(caller, thingId));
        }

        @GetMapping("/things/{thingId}/leaky")
        Map<String, String> leaky(@PathVariable String thingId) {
            return Map.of("thing", thingId);
        }

        private static String owned(Caller caller, String thingId) {
            if (!thingId.equals("thing-of-" + caller.workspaceId().substring(3))) {
                throw new NotFoundException("Thing", thingId);
            }
            return thingId;
        }
    }
}
