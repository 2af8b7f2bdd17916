package io.opensdr.outreach.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendly's {@code Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex>}: v1 is the hex
 * HMAC-SHA256, keyed with the subscription's signing key, of {@code <t>.<raw body>}. A timestamp
 * further than the tolerance from now (old: a replay; ahead: a forged clock) is refused.
 */
class CalendlySignature {

    private final HmacSha256 hmac;
    private final Duration tolerance;
    private final Clock clock;

    /** @param signingKey null or blank when Calendly webhooks are not configured: every request is refused */
    CalendlySignature(String signingKey, Duration tolerance, Clock clock) {
        this.hmac = signingKey == null || signingKey.isBlank() ? null : new HmacSha256(signingKey);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    void verify(String header, byte[] body) {
        if (hmac == null) {
            throw new WebhookSignatureException("Calendly webhooks are not configured here (no signing key)");
        }
        if (header == null || header.isBlank()) {
            throw new WebhookSignatureException("Calendly-Webhook-Signature is missing");
        }
        String timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int equals = element.indexOf('=');
            if (equals <= 0) {
                throw new WebhookSignatureException("Calendly-Webhook-Signature is malformed");
            }
            String name = element.substring(0, equals).trim();
            String value = element.substring(equals + 1).trim();
            if (name.equals("t")) {
                timestamp = value;
            } else if (name.equals("v1")) {
                signatures.add(value);
            }
        }
        if (timestamp == null || !timestamp.matches("[0-9]{1,12}") || signatures.isEmpty()) {
            throw new WebhookSignatureException("Calendly-Webhook-Signature needs t=<unix seconds> and v1=<hex>");
        }
        byte[] signed = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        if (signatures.stream().noneMatch(signature -> hmac.matchesHex(signature, signed, body))) {
            throw new WebhookSignatureException("Calendly-Webhook-Signature does not match the body");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(tolerance) > 0) {
            throw new WebhookSignatureException("Calendly-Webhook-Signature's timestamp is more than " + tolerance.toSeconds()
                    + " s away from now (a replay, or a clock far off)");
        }
    }
}
