package io.opensdr.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

/**
 * Bad input, endpoint by endpoint, made so that it cannot rot: every endpoint of the service's own
 * controllers (read from Spring MVC's handler mapping, {@link Endpoint#ofTheService}) needs at least
 * one case, and each case must be refused with a 4xx RFC 9457 problem (never a 5xx), naming the
 * field at fault when it names one, and must leave everything stored as it was.
 *
 * <pre>{@code
 * static final BadInput CASES = new BadInput()
 *     .endpoint(HttpMethod.GET, "/api/qualifier/campaigns/{campaignId}/threshold-preview")
 *     .refuse("no threshold", t -> get(t.uri()), "threshold")
 *     .refuse("a threshold out of range", t -> get(t.uri()).param("threshold", "101"), "threshold")
 *     .malformedPathVariable("campaignId")
 *     .endpoint(HttpMethod.POST, "/api/outreach/webhooks/sendgrid")
 *     .refuse("an unsigned batch", t -> post(t.uri()).content("[]"), 401, null);
 * }</pre>
 * The path variables of {@link Target#uri()} are filled with the ids of the caller's own resources
 * (the fixture map), so a refusal is about the input, not an unknown resource.
 */
public final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Case>> cases = new LinkedHashMap<>();
    private Endpoint current;

    /**
     * @param status the exact status; 0 = 400
     * @param field  a field the problem's {@code errors} must name, or null
     * @param problem whether the answer must be a problem (false only for {@link #harmless})
     * @param message text the error naming {@code field} must contain, or null
     */
    private record Case(Endpoint endpoint, String name, Function<Target, MockHttpServletRequestBuilder> request,
                        int status, String field, boolean problem, String message) {

        Case(Endpoint endpoint, String name, Function<Target, MockHttpServletRequestBuilder> request,
             int status, String field, boolean problem) {
            this(endpoint, name, request, status, field, problem, null);
        }
    }

    /** The request's target: the endpoint's URI for the fixture's resources, or with one variable changed. */
    public record Target(Endpoint endpoint, Map<String, String> ids) {

        public String uri() {
            return endpoint.expand(ids);
        }

        /** The URI with {@code variable} set to {@code rawValue} (percent-encoded here, so anything may go in). */
        public URI with(String variable, String rawValue) {
            Map<String, String> changed = new LinkedHashMap<>(ids);
            changed.replaceAll((name, id) -> UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8));
            changed.put(variable, UriUtils.encodePathSegment(rawValue, java.nio.charset.StandardCharsets.UTF_8));
            changed.keySet().removeIf(name -> name.endsWith("." + variable));
            return URI.create(endpoint.expand(changed));
        }
    }

    /** The endpoint the next cases are about, exactly as mapped. */
    public BadInput endpoint(HttpMethod method, String pattern) {
        current = new Endpoint(method.name(), pattern);
        if (cases.putIfAbsent(current.toString(), new ArrayList<>()) != null) {
            throw new IllegalArgumentException("Two lists of cases for " + current);
        }
        return this;
    }

    /** Refused with 400, the problem's {@code errors} naming {@code field}. */
    public BadInput refuse(String name, Function<Target, MockHttpServletRequestBuilder> request, String field) {
        return add(new Case(endpoint(), name, request, 400, field, true));
    }

    /** Refused with exactly {@code status}, a problem (naming {@code field} in {@code errors} unless null). */
    public BadInput refuse(String name, Function<Target, MockHttpServletRequestBuilder> request, int status, String field) {
        return add(new Case(endpoint(), name, request, status, field, true));
    }

    /**
     * Refused with 400, the problem's {@code errors} naming {@code field} with a message containing
     * {@code message}: for a case whose field would be refused anyway, to show it is refused for this reason.
     */
    public BadInput refuseWith(String name, Function<Target, MockHttpServletRequestBuilder> request, String field,
                               String message) {
        return add(new Case(endpoint(), name, request, 400, field, true, message));
    }

    /**
     * A JSON value of the wrong type for its field (a number where text is expected, a fraction where a
     * whole number is, 1 or "true" for a boolean, an enum's ordinal, "" for a number): refused with 400
     * naming {@code field} as "has the wrong type" (service-kit's JsonInputConfiguration and
     * ProblemDetailsAdvice), not converted and then refused, or accepted, for another reason.
     */
    public BadInput wrongType(String name, Function<Target, MockHttpServletRequestBuilder> request, String field) {
        return refuseWith(name, request, field, "has the wrong type");
    }

    /**
     * Answered {@code status} without a problem, by design (a tracking pixel answers its image whatever
     * the token), and changes nothing.
     */
    public BadInput harmless(String name, Function<Target, MockHttpServletRequestBuilder> request, int status) {
        return add(new Case(endpoint(), name, request, status, null, false));
    }

    /**
     * The usual cases of a path variable that cannot be an id: over 200 characters (400 naming it),
     * with a control character (400, from the firewall when it sees it first), and an operator
     * object, which names nothing (404).
     * {@code request} builds the endpoint's otherwise valid request for a URI.
     */
    public BadInput malformedPathVariable(String variable, Function<URI, MockHttpServletRequestBuilder> request) {
        refuse("{" + variable + "} of 201 characters", t -> request.apply(t.with(variable, "x".repeat(201))), variable);
        refuse("{" + variable + "} with a control character", t -> request.apply(t.with(variable, "c-1\u0000")), 400, null);
        return refuse("{" + variable + "} as an operator object", t -> request.apply(t.with(variable, "{\"$gt\":\"\"}")),
                404, null);
    }

    /** The usual cases of a query: an operator in a parameter name, and an unknown parameter (400 naming each). */
    public BadInput unknownParameters(Function<String, MockHttpServletRequestBuilder> request) {
        refuse("an operator in a parameter ([$ne])", t -> request.apply(t.uri()).param("campaignId[$ne]", "x"), "campaignId[$ne]");
        return refuse("an unknown parameter", t -> request.apply(t.uri()).param("sort", "score"), "sort");
    }

    private Endpoint endpoint() {
        if (current == null) {
            throw new IllegalStateException("Name the endpoint first: endpoint(method, pattern)");
        }
        return current;
    }

    private BadInput add(Case c) {
        cases.get(c.endpoint().toString()).add(c);
        return this;
    }

    /** Fails, naming them, on endpoints without a case and on cases for endpoints that do not exist. */
    public void assertCoversEveryEndpoint(List<Endpoint> endpoints) {
        List<String> known = endpoints.stream().map(Endpoint::toString).toList();
        List<String> uncovered = known.stream().filter(e -> cases.getOrDefault(e, List.of()).isEmpty()).toList();
        List<String> stale = cases.keySet().stream().filter(e -> !known.contains(e)).toList();
        if (!uncovered.isEmpty() || !stale.isEmpty()) {
            fail("Every endpoint needs its bad-input cases (in the service's BadInputTest).\n  without a case: "
                    + uncovered + "\n  cases for endpoints that do not exist: " + stale);
        }
    }

    /**
     * One test per case: refused as it says, and {@code storedState} (everything the service stores,
     * read back) the same after as before.
     *
     * @param authorization the Authorization header for an endpoint, or null for a public one
     */
    public List<DynamicTest> tests(MockMvc http, Map<String, String> ids, Function<Endpoint, String> authorization,
                                   Supplier<Object> storedState) {
        return cases.values().stream().flatMap(List::stream).map(c -> DynamicTest.dynamicTest(
                c.endpoint() + ": " + c.name(), () -> {
                    Object before = storedState.get();
                    MockHttpServletRequestBuilder request = c.request().apply(new Target(c.endpoint(), ids));
                    String bearer = authorization.apply(c.endpoint());
                    if (bearer != null) {
                        request.header(HttpHeaders.AUTHORIZATION, bearer);
                    }
                    MockHttpServletResponse response;
                    try {
                        response = http.perform(request).andReturn().getResponse();
                    } catch (ServletException e) {
                        throw new AssertionError(c.endpoint() + ", " + c.name() + ": answered 500 (" + e.getMessage() + ")", e);
                    }
                    String body = response.getContentAsString();
                    String what = c.endpoint() + ", " + c.name() + ": " + response.getStatus() + " " + abbreviate(body);
                    assertThat(response.getStatus()).as(what).isLessThan(500).isEqualTo(c.status());
                    if (c.problem()) {
                        assertThat(response.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        JsonNode problem = JSON.readTree(body);
                        assertThat(problem.path("status").asInt()).as(what).isEqualTo(c.status());
                        assertThat(problem.path("title").asText()).as(what).isNotBlank();
                        if (c.field() != null) {
                            List<String> fields = new ArrayList<>();
                            problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
                            assertThat(fields).as(what).contains(c.field());
                            if (c.message() != null) {
                                List<String> messages = new ArrayList<>();
                                problem.path("errors").forEach(error -> {
                                    if (error.path("field").asText().equals(c.field())) {
                                        messages.add(error.path("message").asText());
                                    }
                                });
                                assertThat(messages).as(what).anySatisfy(m -> assertThat(m).contains(c.message()));
                            }
                        }
                    }
                    assertThat(storedState.get()).as("what is stored after " + c.endpoint() + ", " + c.name())
                            .isEqualTo(before);
                })).toList();
    }

    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }

    /** A request of any method, for the cases' builders. */
    public static MockHttpServletRequestBuilder request(HttpMethod method, URI uri) {
        return MockMvcRequestBuilders.request(method, uri);
    }
}
