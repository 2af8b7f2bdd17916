package io.opensdr.kit.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads and writes of many documents by {@code _id}, a chunk of ids per {@code $in}:
 * mongo-java-server finds each id by index, then checks every document found against the whole
 * {@code $in} list, so one query of 500 ids made 250,000 comparisons.
 */
final class ById {

    private static final int CHUNK = 50;

    private ById() {
    }

    /** The documents of these ids, with only the projected fields (all of them when it is null). */
    static List<Document> find(MongoTemplate mongo, String collection, List<?> ids, Bson projection) {
        List<Document> documents = new ArrayList<>(ids.size());
        for (List<?> chunk : chunks(ids)) {
            mongo.getCollection(collection).find(Filters.in("_id", chunk)).projection(projection).into(documents);
        }
        return documents;
    }

    static void delete(MongoTemplate mongo, String collection, List<?> ids) {
        for (List<?> chunk : chunks(ids)) {
            mongo.getCollection(collection).deleteMany(Filters.in("_id", chunk));
        }
    }

    /** Which of these ids the collection holds a document of. */
    static Set<Object> stored(MongoTemplate mongo, String collection, List<?> ids) {
        Set<Object> stored = new HashSet<>();
        for (Document document : find(mongo, collection, ids, Projections.include("_id"))) {
            stored.add(document.get("_id"));
        }
        return stored;
    }

    private static <T> List<List<T>> chunks(List<T> ids) {
        List<List<T>> chunks = new ArrayList<>((ids.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
