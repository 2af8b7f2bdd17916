package io.opensdr.outreach.web;

/**
 * Cal.com's {@code X-Cal-Signature-256}: the hex HMAC-SHA256 of the raw body keyed with the
 * webhook's secret. It carries no timestamp: replays are absorbed by the bookings' idempotency.
 */
class CalComSignature {

    private final HmacSha256 hmac;

    /** @param secret null or blank when Cal.com webhooks are not configured: every request is refused */
    CalComSignature(String secret) {
        this.hmac = secret == null || secret.isBlank() ? null : new HmacSha256(secret);
    }

    void verify(String header, byte[] body) {
        if (hmac == null) {
            throw new WebhookSignatureException("Cal.com webhooks are not configured here (no webhook secret)");
        }
        if (header == null || header.isBlank()) {
            throw new WebhookSignatureException("X-Cal-Signature-256 is missing");
        }
        if (!hmac.matchesHex(header, body)) {
            throw new WebhookSignatureException("X-Cal-Signature-256 does not match the body");
        }
    }
}
