package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.MembershipStore;
import io.opensdr.campaign.domain.Role;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Role changes and removals of memberships. A user's home workspace implies an owner's membership
 * (users from before memberships); changing that role stores a membership, and removing the user
 * from it clears their home, so neither implies it again.
 */
@Repository
class MongoMembershipStore implements MembershipStore {

    private final MongoTemplate mongo;

    MongoMembershipStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void saveRole(String workspaceId, String userId, Role role, Instant joinedAt) {
        mongo.upsert(query(where("_id").is(MembershipDocument.idOf(workspaceId, userId))),
                new Update().set("role", role).setOnInsert("workspaceId", workspaceId).setOnInsert("userId", userId)
                        .setOnInsert("joinedAt", joinedAt),
                MembershipDocument.class);
    }

    @Override
    public void remove(String workspaceId, String userId) {
        mongo.remove(query(where("_id").is(MembershipDocument.idOf(workspaceId, userId))), MembershipDocument.class);
        mongo.updateFirst(query(where("_id").is(userId).and("workspaceId").is(workspaceId)),
                new Update().unset("workspaceId"), UserDocument.class);
    }
}
