package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.RevokedSessionStore;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Revoked sessions in MongoDB, one document per session, upserted (revoking twice is harmless). */
@Repository
class MongoRevokedSessionStore implements RevokedSessionStore {

    private final MongoTemplate mongo;

    MongoRevokedSessionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void revoke(String sessionId, Instant at, Instant until) {
        mongo.upsert(query(where("_id").is(sessionId)),
                new Update().setOnInsert("revokedAt", at).max("until", until), RevokedSessionDocument.class);
    }

    @Override
    public Set<String> revokedAt(Instant now) {
        return mongo.find(query(where("until").gt(now)), RevokedSessionDocument.class).stream()
                .map(RevokedSessionDocument::id).collect(Collectors.toUnmodifiableSet());
    }
}
