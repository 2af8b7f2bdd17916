package io.opensdr.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.opensdr.kit.security.PublicEndpoints;
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

/**
 * The proof that a member of workspace A gets 404 for every resource of workspace B on every
 * endpoint, made so that it cannot rot: the endpoints are read from Spring MVC's own handler
 * mapping, and an endpoint that is neither public nor registered here fails the test.
 *
 * <p>Register one case per endpoint, with the path exactly as mapped; its variables are filled
 * with the ids of workspace B's resources (the fixture map), so the request names B's resource:
 * <pre>{@code
 * static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
 *     .get("/api/qualifier/campaigns/{campaignId}/summary")
 *     .post("/api/outreach/erasure-requests", "{\"email\":\"ada@b.test\"}")
 *     .add(HttpMethod.POST, "/api/prospector/campaigns/{campaignId}/csv-imports", uri -> multipart(uri).file(csv));
 * }</pre>
 * For each case, A's request must answer exactly 404 (and change nothing), then B's own request
 * must reach the resource: not 401, 403, 404 nor 5xx (unless the case names the status B gets),
 * so a 404 for A is not a 404 for everyone. An endpoint that names no resource (a list, a
 * creation) is a {@link #callersOwn} case: A's answer must mention none of B's ids.
 */
public final class WorkspaceIsolation {

    private final Map<String, Case> cases = new LinkedHashMap<>();

    /**
     * @param ownerStatus the status B's own request gets; 0 = any but 401, 403, 404 and 5xx
     * @param callersOwn  the endpoint names no resource (a list, a creation, "me"): A's answer must
     *                    succeed and mention none of B's ids
     */
    private record Case(Endpoint endpoint, Function<String, MockHttpServletRequestBuilder> request, int ownerStatus,
                        boolean callersOwn) {
    }

    public WorkspaceIsolation get(String pattern) {
        return add(HttpMethod.GET, pattern, uri -> MockMvcRequestBuilders.get(uri));
    }

    public WorkspaceIsolation delete(String pattern) {
        return add(HttpMethod.DELETE, pattern, uri -> MockMvcRequestBuilders.delete(uri));
    }

    /** A POST with a JSON body (may be null). */
    public WorkspaceIsolation post(String pattern, String json) {
        return add(HttpMethod.POST, pattern, uri -> withJson(MockMvcRequestBuilders.post(uri), json));
    }

    public WorkspaceIsolation put(String pattern, String json) {
        return add(HttpMethod.PUT, pattern, uri -> withJson(MockMvcRequestBuilders.put(uri), json));
    }

    public WorkspaceIsolation patch(String pattern, String json) {
        return add(HttpMethod.PATCH, pattern, uri -> withJson(MockMvcRequestBuilders.patch(uri), json));
    }

    /** Any request: {@code request} builds it for the expanded URI (add the body, parameters, files...). */
    public WorkspaceIsolation add(HttpMethod method, String pattern,
                                  Function<String, MockHttpServletRequestBuilder> request) {
        return add(method, pattern, request, 0);
    }

    /** As {@link #add(HttpMethod, String, Function)}, when B's own request answers exactly {@code ownerStatus}. */
    public WorkspaceIsolation add(HttpMethod method, String pattern,
                                  Function<String, MockHttpServletRequestBuilder> request, int ownerStatus) {
        return register(new Case(new Endpoint(method.name(), pattern), request, ownerStatus, false));
    }

    /**
     * An endpoint that names no resource and answers about the caller's own workspace (a list, a
     * creation, "me"): A's answer must succeed and mention none of workspace B's ids.
     */
    public WorkspaceIsolation callersOwn(HttpMethod method, String pattern,
                                         Function<String, MockHttpServletRequestBuilder> request) {
        return register(new Case(new Endpoint(method.name(), pattern), request, 0, true));
    }

    /** A GET of the caller's own things: {@link #callersOwn}. */
    public WorkspaceIsolation listing(String pattern) {
        return callersOwn(HttpMethod.GET, pattern, uri -> MockMvcRequestBuilders.get(uri));
    }

    private WorkspaceIsolation register(Case c) {
        if (cases.putIfAbsent(c.endpoint().toString(), c) != null) {
            throw new IllegalArgumentException("Two cases for " + c.endpoint());
        }
        return this;
    }

