package io.opensdr.campaign.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A refresh token as stored: its SHA-256 only, never the token. */
@Document("refresh_tokens")
record RefreshTokenDocument(@Id String id, @Indexed String familyId, @Indexed String userId, String workspaceId,
                            @Indexed(unique = true) String tokenHash, Instant issuedAt, Instant expiresAt,
                            Instant usedAt, Instant revokedAt) {
}
