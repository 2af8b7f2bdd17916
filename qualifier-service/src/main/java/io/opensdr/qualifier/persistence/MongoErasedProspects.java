package io.opensdr.qualifier.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.qualifier.domain.ErasedProspects;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Deletes an erased person's assessments and pending prospects: those named, and those of the
 * workspace whose stored address has the erased hash (a scan of the workspace's addresses, which
 * erasures, being rare, can afford).
 */
@Repository
class MongoErasedProspects implements ErasedProspects {

    private static final String EMAIL = "prospect.person.email";

    private final MongoTemplate mongo;

    MongoErasedProspects(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long erase(String workspaceId, String addressHash, List<String> prospectIds) {
        long deleted = 0;
        for (String collection : List.of(AssessmentDocument.COLLECTION, PendingProspectDocument.COLLECTION)) {
            Set<Object> ids = new LinkedHashSet<>(prospectIds);
            Query withAddress = query(where("prospect.workspaceId").is(workspaceId).and(EMAIL).ne(null));
            withAddress.fields().include("_id").include(EMAIL);
            try (Stream<Document> stored = mongo.stream(withAddress, Document.class, collection)) {
                stored.filter(d -> addressHash.equals(hashOf(workspaceId, d))).forEach(d -> ids.add(d.get("_id")));
            }
            if (!ids.isEmpty()) {
                Query ofTheWorkspace = query(where("_id").in(ids).and("prospect.workspaceId").is(workspaceId));
                if (collection.equals(AssessmentDocument.COLLECTION)) {
                    // An announcement not relayed yet carries the contact: it goes with its assessment.
                    Query idsOnly = Query.of(ofTheWorkspace);
                    idsOnly.fields().include("_id");
                    List<Object> erasedIds = mongo.find(idsOnly, Document.class, collection).stream().map(d -> d.get("_id")).toList();
                    if (!erasedIds.isEmpty()) {
                        mongo.remove(query(where(OutboxEntry.OWNER).in(erasedIds)), MongoAssessmentStore.OUTBOX.events());
                    }
                }
                deleted += mongo.remove(ofTheWorkspace, collection).getDeletedCount();
            }
        }
        return deleted;
    }

    private static String hashOf(String workspaceId, Document stored) {
        Document prospect = stored.get("prospect", Document.class);
        Document person = prospect == null ? null : prospect.get("person", Document.class);
        String email = person == null ? null : person.getString("email");
        return email == null || email.isBlank() ? null : AddressHash.of(workspaceId, email);
    }
}
