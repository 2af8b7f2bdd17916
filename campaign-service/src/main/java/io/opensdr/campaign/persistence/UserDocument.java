package io.opensdr.campaign.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user as stored: unique by (lower-case) email, with a BCrypt password hash. */
@Document("users")
record UserDocument(@Id String id, @Indexed(unique = true) String email, String passwordHash, String workspaceId) {
}
