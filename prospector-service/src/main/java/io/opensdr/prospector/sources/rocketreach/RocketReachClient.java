package io.opensdr.prospector.sources.rocketreach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opensdr.prospector.sources.rocketreach.RocketReachException.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RocketReach v2 API as documented (../shared/contracts/EXTERNAL-APIS.md): {@code POST
 * /person/search}, {@code GET /person/lookup}, {@code GET /person/checkStatus}, authenticated by
 * the {@code Api-Key} header.
 *
 * <p>Every call is bounded: connect and read timeouts; a 429 waits what {@code Retry-After} asks
 * (seconds), or an exponential back-off when it asks nothing, for at most {@code maxAttempts}
 * attempts and never longer than {@code maxWait} a time; a 5xx, a timeout or a broken connection
 * is retried the same way; a 401/403 fails at once as a configuration error; any other 4xx fails
 * at once. A 2xx whose body is not the documented JSON fails with {@link Reason#BAD_RESPONSE}.
 */
public class RocketReachClient {

    private static final Logger log = LoggerFactory.getLogger(RocketReachClient.class);

    /** RocketReach accepts {@code start} from 1 to 10,000 and {@code page_size} from 1 to 100. */
    public static final int MAX_START = 10_000;
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * @param maxAttempts    attempts per call, the first included (429, 5xx, timeouts)
     * @param initialBackoff wait before the second attempt when no Retry-After says otherwise; doubles each time
     * @param maxWait        longest single wait; a Retry-After above it fails the call rather than block a tick
     * @param pollInterval   wait between two {@code checkStatus} polls of a lookup in progress
     * @param pollAttempts   {@code checkStatus} polls per lookup before giving up on its completion
     */
    public record Settings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff,
                           Duration maxWait, Duration pollInterval, int pollAttempts) {

        public Settings {
            if (maxAttempts < 1 || pollAttempts < 0) {
                throw new IllegalArgumentException("RocketReach max attempts must be at least 1 and poll attempts at least 0");
            }
        }
    }

    /** How the client waits between attempts; tests give one that records instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * One page of search results, in RocketReach's order: an entry is empty where the profile was
     * unreadable (no usable id), so that positions still count.
     */
    public record SearchResult(List<Optional<RocketReachProfile>> positions, Long total) {

        public SearchResult {
            positions = List.copyOf(positions);
        }
    }

    private final URI baseUrl;
    private final String apiKey;
    private final Settings settings;
    private final Pause pause;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public RocketReachClient(URI baseUrl, String apiKey, Settings settings, Pause pause) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new RocketReachException(Reason.CONFIGURATION, "No RocketReach API key configured (opensdr.prospector.rocketreach.api-key)");
        }
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.apiKey = apiKey.trim();
        this.settings = settings;
        this.pause = pause;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * {@code POST /person/search}: one page of profiles matching {@code query} (facet name to
     * values), from position {@code start} (1-based). Search costs no credits.
     */
    public SearchResult search(Map<String, List<String>> query, int start, int pageSize) {
        if (start < 1 || start > MAX_START || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("start must be 1.." + MAX_START + " and page size 1.." + MAX_PAGE_SIZE
                    + ", were " + start + " and " + pageSize);
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode facets = body.putObject("query");
        query.forEach((facet, values) -> values.forEach(facets.putArray(facet)::add));
        body.put("start", start).put("page_size", pageSize).put("order_by", "relevance");
        HttpRequest request = request("/person/search")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        JsonNode response = call(request, "person search");
        JsonNode profiles = response.get("profiles");
        if (profiles == null || !profiles.isArray()) {
            throw new RocketReachException(Reason.BAD_RESPONSE, "RocketReach person search answered without a profiles array");
        }
        List<Optional<RocketReachProfile>> positions = new ArrayList<>();
        profiles.forEach(profile -> positions.add(RocketReachProfile.parse(profile)));
        JsonNode total = response.path("pagination").path("total");
        return new SearchResult(positions, total.isIntegralNumber() ? total.asLong() : null);
    }

    /**
     * {@code GET /person/lookup?id=}: the person's emails and phones (costs a credit). While
     * RocketReach is still working on the profile, polls {@code checkStatus} every poll interval,
     * at most poll-attempts times; returns the last state seen, complete or not.
     */
    public RocketReachProfile lookup(long id) {
        RocketReachProfile profile = profileOf(call(request("/person/lookup?id=" + id).GET().build(), "person lookup"), id);
        for (int poll = 0; profile.isInProgress() && poll < settings.pollAttempts(); poll++) {
            sleep(settings.pollInterval());
            profile = checkStatus(id).orElse(profile);
        }
        if (!profile.isComplete()) {
            log.info("RocketReach lookup of profile {} ended with status {} (not complete)", id, profile.status());
        }
        return profile;
    }

    /** {@code GET /person/checkStatus?ids=}: the profile's current state, when the answer names it. */
    Optional<RocketReachProfile> checkStatus(long id) {
        JsonNode response = call(request("/person/checkStatus?ids=" + id).GET().build(), "person checkStatus");
        JsonNode entries = response.isArray() ? response : response.path("profiles");
        if (!entries.isArray()) {
            throw new RocketReachException(Reason.BAD_RESPONSE, "RocketReach checkStatus answered neither a list nor profiles");
        }
        for (JsonNode entry : entries) {
            Optional<RocketReachProfile> profile = RocketReachProfile.parse(entry);
            if (profile.isPresent() && profile.get().id() == id) {
                return profile;
            }
        }
        return Optional.empty();
    }

    private RocketReachProfile profileOf(JsonNode response, long id) {
        if (response.isObject() && !response.has("id")) {
            ((ObjectNode) response).put("id", id);
        }
        RocketReachProfile profile = RocketReachProfile.parse(response)
                .orElseThrow(() -> new RocketReachException(Reason.BAD_RESPONSE, "RocketReach person lookup answered no profile"));
        if (profile.id() != id) {
            throw new RocketReachException(Reason.BAD_RESPONSE,
                    "RocketReach person lookup of " + id + " answered profile " + profile.id());
        }
        return profile;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(settings.readTimeout())
                .header("Api-Key", apiKey)
                .header("Accept", "application/json");
    }

    private JsonNode call(HttpRequest request, String what) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == settings.maxAttempts();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) { // timeouts included
                if (last) {
                    throw new RocketReachException(Reason.UNAVAILABLE, "RocketReach " + what + " failed after " + attempt
                            + " attempts: " + e, e);
                }
                log.debug("RocketReach {} attempt {} failed: {}", what, attempt, e.toString());
                sleep(backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RocketReachException(Reason.UNAVAILABLE, "Interrupted during RocketReach " + what, e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parse(response.body(), what);
            }
            if (status == 401 || status == 403) {
                throw new RocketReachException(Reason.CONFIGURATION, "RocketReach refused the API key for " + what
                        + " (HTTP " + status + "): check opensdr.prospector.rocketreach.api-key and the plan's permissions");
            }
            if (status == 429) {
                OptionalLong retryAfter = retryAfterSeconds(response);
                Duration wait = retryAfter.isPresent() ? Duration.ofSeconds(retryAfter.getAsLong()) : backoff(attempt);
                if (wait.compareTo(settings.maxWait()) > 0) {
                    throw new RocketReachException(Reason.RATE_LIMITED, "RocketReach rate-limited " + what + " and asks to wait "
                            + wait.toSeconds() + " s, more than the " + settings.maxWait().toSeconds() + " s we wait", wait);
                }
                if (last) {
                    throw new RocketReachException(Reason.RATE_LIMITED, "RocketReach still rate-limited " + what + " (HTTP 429) after "
                            + attempt + " attempts", wait);
                }
                log.info("RocketReach rate-limited {} (HTTP 429): waiting {} ms, attempt {} of {}", what, wait.toMillis(),
                        attempt, settings.maxAttempts());
                sleep(wait);
                continue;
            }
            if (status >= 500) {
                if (last) {
                    throw new RocketReachException(Reason.UNAVAILABLE, "RocketReach " + what + " failed with HTTP " + status
                            + " after " + attempt + " attempts");
                }
                log.debug("RocketReach {} attempt {} answered HTTP {}", what, attempt, status);
                sleep(backoff(attempt));
                continue;
            }
            throw new RocketReachException(Reason.REJECTED, "RocketReach refused " + what + " (HTTP " + status + "): "
                    + excerpt(response.body()));
        }
    }

    private JsonNode parse(String body, String what) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            if (node == null || !(node.isObject() || node.isArray())) {
                throw new RocketReachException(Reason.BAD_RESPONSE, "RocketReach " + what + " answered a body that is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RocketReachException(Reason.BAD_RESPONSE, "RocketReach " + what + " answered malformed JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** {@code Retry-After} in seconds, as RocketReach documents it; a date or garbage counts as absent. */
    private static OptionalLong retryAfterSeconds(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isPresent() && header.get().trim().matches("\\d{1,9}")) {
            return OptionalLong.of(Long.parseLong(header.get().trim()));
        }
        return OptionalLong.empty();
    }

    private Duration backoff(int attempt) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
    }

    private void sleep(Duration duration) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RocketReachException(Reason.UNAVAILABLE, "Interrupted while waiting to call RocketReach again", e);
        }
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
