package io.opensdr.kit.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How every service names a suppressed person without keeping their address: the lower-case hex
 * SHA-256 of the UTF-8 bytes of {@code workspaceId + "\n" + normalised address}, the address
 * normalised by trimming it and lower-casing it (as prospects are deduplicated). The same address
 * in two workspaces gives two hashes, so one workspace's list says nothing about another's. This
 * is the {@code addressHash} of the {@code PersonSuppressed} event; a consumer outside the JVM
 * computes it the same way.
 */
public final class AddressHash {

    private AddressHash() {
    }

    public static String of(String workspaceId, String email) {
        if (workspaceId == null || workspaceId.isBlank()) {
            throw new IllegalArgumentException("a workspace is required");
        }
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("an address is required");
        }
        byte[] input = (workspaceId + "\n" + normalise(email)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Trimmed and lower case, the form in which addresses are compared everywhere. */
    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether a text has the form of an address hash (64 lower-case hex digits). */
    public static boolean isHash(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }
}
