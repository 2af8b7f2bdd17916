package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.MutableClock;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkTrackingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";
    private static final String BOOKING = "https://calendly.example/camille/30min?name=Claire%20Martin"
            + "&email=claire%40acme.example&utm_source=opensdr&utm_content=p-1";
    private static final String BODY = "Hello Claire,\n\nWould 30 minutes work? " + BOOKING + "\nOur docs: https://docs.example/start.";

    private final SignedTokens tokens = new SignedTokens("a-test-secret-of-at-least-thirty-two-bytes");
    private final TrackingLinks links = new TrackingLinks(tokens, "http://127.0.0.1:8080/");
    private final InMemoryPorts.SentEmailsInMemory sent = new InMemoryPorts.SentEmailsInMemory();
    private final InMemoryPorts.EngagementsInMemory engagements = new InMemoryPorts.EngagementsInMemory();
    private final LinkTracking tracking = new LinkTracking(links, sent, engagements, new MutableClock(NOW));

    LinkTrackingTest() {
        sent.add(new SentEmail("p-1:1", "workspace-1", "c-1", "p-1", "claire@acme.example", "<m1>", "sales@opensdr.example",
                BODY));
    }

    @Test
    void shouldRecordAHumanOpenAndAProxyOpenAsSuch() {
        String token = tokenOf(links.pixelUrl("p-1:1"));

        assertThat(tracking.opened(token, SAFARI)).isTrue();
        assertThat(tracking.opened(token, "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)")).isTrue();

        assertThat(engagements.of("p-1")).extracting(Engagement::kind, Engagement::machineGenerated, Engagement::occurredAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EngagementKind.OPENED, false, NOW),
                        org.assertj.core.groups.Tuple.tuple(EngagementKind.OPENED, true, NOW));
        assertThat(engagements.of("p-1").get(0).campaignId()).isEqualTo("c-1");
    }

    @Test
    void shouldRedirectAClickToTheSignedLinkOfTheApprovedTextAndRecordIt() {
        String token = tokenOf(links.clickUrl("p-1:1", 1, "https://docs.example/start"));

        assertThat(tracking.clicked(token, SAFARI)).contains(URI.create("https://docs.example/start"));
        assertThat(tracking.clicked(token, "Mimecast URL Protect")).isPresent();

        assertThat(engagements.of("p-1")).extracting(Engagement::kind, Engagement::detail, Engagement::machineGenerated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EngagementKind.CLICKED, "https://docs.example/start", false),
                        org.assertj.core.groups.Tuple.tuple(EngagementKind.CLICKED, "https://docs.example/start", true));
    }

    @Test
    void shouldKeepTheBookingLinksAddressOutOfTheTokenAndOutOfTheEngagement() {
        String token = tokenOf(links.clickUrl("p-1:1", 0, BOOKING));

        assertThat(new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("claire").doesNotContain("acme");
        assertThat(tracking.clicked(token, SAFARI)).contains(URI.create(BOOKING));
        assertThat(engagements.of("p-1").get(0).detail()).isEqualTo("https://calendly.example/camille/30min?"
                + "name=Claire%20Martin&email=[address]&utm_source=opensdr&utm_content=p-1");
    }

    @Test
    void shouldRecordNothingAndRedirectNowhereForAForgedOrMismatchedToken() {
        String forged = new SignedTokens("an-attackers-secret-of-thirty-two-bytes!").sign("click\np-1:1\n1\n"
                + TrackingLinks.digest("https://docs.example/start"));
        String otherLink = tokenOf(links.clickUrl("p-1:1", 1, "https://evil.example"));
        String outOfRange = tokenOf(links.clickUrl("p-1:1", 7, "https://docs.example/start"));

        assertThat(tracking.clicked(forged, SAFARI)).isEmpty();
        assertThat(tracking.clicked(otherLink, SAFARI)).isEmpty();
        assertThat(tracking.clicked(outOfRange, SAFARI)).isEmpty();
        assertThat(tracking.clicked(tokenOf(links.pixelUrl("p-1:1")), SAFARI)).isEmpty();
        assertThat(tracking.opened("not-a-token", SAFARI)).isFalse();
        assertThat(tracking.opened(forged, SAFARI)).isFalse();
        assertThat(engagements.recorded).isEmpty();
    }

    @Test
    void shouldLeadNowhereOnceTheEmailIsErased() {
        sent.add(new SentEmail("p-2:1", "workspace-1", "c-1", "p-2", null, "<m2>", "sales@opensdr.example", null));

        assertThat(tracking.clicked(tokenOf(links.clickUrl("p-2:1", 0, BOOKING)), SAFARI)).isEmpty();
        assertThat(tracking.clicked(tokenOf(links.clickUrl("p-9:1", 0, BOOKING)), SAFARI)).isEmpty();
        assertThat(engagements.recorded).isEmpty();
    }

    private static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
