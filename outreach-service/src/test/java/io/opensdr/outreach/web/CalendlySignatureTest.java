package io.opensdr.outreach.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.kit.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendlySignatureTest {

    /** Computed outside Java: printf '1700000000.%s' "$BODY" | openssl dgst -sha256 -hmac test-calendly-key */
    private static final String BODY = "{\"event\":\"invitee.created\"}";
    private static final String V1 = "8eaa4c7cc48995af3af9c53dc33c068f2b8b63110aaf329fbbf032132650924f";
    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1_700_000_000L);

    private final MutableClock clock = new MutableClock(SIGNED_AT.plusSeconds(30));
    private final CalendlySignature signature = new CalendlySignature("test-calendly-key", Duration.ofMinutes(3), clock);

    @Test
    void shouldAcceptTheDocumentedSignatureOfTheRawBody() {
        assertThatCode(() -> signature.verify("t=1700000000,v1=" + V1, bytes(BODY))).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify("t=1700000000, v1=" + V1.toUpperCase(), bytes(BODY))).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptAnyOfSeveralV1SignaturesWhileTheKeyIsRolled() {
        assertThatCode(() -> signature.verify("t=1700000000,v1=" + "0".repeat(64) + ",v1=" + V1, bytes(BODY)))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseABodyChangedAfterSigning() {
        assertThatThrownBy(() -> signature.verify("t=1700000000,v1=" + V1, bytes(BODY.replace("created", "canceled"))))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("does not match");
    }

    @Test
    void shouldRefuseASignatureMadeWithAnotherKey() {
        CalendlySignature other = new CalendlySignature("another-key", Duration.ofMinutes(3), clock);
        assertThatThrownBy(() -> other.verify("t=1700000000,v1=" + V1, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void shouldRefuseAnotherTimestampWithTheSameSignature() {
        assertThatThrownBy(() -> signature.verify("t=1700000001,v1=" + V1, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("does not match");
    }

    @Test
    void shouldRefuseAStaleTimestampEvenWhenTheSignatureIsRight() {
        clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(() -> signature.verify("t=1700000000,v1=" + V1, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("away from now");
    }

    @Test
    void shouldRefuseATimestampFarInTheFuture() {
        MutableClock early = new MutableClock(SIGNED_AT.minus(Duration.ofMinutes(10)));
        CalendlySignature checked = new CalendlySignature("test-calendly-key", Duration.ofMinutes(3), early);
        assertThatThrownBy(() -> checked.verify("t=1700000000,v1=" + V1, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void shouldRefuseMissingOrMalformedHeaders() {
        for (String header : new String[] {null, "", "v1=" + V1, "t=1700000000", "t=soon,v1=" + V1,
                "t=1700000000,v1=not-hex", "garbage", "t=1700000000,v1=" + V1.substring(2)}) {
            assertThatThrownBy(() -> signature.verify(header, bytes(BODY)))
                    .as(String.valueOf(header)).isInstanceOf(WebhookSignatureException.class);
        }
    }

    @Test
    void shouldRefuseEverythingWhenNoSigningKeyIsConfigured() {
        CalendlySignature unconfigured = new CalendlySignature(" ", Duration.ofMinutes(3), clock);
        assertThatThrownBy(() -> unconfigured.verify("t=1700000000,v1=" + V1, bytes(BODY)))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("not configured");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
