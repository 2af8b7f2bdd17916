package io.opensdr.outreach.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Verifies SendGrid's signed event webhook: an ECDSA P-256 signature with SHA-256 over the
 * timestamp header's text immediately followed by the raw body, checked against the account's
 * verification key (base64 DER, as SendGrid shows it), with a replay window of our own on the
 * timestamp.
 */
class SendGridSignature {

    private final PublicKey key;
    private final Duration maxAge;
    private final Clock clock;

    /** @param base64DerKey the verification key; null or blank refuses every request */
    SendGridSignature(String base64DerKey, Duration maxAge, Clock clock) {
        this.key = base64DerKey == null || base64DerKey.isBlank() ? null : parse(base64DerKey);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** @return why the request is refused, or empty when it is authentic and fresh */
    Optional<String> refusal(String signature, String timestamp, byte[] body) {
        if (key == null) {
            return Optional.of("No SendGrid verification key is configured; no event is accepted.");
        }
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            return Optional.of("The signature or timestamp header is missing.");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Optional.of("The timestamp is not a number of seconds.");
        }
        Instant signedAt = Instant.ofEpochSecond(seconds);
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(maxAge) > 0) {
            return Optional.of("The timestamp is outside the accepted window of " + maxAge.toSeconds() + " s.");
        }
        if (!valid(signature.trim(), timestamp, body)) {
            return Optional.of("The signature does not match.");
        }
        return Optional.empty();
    }

    private boolean valid(String signature, String timestamp, byte[] body) {
        try {
            byte[] der = Base64.getDecoder().decode(signature);
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            return verifier.verify(der);
        } catch (IllegalArgumentException | GeneralSecurityException malformed) {
            // Not base64, not a DER signature: as good as a wrong one.
            return false;
        }
    }

    private static PublicKey parse(String base64DerKey) {
        try {
            byte[] der = Base64.getDecoder().decode(base64DerKey.replaceAll("\\s", ""));
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("The SendGrid verification key is not a base64 DER EC public key", e);
        }
    }
}
