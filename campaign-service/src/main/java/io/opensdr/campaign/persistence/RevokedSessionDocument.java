package io.opensdr.campaign.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signed-out session (its id, the refresh-token family's) kept while its access tokens may live;
 * MongoDB's TTL monitor deletes it after {@code until} (reads filter on it anyway).
 */
@Document("revoked_sessions")
record RevokedSessionDocument(@Id String id, Instant revokedAt, @Indexed(expireAfter = "0s") Instant until) {
}
