package io.opensdr.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.e2e.Mailbox.ReceivedEmail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SPA as a user sees it, in a real browser: Debian's chromium driven by playwright-core
 * (e2e-tests/browser/journey.mjs) through the gateway of the same local stack as the HTTP flow.
 * Signs in, opens every screen, creates and launches a campaign on the demo directory, sees its
 * prospects and drafts arrive, edits and approves a draft and sees it sent; axe-core checks each
 * screen (serious or critical violations fail), and the screenshots are left in
 * e2e-tests/target/browser-screenshots/. The edited email is then read back from the mailbox.
 */
@ExtendWith(SharedLocalStack.class)
@Order(2)
class BrowserJourneyE2EIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration JOURNEY_LIMIT = Duration.ofMinutes(5);

    private static Path root;
    private static LocalStackProcess stack;

    @BeforeAll
    static void useTheLocalStack(LocalStackProcess shared) {
        root = SharedLocalStack.repositoryRoot();
        stack = shared;
    }

    @Test
    void shouldSignInOpenEveryScreenAndSendAnApprovedDraftInARealBrowser() throws Exception {
        Path screenshots = root.resolve("e2e-tests/target/browser-screenshots");
        deleteFolder(screenshots);

        List<JsonNode> events = runJourney(screenshots);

        JsonNode result = events.get(events.size() - 1);
        assertThat(result.path("result").asText()).as(result.toPrettyString()).isEqualTo("passed");
        assertThat(events).extracting(event -> event.path("step").asText())
                .contains("signed-up", "invitation-accepted", "signed-in", "draft-resumed", "launched", "pipeline",
                        "threshold-slider", "approved", "rejected-by-keyboard", "sent");
        try (Stream<Path> files = Files.list(screenshots)) {
            // Named "<order>-<screen>.png"; the order moves whenever a screen is added.
            assertThat(files.map(p -> p.getFileName().toString().replaceFirst("^\\d+-", "")))
                    .contains("sign-in.png", "sign-up-weak-password.png", "members-invited.png", "invitation-accept.png",
                            "setup-1-name.png", "setup-2-target.png", "setup-3-template.png",
                            "setup-4-availability.png", "setup-5-review.png", "prospects.png", "prospect-detail.png",
                            "prospects-review-band.png", "prospects-threshold.png", "review.png", "review-reject.png",
                            "campaign-sent.png", "tracker.png", "dashboard-after.png", "tablet-review.png");
        }
        // The invitation was emailed (campaign-service to GreenMail): the invitee's mailbox holds it.
        JsonNode invited = events.stream().filter(event -> event.path("step").asText().equals("invited")).findFirst()
                .orElseThrow();
        assertThat(invited.path("emailed").asBoolean()).as(invited.toPrettyString()).isTrue();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Mailbox.inbox(stack.port(3143), invited.path("invitee").asText()))
                        .extracting(ReceivedEmail::body).singleElement().asString()
                        .contains("/invitations/accept#token="));
        // The browser said "sent"; the recipient's mailbox holds the subject as edited in the browser.
        String recipient = result.path("recipientEmail").asText();
        String subject = result.path("subject").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ReceivedEmail> inbox = Mailbox.inbox(stack.port(3143), recipient);
            assertThat(inbox).extracting(ReceivedEmail::subject).containsExactly(subject);
        });
    }

    private static List<JsonNode> runJourney(Path screenshots) throws IOException, InterruptedException {
        Path folder = root.resolve("e2e-tests/browser");
        Path output = Files.createTempFile("browser-journey", ".out");
        Process node = new ProcessBuilder("node", "journey.mjs",
                "--base-url", stack.gatewayUrl(),
                "--email", "demo@opensdr.io",
                "--password", "demo-password-2026",
                "--out", screenshots.toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean exited = node.waitFor(JOURNEY_LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.copy(output, root.resolve("e2e-tests/target/browser-journey.out"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(output);
        assertThat(exited).as("the browser journey ended within %s:%n%s", JOURNEY_LIMIT, text).isTrue();
        assertThat(node.exitValue()).as("the browser journey failed (screenshots in %s):%n%s", screenshots, text)
                .isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("{")) {
                events.add(JSON.readTree(line));
            }
        }
        assertThat(events).as(text).isNotEmpty();
        return events;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
