package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.kit.outbox.Outbox;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.outreach.domain.PersonRecords;
import io.opensdr.outreach.domain.SuppressionList;
import io.opensdr.outreach.domain.SuppressionReason;
import io.opensdr.outreach.messaging.SuppressionEvents;
import io.opensdr.events.PersonSuppressed;
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
 * hash, each suppression announced by a PersonSuppressed in the same write (the outbox rides in
 * the document). Suppressing twice keeps the first reason and announces nothing, except that an
 * erasure always wins: it turns an earlier entry into ERASED, clears its detail (which may have
 * named the person) and announces the erasure.
 */
@Repository
class MongoSuppressionList implements SuppressionList {

    private static final int MAX_DETAIL = 500;

    private final MongoTemplate mongo;
    private final PersonRecords records;
    private final Clock clock;

    MongoSuppressionList(MongoTemplate mongo, PersonRecords records, Clock clock) {
        this.mongo = mongo;
        this.records = records;
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
        if (reason != SuppressionReason.ERASED && mongo.exists(query(where("_id").is(hash)), SuppressionDocument.class)) {
            return; // the common repeat (a second click, a redelivered webhook) costs one lookup
        }
        Instant now = clock.instant();
        boolean erased = reason == SuppressionReason.ERASED;
        PersonSuppressed event = event(workspaceId, email, hash, reason, now);
        SuppressionDocument document = new SuppressionDocument(hash, workspaceId, reason.name(),
                erased ? null : bounded(detail), now, erased ? now : null, List.of(OutboxEntry.of(event)));
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException alreadySuppressed) {
            if (erased) {
                Update erase = new Update().set("reason", reason.name()).unset("detail").set("erasedAt", now);
                mongo.updateFirst(query(where("_id").is(hash).and("reason").ne(SuppressionReason.ERASED.name())),
                        Outbox.record(erase, event), SuppressionDocument.class);
            }
        }
    }

    private PersonSuppressed event(String workspaceId, String email, String hash, SuppressionReason reason, Instant at) {
        List<PersonRecords.KnownRecipient> known = records.withAddress(workspaceId, email);
        List<String> campaigns = known.stream().map(PersonRecords.KnownRecipient::campaignId)
                .filter(Objects::nonNull).distinct().toList();
        String campaignId = reason != SuppressionReason.ERASED && campaigns.size() == 1 ? campaigns.get(0) : null;
        List<String> prospectIds = known.stream().map(PersonRecords.KnownRecipient::prospectId).distinct().toList();
        return SuppressionEvents.personSuppressed(workspaceId, campaignId, hash, reason, prospectIds, at);
    }

    private static String bounded(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    }
}
