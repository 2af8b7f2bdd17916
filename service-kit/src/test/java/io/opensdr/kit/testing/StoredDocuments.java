package io.opensdr.kit.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every document of every collection of a service's database, read back, to compare before and after. */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /** Collection name → its documents, ordered by id. */
    public static Map<String, List<String>> of(MongoTemplate mongo) {
        Map<String, List<String>> state = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            state.put(collection, mongo.findAll(Document.class, collection).stream().map(Document::toJson)
                    .sorted(Comparator.naturalOrder()).toList());
        }
        return state;
    }
}
