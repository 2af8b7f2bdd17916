package io.opensdr.prospector.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.FoundProspect;
import io.opensdr.prospector.domain.ProspectStore;
import io.opensdr.prospector.messaging.ProspectFoundMapper;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Prospects, at most one per person and workspace. A person has up to three identities (see
 * ProspectIdentities), stored together in one array with a unique multikey index: a prospect is
 * one insert, which MongoDB accepts only when none of its identities is already anyone's, so two
 * instances racing on the same person, even through different identities, produce one document
 * and, since the ProspectFound travels in that document's outbox, one announcement.
 *
 * <p>Why one array rather than an {@code identities} collection of claims: a single-document
 * insert is atomic on MongoDB and on mongo-java-server 1.47, which has no multi-document
 * transactions; claims in a separate collection would need an ordered claim protocol with release
 * on conflict and takeover after a crash. Verified on mongo-java-server 1.47.0, memory and H2
 * backends: a second document sharing any array element is refused, eight threads inserting
 * overlapping documents 200 times always left exactly one, and a refused insert leaves none of its
 * other elements behind (MongoProspectStoreIT repeats the race through this store).
 */
@Repository
public class MongoProspectStore implements ProspectStore {

    private static final Logger log = LoggerFactory.getLogger(MongoProspectStore.class);
    static final String IDENTITY_INDEX = "person_identities";
    /** The index of the single-key deduplication this replaced; dropped where an older version left it. */
    static final String LEGACY_INDEX = "workspace_person";

    private final MongoTemplate mongo;

    public MongoProspectStore(MongoTemplate mongo) {
        this.mongo = mongo;
        ensureIdentityIndex();
    }

    @Override
    public boolean recordIfNew(FoundProspect prospect) {
        Candidate candidate = prospect.candidate();
        ProspectDocument document = new ProspectDocument(prospect.prospectId(), prospect.workspaceId(), prospect.campaignId(),
                withAddressHash(prospect), prospect.source().name(), candidate.sourceKey(), prospect.ranked().priority(),
                candidate.person().firstName(), candidate.person().lastName(), candidate.person().title(),
                candidate.person().email(), candidate.person().emailGrade().name(), candidate.person().phone(),
                candidate.person().linkedinUrl(), candidate.company().name(), candidate.company().domain(), prospect.foundAt(),
                List.of(OutboxEntry.of(ProspectFoundMapper.toEvent(prospect))));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyFound) {
            return false;
        }
    }

    /**
     * The person's identities and, when they have an address, its hash, under which a suppressed
     * person is kept out (see MongoSuppressedPeople): a suppressed person's insert is refused like
     * a duplicate's.
     */
    private static List<String> withAddressHash(FoundProspect prospect) {
        String email = prospect.candidate().person().email();
        if (email == null || email.isBlank()) {
            return prospect.identities();
        }
        List<String> identities = new java.util.ArrayList<>(prospect.identities());
        identities.add(MongoSuppressedPeople.identity(AddressHash.of(prospect.workspaceId(), email)));
        return identities;
    }

    /**
     * Creates the unique index over identities. Prospects stored by the previous version, keyed by
     * a single {@code dedupKey}, get their identities from it first (without the other two, which
     * that version did not keep), and its index is dropped, since it would refuse every new prospect
     * without a {@code dedupKey}.
     */
    private void ensureIdentityIndex() {
        IndexOperations indexes = mongo.indexOps(ProspectDocument.class);
        if (indexes.getIndexInfo().stream().anyMatch(index -> LEGACY_INDEX.equals(index.getName()))) {
            indexes.dropIndex(LEGACY_INDEX);
        }
        Query legacy = Query.query(Criteria.where(ProspectDocument.IDENTITIES).exists(false));
        for (Document old : mongo.find(legacy, Document.class, ProspectDocument.COLLECTION)) {
            String key = old.getString("dedupKey") != null ? old.getString("dedupKey") : "prospect:" + old.get("_id");
            String identity = old.getString("workspaceId") + "|" + key;
            mongo.updateFirst(Query.query(Criteria.where("_id").is(old.get("_id"))),
                    new Update().set(ProspectDocument.IDENTITIES, List.of(identity)), ProspectDocument.COLLECTION);
        }
        indexes.ensureIndex(new Index().on(ProspectDocument.IDENTITIES, Sort.Direction.ASC).unique().named(IDENTITY_INDEX));
        log.debug("Unique index {} on prospects.{} in place", IDENTITY_INDEX, ProspectDocument.IDENTITIES);
    }
}
