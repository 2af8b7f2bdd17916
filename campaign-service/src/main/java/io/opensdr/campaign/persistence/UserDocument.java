package io.opensdr.campaign.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user as stored: unique by (lower-case) email, with a BCrypt password hash; {@code name} null for users from before sign-up. */
@Document("users")
record UserDocument(@Id String id, @Indexed(unique = true) String email, String passwordHash,
                    @Indexed String workspaceId, String name) {
}
