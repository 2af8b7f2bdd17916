package io.opensdr.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a client of the API does: signs in once with {@code POST /api/auth/login} (email and
 * password), then sends the access token it got (campaign-service's RS256 JWT, from the access
 * cookie) as {@code Authorization: Bearer} on every JSON call to the gateway's /api, which every
 * service checks; signs in again when the token has expired. A refused sign-in is the answer.
 */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ACCESS_COOKIES = List.of("__Host-opensdr-access", "opensdr-access");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String email;
    private final String password;
    private String authorization;

    GatewayClient(String baseUrl, String email, String password) {
        this.baseUrl = baseUrl;
        this.email = email;
        this.password = password;
    }

    record Response(int status, JsonNode body, String raw) {
    }

    Response get(String path) throws IOException, InterruptedException {
        return signedIn(() -> request(path).GET());
    }

    Response post(String path, Object body) throws IOException, InterruptedException {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        return signedIn(() -> request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private interface Call {
        HttpRequest.Builder build();
    }

    /** The call with the access token; signs in first, and again once if the token has expired. */
    private synchronized Response signedIn(Call call) throws IOException, InterruptedException {
        boolean fresh = false;
        if (authorization == null) {
            Response refused = signIn();
            if (refused != null) {
                return refused;
            }
            fresh = true;
        }
        Response response = send(call.build().header("Authorization", authorization).build());
        if (response.status() == 401 && !fresh) {
            Response refused = signIn();
            return refused != null ? refused : send(call.build().header("Authorization", authorization).build());
        }
        return response;
    }

    /** Null when signed in; otherwise the refusal. */
    private Response signIn() throws IOException, InterruptedException {
        authorization = null;
        String body = JSON.writeValueAsString(Map.of("email", email, "password", password));
        HttpResponse<String> response = http.send(request("/api/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return toResponse(response);
        }
        String token = response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .filter(pair -> ACCESS_COOKIES.contains(pair.substring(0, Math.max(0, pair.indexOf('=')))))
                .map(pair -> pair.substring(pair.indexOf('=') + 1))
                .filter(value -> !value.isBlank())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The login set no access cookie: " + response.headers().map()));
        authorization = "Bearer " + token;
        return null;
    }

    /** A signed-in POST with extra headers (e.g. a W3C traceparent the test chooses). */
    Response post(String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        String json = body == null ? "" : JSON.writeValueAsString(body);
        return signedIn(() -> {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
            headers.forEach(request::header);
            return request.POST(HttpRequest.BodyPublishers.ofString(json));
        });
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        return toResponse(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static Response toResponse(HttpResponse<String> response) {
        String raw = response.body();
        JsonNode body = raw == null || raw.isBlank() ? JSON.nullNode() : parse(raw);
        return new Response(response.statusCode(), body, raw);
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(raw);
        }
    }
}
