package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.LoginAttemptStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Failed sign-in counts in MongoDB, one document per key, counted with atomic increments. */
@Repository
class MongoLoginAttemptStore implements LoginAttemptStore {

    private final MongoTemplate mongo;

    MongoLoginAttemptStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Instant> lockedUntil(String key) {
        return Optional.ofNullable(mongo.findById(key, LoginAttemptDocument.class)).map(LoginAttemptDocument::lockedUntil);
    }

    @Override
    public int recordFailure(String key, Instant now, Duration window) {
        // Within the current window: one more failure.
        LoginAttemptDocument counted = mongo.findAndModify(
                query(where("_id").is(key).and("windowStart").gt(now.minus(window))),
                new Update().inc("failures", 1), FindAndModifyOptions.options().returnNew(true),
                LoginAttemptDocument.class);
        if (counted != null) {
            return counted.failures();
        }
        // No document, or its window is over: this failure opens a new window (a lock in force stays).
        LoginAttemptDocument opened = mongo.findAndModify(query(where("_id").is(key)),
                new Update().set("failures", 1).set("windowStart", now),
                FindAndModifyOptions.options().upsert(true).returnNew(true), LoginAttemptDocument.class);
        return opened == null ? 1 : opened.failures();
    }

    @Override
    public void lock(String key, Instant until) {
        mongo.upsert(query(where("_id").is(key)), new Update().set("lockedUntil", until).set("failures", 0),
                LoginAttemptDocument.class);
    }

    @Override
    public void clear(String key) {
        mongo.remove(query(where("_id").is(key)), LoginAttemptDocument.class);
    }
}
