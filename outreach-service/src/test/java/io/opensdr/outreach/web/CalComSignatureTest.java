package io.opensdr.outreach.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalComSignatureTest {

    /** Computed outside Java: printf '%s' "$BODY" | openssl dgst -sha256 -hmac test-cal-secret */
    private static final String BODY = "{\"event\":\"invitee.created\"}";
    private static final String SIGNATURE = "bee5a251143505de6c9fc4d52551507b174fe00259b6e8bd99b1ae6a42b58236";

    private final CalComSignature signature = new CalComSignature("test-cal-secret");

    @Test
    void shouldAcceptTheHexHmacOfTheRawBody() {
        assertThatCode(() -> signature.verify(SIGNATURE, bytes(BODY))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAChangedBodyAnotherSecretOrNoSignature() {
        assertThatThrownBy(() -> signature.verify(SIGNATURE, bytes(BODY + " ")))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> new CalComSignature("other-secret").verify(SIGNATURE, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class);
        assertThatThrownBy(() -> signature.verify(null, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> signature.verify("zz", bytes(BODY))).isInstanceOf(WebhookSignatureException.class);
        assertThatThrownBy(() -> new CalComSignature(null).verify(SIGNATURE, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("not configured");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
