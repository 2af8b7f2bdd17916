package io.opensdr.prospector.domain;

import java.util.List;

/**
 * A person their workspace may never contact again (from outreach's PersonSuppressed), named by
 * the address hash only.
 *
 * @param erase       a GDPR erasure: delete the person's prospects and imported rows, keep only the hash
 * @param prospectIds the prospects outreach knew with this address (this service may hold more)
 */
public record Suppression(String workspaceId, String addressHash, String reason, boolean erase, List<String> prospectIds) {

    public Suppression {
        if (workspaceId == null || workspaceId.isBlank()) {
            throw new IllegalArgumentException("a suppression needs a workspace");
        }
        if (addressHash == null || !addressHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a suppression's address hash must be 64 lower-case hex digits");
        }
        prospectIds = List.copyOf(prospectIds);
    }
}
