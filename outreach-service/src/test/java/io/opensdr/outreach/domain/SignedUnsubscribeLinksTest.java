package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SignedUnsubscribeLinksTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-bytes-long";

    private final SignedTokens tokens = new SignedTokens(SECRET);
    private final SignedUnsubscribeLinks links =
            new SignedUnsubscribeLinks(URI.create("https://sdr.example.com/"), tokens);

    @Test
    void shouldPointAtThePublicUnsubscribeRouteWithATokenNamingIdsOnly() {
        String link = links.linkFor("w1", "p1", "ada.lovelace@example.com");

        assertThat(link).startsWith("https://sdr.example.com/api/outreach/unsubscribe/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(UnsubscribeToken.read(tokens, token)).contains(new UnsubscribeToken("w1", "p1", null));
        assertThat(tokens.verify(token).orElseThrow()).doesNotContain("ada").doesNotContain("example.com");
    }

    @Test
    void shouldNameTheEmailWhenItHasOne() {
        String link = links.linkForEmail("w1", "p1", "p1:1");

        assertThat(UnsubscribeToken.read(tokens, tokenOf(link))).contains(new UnsubscribeToken("w1", "p1", "p1:1"));
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() {
        String forged = new UnsubscribeToken("w1", "p1", null).sign(new SignedTokens("another-secret-of-at-least-32-bytes!!"));

        assertThat(UnsubscribeToken.read(tokens, forged)).isEmpty();
    }

    @Test
    void shouldRefuseATokenWhosePayloadWasChanged() {
        String token = tokenOf(links.linkFor("w1", "p1", "a@example.com"));
        String otherPayload = tokenOf(links.linkFor("w1", "p2", "a@example.com"));
        String altered = otherPayload.substring(0, otherPayload.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(UnsubscribeToken.read(tokens, altered)).isEmpty();
    }

    @Test
    void shouldRefuseATokenSignedForAnotherPurpose() {
        String trackingToken = tokens.sign("open.v1\nw1\np1\np1:1");

        assertThat(UnsubscribeToken.read(tokens, trackingToken)).isEmpty();
    }

    @Test
    void shouldRefuseMalformedTokens() {
        assertThat(UnsubscribeToken.read(tokens, "not-a-token")).isEmpty();
        assertThat(UnsubscribeToken.read(tokens, "a.b.c")).isEmpty();
        assertThat(UnsubscribeToken.read(tokens, "%%%.***")).isEmpty();
        assertThat(UnsubscribeToken.read(tokens, tokens.sign("unsubscribe.v1\n\np1\n"))).isEmpty();
        assertThat(UnsubscribeToken.read(tokens, null)).isEmpty();
    }

    @Test
    void shouldRefuseIdsThatCannotBeCarried() {
        assertThatThrownBy(() -> new UnsubscribeToken("w1", "p\n1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnsubscribeToken(" ", "p1", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
