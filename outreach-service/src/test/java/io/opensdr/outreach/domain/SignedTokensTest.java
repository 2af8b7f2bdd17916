package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private final SignedTokens tokens = new SignedTokens("a-test-secret-of-at-least-32-bytes!!");

    @Test
    void shouldReturnThePayloadOfATokenItSigned() {
        String token = tokens.sign("ws-1|p-42|1");

        assertThat(tokens.verify(token)).contains("ws-1|p-42|1");
    }

    @Test
    void shouldRefuseATokenWhosePayloadWasAltered() {
        String token = tokens.sign("ws-1|p-42|1");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString("ws-1|p-43|1".getBytes());

        assertThat(tokens.verify(otherPayload + token.substring(token.indexOf('.')))).isEmpty();
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherSecret() {
        String forged = new SignedTokens("another-secret-of-at-least-32-bytes!!").sign("ws-1|p-42|1");

        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void shouldRefuseMalformedTokens() {
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("!!!.???")).isEmpty();
        assertThat(tokens.verify("x".repeat(3000) + ".y")).isEmpty();
    }

    @Test
    void shouldRefuseAShortSecret() {
        assertThatThrownBy(() -> new SignedTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
