package io.opensdr.campaign.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Failed sign-ins for one key ({@code account:<email>} or {@code address:<ip>}) in the current window, and its lock. */
@Document("login_attempts")
record LoginAttemptDocument(@Id String id, int failures, Instant windowStart, Instant lockedUntil) {
}
