package io.opensdr.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The platform as prospects and schedulers reach it: through the gateway only. Links found in
 * emails are followed only when they point at OpenSDR's own API on this machine (the simulator
 * never calls out), sent to the configured gateway (so that a stack started with a port offset
 * gets them), and never redirected (a click redirect's target is only read, not visited).
 */
final class Gateway {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * A person's mail client and browser, so that outreach counts these opens and clicks as human
     * (it sets apart those of proxies, scanners and bare HTTP libraries); named, so a log tells them apart.
     */
    static final String MAIL_CLIENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.0 OpenSDR-prospect-simulator";

    /** The answer to one request: its status and, for a redirect, where it points. */
    record Answer(int status, Optional<String> location) {

        boolean isSuccess() {
            return status >= 200 && status < 400;
        }
    }

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    Gateway(URI base, String login, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI base() {
        return base;
    }

    /**
     * The prospects to play: the recipients of the signed-in user's approved drafts (campaign
     * service's review queue), the way a newcomer approves them in the UI.
     */
    Set<String> approvedRecipients() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/drafts?status=APPROVED"))
                .timeout(TIMEOUT).header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = send(request, "the gateway at " + base);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalStateException("the gateway refused the login (" + response.statusCode()
                    + "); check --login and --password");
        }
        if (response.statusCode() != 200) {
            throw new Unreachable("the review queue (" + request.uri() + ") answered " + response.statusCode()
                    + " (campaign-service still starting?)", null);
        }
        Set<String> recipients = new TreeSet<>();
        try {
            JsonNode drafts = JSON.readTree(response.body());
            for (JsonNode draft : drafts) {
                String email = draft.path("recipient").path("email").asText("");
                if (!email.isBlank()) {
                    recipients.add(email.trim());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the review queue's answer is not the expected JSON: " + e.getMessage(), e);
        }
        return recipients;
    }

    /** GETs a link found in an email (open pixel, tracked click), without following a redirect. */
    Answer follow(String link) {
        HttpRequest request = HttpRequest.newBuilder(local(link)).timeout(TIMEOUT)
                .header("User-Agent", MAIL_CLIENT).GET().build();
        return answer(send(request, "the gateway at " + base));
    }

    /** The one-click unsubscribe of RFC 8058: a form POST of {@code List-Unsubscribe=One-Click}. */
    Answer unsubscribeOneClick(String link) {
        HttpRequest request = HttpRequest.newBuilder(local(link)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build();
        return answer(send(request, "the gateway at " + base));
    }

    Answer post(SchedulerWebhooks.SignedWebhook webhook) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(webhook.path())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(webhook.signatureHeader(), webhook.signature())
                .POST(HttpRequest.BodyPublishers.ofString(webhook.body(), StandardCharsets.UTF_8)).build();
        return answer(send(request, "the gateway at " + base));
    }

    /** True when the link is OpenSDR's own API on this machine, which the simulator may call. */
    static boolean isLocalApi(String link) {
        try {
            URI uri = URI.create(link);
            String host = uri.getHost();
            return ("127.0.0.1".equals(host) || "localhost".equals(host))
                    && uri.getRawPath() != null && uri.getRawPath().startsWith("/api/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The link's path and query on the configured gateway. */
    URI local(String link) {
        if (!isLocalApi(link)) {
            throw new IllegalArgumentException("not OpenSDR's API on this machine: " + link);
        }
        URI uri = URI.create(link);
        return URI.create(base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Location"));
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable(what + " is not reachable (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while calling " + what, e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused; is the stack running? deploy/local/start.sh";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
