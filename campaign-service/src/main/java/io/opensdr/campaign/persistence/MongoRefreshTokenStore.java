package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.RefreshToken;
import io.opensdr.campaign.domain.RefreshTokenStore;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Refresh tokens in MongoDB; marking one used is a conditional single-document update, so only one request wins. */
@Repository
class MongoRefreshTokenStore implements RefreshTokenStore {

    private final MongoTemplate mongo;

    MongoRefreshTokenStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(RefreshToken token) {
        mongo.insert(new RefreshTokenDocument(token.id(), token.familyId(), token.userId(), token.workspaceId(),
                token.tokenHash(), token.issuedAt(), token.expiresAt(), token.usedAt(), token.revokedAt()));
    }

    @Override
    public boolean insertIfAbsent(RefreshToken token) {
        try {
            insert(token);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(query(where("tokenHash").is(tokenHash)), RefreshTokenDocument.class))
                .map(d -> new RefreshToken(d.id(), d.familyId(), d.userId(), d.workspaceId(), d.tokenHash(),
                        d.issuedAt(), d.expiresAt(), d.usedAt(), d.revokedAt()));
    }

    @Override
    public boolean markUsed(String tokenId, Instant at) {
        return mongo.updateFirst(query(where("_id").is(tokenId).and("usedAt").is(null).and("revokedAt").is(null)),
                Update.update("usedAt", at), RefreshTokenDocument.class).getModifiedCount() == 1;
    }

    @Override
    public void revokeFamily(String familyId, Instant at) {
        mongo.updateMulti(query(where("familyId").is(familyId).and("revokedAt").is(null)),
                Update.update("revokedAt", at), RefreshTokenDocument.class);
    }

    @Override
    public Set<String> familiesIn(String userId, String workspaceId, Instant issuedAfter, Instant now) {
        Set<String> families = new TreeSet<>();
        for (RefreshTokenDocument token : mongo.find(query(where("userId").is(userId).and("workspaceId").is(workspaceId)),
                RefreshTokenDocument.class)) {
            boolean recent = token.issuedAt() != null && token.issuedAt().isAfter(issuedAfter);
            boolean usable = token.usedAt() == null && token.revokedAt() == null && token.expiresAt() != null
                    && token.expiresAt().isAfter(now);
            if (recent || usable) {
                families.add(token.familyId());
            }
        }
        return families;
    }
}
