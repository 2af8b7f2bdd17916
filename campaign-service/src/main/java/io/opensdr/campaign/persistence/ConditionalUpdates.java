package io.opensdr.campaign.persistence;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Conditional writes to one document named by its id, in the large read models. mongo-java-server
 * (the local stack's and the tests' MongoDB) runs an update command whose filter holds more than
 * the id by reading the whole collection (measured: 80 ms a write at 200,000 documents), while its
 * findAndModify looks the document up by id first (under 1 ms). Both cost the same on MongoDB.
 * None of them upserts with a condition: a document that exists but does not match would make the
 * upsert insert a second one with the same id, a duplicate key, which mongo-java-server logs at
 * ERROR with its stack trace.
 */
final class ConditionalUpdates {

    private ConditionalUpdates() {
    }

    /**
     * Applies the update to the document of this mapped type if it matches (its id and the
     * condition in {@code query}) and answers the document as it is then, with the fields
     * {@code query} names; null when none matched. The write and what it answers are one round trip.
     */
    static Document updateAndGet(MongoTemplate mongo, Query query, Update update, Class<?> type) {
        return findAndModify(mongo, query, update, type, false);
    }

    /**
     * Applies the update to the document of this mapped type that has the id {@code query} names
     * (and nothing else), creating it if there is none, and answers the document as it is then,
     * with the fields {@code query} names.
     */
    static Document upsertAndGet(MongoTemplate mongo, Query byId, Update update, Class<?> type) {
        return findAndModify(mongo, byId, update, type, true);
    }

    /**
     * Applies the update to the document of a collection of plain documents if it matches (its id
     * and the condition in {@code query}); answers whether it did.
     */
    static boolean updateIf(MongoTemplate mongo, Query query, Update update, String collection) {
        query.fields().include("_id");
        return mongo.findAndModify(query, update, Document.class, collection) != null;
    }

    /**
     * MongoTemplate's findAndModify answers the mapped type, which does not hold every field a
     * read model keeps (the prospect's version): the query and update are mapped as the type's
     * own would be, and the document answered as stored.
     */
    private static Document findAndModify(MongoTemplate mongo, Query query, Update update, Class<?> type, boolean upsert) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        QueryMapper queries = new QueryMapper(mongo.getConverter());
        Document filter = queries.getMappedObject(query.getQueryObject(), entity);
        Document fields = queries.getMappedFields(query.getFieldsObject(), entity);
        Document changes = new UpdateMapper(mongo.getConverter()).getMappedObject(update.getUpdateObject(), entity);
        FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(upsert).returnDocument(ReturnDocument.AFTER)
                .projection(fields);
        return mongo.execute(type, collection -> collection.findOneAndUpdate(filter, changes, options));
    }
}
