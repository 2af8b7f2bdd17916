package io.opensdr.prospector.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.prospector.domain.SuppressedPeople;
import io.opensdr.prospector.domain.Suppression;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Suppressed people kept where prospects are: every prospect with an address carries the identity
 * {@code address:<hash>} (see {@link MongoProspectStore}), and a suppressed person whom no prospect
 * holds gets a marker document in {@code prospects} with that identity alone. The unique index over
 * identities then refuses a suppressed person's insert the way it refuses a duplicate, atomically,
 * whichever source found them. A prospect that holds the identity itself is marked
 * {@code suppressed}, or deleted for an erasure.
 */
@Repository
public class MongoSuppressedPeople implements SuppressedPeople {

    static final String MARKER_PREFIX = "suppressed:";
    static final String SUPPRESSED = "suppressed";
    private static final int ATTEMPTS = 5;
    private static final List<String> PERSONAL_FIELDS =
            List.of("firstName", "lastName", "title", "email", "emailHash", "phone", "linkedinUrl", "city");

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoSuppressedPeople(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The identity under which the person is deduplicated and suppressed; the hash names the workspace already. */
    static String identity(String addressHash) {
        return "address:" + addressHash;
    }

    @Override
    public long apply(Suppression suppression) {
        String identity = identity(suppression.addressHash());
        long deleted = suppression.erase() ? erase(suppression) : 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                mongo.insert(new Document("_id", MARKER_PREFIX + suppression.addressHash())
                        .append("workspaceId", suppression.workspaceId())
                        .append(ProspectDocument.IDENTITIES, List.of(identity))
                        .append(SUPPRESSED, suppression.reason())
                        .append("suppressedAt", clock.instant()), ProspectDocument.COLLECTION);
                return deleted;
            } catch (DuplicateKeyException held) {
                Document holder = mongo.findOne(query(where(ProspectDocument.IDENTITIES).is(identity)),
                        Document.class, ProspectDocument.COLLECTION);
                if (holder == null) {
                    continue; // deleted in between: try again
                }
                boolean marker = holder.getString("_id").startsWith(MARKER_PREFIX);
                if (marker || !suppression.erase()) {
                    // Kept out already, or a prospect of the person, who stays (minus any contact) and is marked.
                    if (!marker || suppression.erase()) {
                        mongo.updateFirst(query(where("_id").is(holder.get("_id"))),
                                new Update().set(SUPPRESSED, suppression.reason()), ProspectDocument.COLLECTION);
                    }
                    return deleted;
                }
                // A prospect of the erased person stored since the erasure began: it goes too.
                deleted += mongo.remove(query(where("_id").is(holder.get("_id"))), ProspectDocument.COLLECTION)
                        .getDeletedCount();
            }
        }
        throw new IllegalStateException("Could not keep address hash " + suppression.addressHash()
                + " out of the prospects after " + ATTEMPTS + " attempts");
    }

    /** Deletes the person's prospects (named, holding the hash, or with an address of that hash) and blanks their imported rows. */
    private long erase(Suppression suppression) {
        String workspaceId = suppression.workspaceId();
        String hash = suppression.addressHash();
        Set<Object> ids = new LinkedHashSet<>(suppression.prospectIds());
        Query holders = query(where(ProspectDocument.IDENTITIES).is(identity(hash)));
        holders.fields().include("_id");
        mongo.find(holders, Document.class, ProspectDocument.COLLECTION).forEach(d -> ids.add(d.get("_id")));
        // Prospects stored before address hashes were kept carry only the address: they are found by it.
        Query withAddress = query(where("workspaceId").is(workspaceId).and("email").ne(null));
        withAddress.fields().include("_id").include("email");
        try (Stream<Document> prospects = mongo.stream(withAddress, Document.class, ProspectDocument.COLLECTION)) {
            prospects.filter(d -> hashOf(workspaceId, d.getString("email")).equals(hash)).forEach(d -> ids.add(d.get("_id")));
        }
        ids.removeIf(id -> id.toString().startsWith(MARKER_PREFIX));
        long deleted = ids.isEmpty() ? 0 : mongo.remove(query(where("_id").in(ids).and("workspaceId").is(workspaceId)),
                ProspectDocument.COLLECTION).getDeletedCount();
        eraseImportedRows(workspaceId, hash);
        return deleted;
    }

    /**
     * Imported rows waiting to be read by the CSV source keep their place (the source's cursor
     * counts them) but lose the person, their email hash included, so that a later import of the
     * address is reported as suppressed rather than as a duplicate: the source passes over a row
     * marked erased.
     */
    private void eraseImportedRows(String workspaceId, String hash) {
        Query campaigns = query(where("workspaceId").is(workspaceId));
        campaigns.fields().include("_id");
        List<Object> campaignIds = mongo.find(campaigns, Document.class, CampaignDocument.COLLECTION).stream()
                .map(d -> d.get("_id")).toList();
        if (campaignIds.isEmpty()) {
            return;
        }
        Query rows = query(where("campaignId").in(campaignIds).and("email").ne(null));
        rows.fields().include("_id").include("email");
        List<Object> erased;
        try (Stream<Document> imported = mongo.stream(rows, Document.class, ImportedPersonDocument.COLLECTION)) {
            erased = imported.filter(d -> hashOf(workspaceId, d.getString("email")).equals(hash))
                    .map(d -> d.get("_id")).collect(Collectors.toList());
        }
        if (!erased.isEmpty()) {
            Update blank = new Update().set(ImportedPersonDocument.ERASED, true);
            PERSONAL_FIELDS.forEach(blank::unset);
            mongo.updateMulti(query(where("_id").in(erased)), blank, ImportedPersonDocument.COLLECTION);
        }
    }

    @Override
    public Set<String> suppressedAmong(String workspaceId, Collection<String> emails) {
        Map<String, String> byIdentity = new LinkedHashMap<>();
        for (String email : emails) {
            if (email != null && !email.isBlank()) {
                byIdentity.put(identity(hashOf(workspaceId, email)), email);
            }
        }
        if (byIdentity.isEmpty()) {
            return Set.of();
        }
        Query suppressed = query(where(ProspectDocument.IDENTITIES).in(byIdentity.keySet()).and(SUPPRESSED).exists(true));
        suppressed.fields().include(ProspectDocument.IDENTITIES);
        Set<String> found = new LinkedHashSet<>();
        for (Document document : mongo.find(suppressed, Document.class, ProspectDocument.COLLECTION)) {
            for (Object identity : document.getList(ProspectDocument.IDENTITIES, Object.class)) {
                String email = byIdentity.get(identity.toString());
                if (email != null) {
                    found.add(email);
                }
            }
        }
        return found;
    }

    private static String hashOf(String workspaceId, String email) {
        return email == null || email.isBlank() ? "" : AddressHash.of(workspaceId, email);
    }
}
