package io.opensdr.campaign.persistence;

import io.opensdr.campaign.domain.Role;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One user's membership of one workspace; the id (workspace, user) makes it unique. */
@Document("memberships")
record MembershipDocument(@Id String id, @Indexed String workspaceId, @Indexed String userId, Role role,
                          Instant joinedAt) {

    static String idOf(String workspaceId, String userId) {
        return workspaceId + "/" + userId;
    }
}
