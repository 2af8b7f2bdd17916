package io.opensdr.campaign.persistence;

import io.opensdr.campaign.domain.Role;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An invitation as stored: its token's SHA-256 only. */
@Document("invitations")
record InvitationDocument(@Id String id, @Indexed String workspaceId, String email, Role role,
                          @Indexed(unique = true) String tokenHash, String invitedBy, Instant createdAt,
                          Instant expiresAt, Instant acceptedAt, Instant revokedAt, Instant emailedAt) {
}
