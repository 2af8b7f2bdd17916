package io.opensdr.prospector.sources.csv;

import io.opensdr.prospector.domain.FoundProspect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The emails an import has met, as 64-bit hashes of the normalised address mapped to the row that
 * had it first (0 for an earlier import), in two flat open-addressing arrays: 16 to 32 bytes per row, so a
 * 200,000-row file takes 8 MB where a set of strings would take 30. Two different addresses
 * share a hash with a probability of about n²/2⁶⁵ (10⁻⁹ for a million rows).
 */
final class SeenEmails {

    private static final long EMPTY = 0L;

    private long[] hashes = new long[1 << 12];
    private long[] rows = new long[1 << 12];
    private int size;

    /** The normalised email's hash, never 0. */
    static long hash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(FoundProspect.normaliseEmail(email).getBytes(StandardCharsets.UTF_8));
            long hash = 0;
            for (int i = 0; i < 8; i++) {
                hash = hash << 8 | (digest[i] & 0xff);
            }
            return hash == EMPTY ? 1 : hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Records the hash with its row unless known; returns the row that had it first, or -1. */
    long putIfAbsent(long hash, long row) {
        if ((size + 1) * 2L > hashes.length) {
            grow();
        }
        int slot = slot(hash, hashes.length);
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
            slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = hash;
        rows[slot] = row;
        size++;
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new long[oldHashes.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = slot(oldHashes[i], hashes.length);
                while (hashes[slot] != EMPTY) {
                    slot = (slot + 1) & (hashes.length - 1);
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
        Arrays.fill(oldHashes, EMPTY);
    }

    private static int slot(long hash, int length) {
        return (int) (hash ^ hash >>> 32) & (length - 1);
    }
}
