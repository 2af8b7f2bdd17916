package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.outreach.domain.SuppressionList;
import io.opensdr.outreach.domain.SuppressionReason;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The workspace-wide suppression list in MongoDB, one document per person keyed by the address
 * hash. Suppressing twice keeps the first reason, except that an erasure always wins: it turns an
 * earlier entry into ERASED and clears its detail, which may have named the person.
 */
@Repository
class MongoSuppressionList implements SuppressionList {

    private static final int MAX_DETAIL = 500;

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoSuppressionList(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** An absent or blank address names nobody, so it is not suppressed (and cannot be emailed either). */
    @Override
    public boolean isSuppressed(String workspaceId, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        return mongo.exists(query(where("_id").is(AddressHash.of(workspaceId, email))), SuppressionDocument.class);
    }

    @Override
    public void suppress(String workspaceId, String email, SuppressionReason reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        String hash = AddressHash.of(workspaceId, email);
        Instant now = clock.instant();
        boolean erased = reason == SuppressionReason.ERASED;
        SuppressionDocument document = new SuppressionDocument(hash, workspaceId, reason.name(),
                erased ? null : bounded(detail), now, erased ? now : null, List.of());
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException alreadySuppressed) {
            if (erased) {
                mongo.updateFirst(query(where("_id").is(hash).and("reason").ne(SuppressionReason.ERASED.name())),
                        new Update().set("reason", reason.name()).unset("detail").set("erasedAt", now),
                        SuppressionDocument.class);
            }
        }
    }

    private static String bounded(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    }
}
