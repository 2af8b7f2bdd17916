package io.opensdr.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.kit.testing.ChildJvm;
import io.opensdr.kit.testing.FreePort;
import io.opensdr.kit.testing.RepositoryRoot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * What the campaign-service benchmarks share: signing in as the demo user, creating a campaign,
 * starting the real gateway in front of the service, and timing sequential GET requests.
 */
final class BenchHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private ChildJvm.Running gateway;

    BenchHttp(ObjectMapper json) {
        this.json = json;
    }

    /** One measured row: latency percentiles of sequential requests, one client. */
    record Row(String endpoint, String via, int samples, int failed, double p50, double p95, double p99, double max,
               int bytes) {
        String markdown() {
            return String.format(Locale.ROOT, "| %s | %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %,d |", endpoint, via,
                    samples, failed == 0 ? "0" : "**" + failed + "**", p50, p95, p99, max, bytes);
        }

        static String header() {
            return "| endpoint | via | requests | not 200 | p50 ms | p95 ms | p99 ms | max ms | bytes |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n";
        }
    }

    /**
     * {@code warmUp} requests, then {@code requests} timed ones, or fewer when {@code budget} runs
     * out first (at least {@code minimum}: a slow row still gets enough samples to show p95).
     */
    Row measure(String endpoint, String via, IntFunction<String> url, String token, int warmUp, int requests,
                int minimum, Duration budget) throws Exception {
        int bytes = 0;
        for (int i = 0; i < warmUp; i++) {
            send(url.apply(i), token);
        }
        long[] nanos = new long[requests];
        long deadline = System.nanoTime() + budget.toNanos();
        int done = 0;
        int failed = 0;
        while (done < requests && (done < minimum || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(url.apply(warmUp + done), token);
            nanos[done++] = System.nanoTime() - start;
            if (response.statusCode() == 200) {
                bytes = response.body().length();
            } else {
                failed++; // timed: a gateway timeout is a result too
            }
        }
        long[] sorted = Arrays.copyOf(nanos, done);
        Arrays.sort(sorted);
        return new Row(endpoint, via, done, failed, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6, bytes);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private HttpResponse<String> send(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String get(String url, String token) throws Exception {
        HttpResponse<String> response = send(url, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    JsonNode getJson(String url, String token) throws Exception {
        return json.readTree(get(url, token));
    }

    /** The access token, from the cookie the login sets (sent back as a Bearer token). */
    String signIn(String base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"demo@opensdr.io\",\"password\":\"demo-password-2026\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("__Host-opensdr-access="))
                .map(cookie -> cookie.substring("__Host-opensdr-access=".length(), cookie.indexOf(';')))
                .findFirst().orElseThrow();
    }

    String createCampaign(String base, String token, int number) throws Exception {
        String body = """
                {"name":"Benchmark campaign %d","sector":"Software",
                 "targetProfile":{"titles":["VP Sales"],"countries":["FR"]},
                 "emailTemplate":{"subject":"Hello {{firstName}}","body":"Hi {{firstName}} — {{senderName}}"},
                 "meeting":{"days":["MONDAY"],"startHour":9,"endHour":17,"timeZone":"Europe/Paris"}}"""
                .formatted(number);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/campaigns"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("id").asText();
    }

    /** The real gateway (its jar, in a child JVM) in front of {@code campaignUrl}; returns its URL. */
    String startGateway(String campaignUrl, String logName) throws Exception {
        Path jar = Path.of(System.getProperty("bench.gateway.jar",
                RepositoryRoot.find().resolve("gateway/target/gateway.jar").toString()));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the gateway first: ./mvnw -pl gateway package -DskipTests (" + jar + ")");
        }
        int port = FreePort.find();
        gateway = ChildJvm.jar("gateway", jar,
                "--server.port=" + port,
                "--opensdr.gateway.campaign-url=" + campaignUrl,
                // The benchmark is one user sending thousands of requests a minute: not what the limits are for.
                "--opensdr.gateway.rate-limits.per-ip.requests=1000000",
                "--opensdr.gateway.rate-limits.per-user.requests=1000000",
                "--logging.level.root=WARN")
                .jvmFlags("-Xmx256m").logFile(Path.of("target", logName))
                .readyWhenHttpOk("http://127.0.0.1:" + port + "/actuator/health", Duration.ofMinutes(2)).start();
        return "http://127.0.0.1:" + port;
    }

    void stopGateway() {
        if (gateway != null) {
            gateway.process().destroy();
        }
    }
}