    /**
     * Fails, naming them, when endpoints are neither public nor covered by a case, or when a case
     * names an endpoint that does not exist (a renamed path).
     */
    public void assertCoversEveryEndpoint(List<Endpoint> endpoints, PublicEndpoints publicEndpoints) {
        List<String> uncovered = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!isPublic(endpoint, publicEndpoints) && !cases.containsKey(endpoint.toString())) {
                uncovered.add(endpoint.toString());
            }
        }
        List<String> known = endpoints.stream().map(Endpoint::toString).toList();
        List<String> stale = cases.keySet().stream().filter(c -> !known.contains(c)).toList();
        if (!uncovered.isEmpty() || !stale.isEmpty()) {
            fail("Every endpoint needs a cross-workspace case (a one-line registration in the service's "
                    + "WorkspaceIsolationTest) or a place in the public routes (Seam 1).\n  not covered: " + uncovered
                    + "\n  cases for endpoints that do not exist: " + stale);
        }
    }

    /** One test per case: A gets 404 for B's resource, then B reaches it. */
    public List<DynamicTest> crossWorkspaceTests(MockMvc http, Map<String, String> workspaceBIds,
                                                 Supplier<String> bearerOfA, Supplier<String> bearerOfB) {
        return cases.values().stream().map(c -> DynamicTest.dynamicTest(c.endpoint().toString(), () -> {
            String uri = c.endpoint().expand(workspaceBIds);
            if (c.callersOwn()) {
                MockHttpServletResponse asA = http.perform(c.request().apply(uri)
                        .header(HttpHeaders.AUTHORIZATION, bearerOfA.get())).andReturn().getResponse();
                String body = asA.getContentAsString();
                assertThat(asA.getStatus()).as("%s as a member of workspace A: %s", c.endpoint(), body)
                        .isBetween(200, 299);
                workspaceBIds.forEach((name, id) -> assertThat(body)
                        .as("%s as a member of workspace A mentions workspace B's %s", c.endpoint(), name)
                        .doesNotContain(id));
                MockHttpServletResponse asB = http.perform(c.request().apply(uri)
                        .header(HttpHeaders.AUTHORIZATION, bearerOfB.get())).andReturn().getResponse();
                assertThat(asB.getStatus()).as("%s as a member of workspace B: %s", c.endpoint(),
                        asB.getContentAsString()).isBetween(200, 299);
                return;
            }
            MockHttpServletResponse asA = http.perform(c.request().apply(uri)
                    .header(HttpHeaders.AUTHORIZATION, bearerOfA.get())).andReturn().getResponse();
            assertThat(asA.getStatus())
                    .as("%s as a member of workspace A, for workspace B's resource (%s): %s", c.endpoint(), uri,
                            asA.getContentAsString())
                    .isEqualTo(404);
            MockHttpServletResponse asB = http.perform(c.request().apply(uri)
                    .header(HttpHeaders.AUTHORIZATION, bearerOfB.get())).andReturn().getResponse();
            String why = String.format("%s as a member of workspace B, its own resource (%s): %s", c.endpoint(), uri,
                    asB.getContentAsString());
            if (c.ownerStatus() != 0) {
                assertThat(asB.getStatus()).as(why).isEqualTo(c.ownerStatus());
            } else {
                assertThat(asB.getStatus()).as(why).isLessThan(500).isNotIn(401, 403, 404);
            }
        })).toList();
    }

    /** One test per non-public endpoint: no token, 401 problem. */
    public static List<DynamicTest> unauthenticatedTests(MockMvc http, List<Endpoint> endpoints,
                                                         PublicEndpoints publicEndpoints) {
        return endpoints.stream().filter(e -> !isPublic(e, publicEndpoints))
                .map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
                    MockHttpServletResponse response = http.perform(MockMvcRequestBuilders
                            .request(HttpMethod.valueOf(e.method()), e.sample())).andReturn().getResponse();
                    assertThat(response.getStatus()).as("%s without a token: %s", e, response.getContentAsString())
                            .isEqualTo(401);
                    assertThat(response.getContentType()).as("%s without a token", e)
                            .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                })).toList();
    }

    public static boolean isPublic(Endpoint endpoint, PublicEndpoints publicEndpoints) {
        return publicEndpoints.matches(endpoint.method(), endpoint.sample());
    }

    private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String json) {
        return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
