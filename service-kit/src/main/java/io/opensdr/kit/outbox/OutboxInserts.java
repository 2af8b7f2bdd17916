package io.opensdr.kit.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Inserts many new documents, events in their outboxes, in one unordered round trip, and skips
 * those already stored (same {@code _id}: a redelivered record, a race). {@link
 * MongoTemplate#insertAll} cannot do this: one duplicate fails it, and it then tells the relay
 * about none of the documents it did insert. Here the relay hears of each inserted document, as it
 * does of a single insert, and relays its events at once.
 */
public class OutboxInserts {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    public OutboxInserts(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    /**
     * @return the entities that were inserted, in order; those whose {@code _id} was already stored
     *         are left out and change nothing
     * @throws DataAccessException for any other failure; the documents inserted before it stay,
     *                             and inserting the same list again completes it
     */
    public <T> List<T> insertNew(List<T> entities, String collection) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<Document> documents = new ArrayList<>(entities.size());
        for (T entity : entities) {
            Document document = new Document();
            mongo.getConverter().write(entity, document);
            documents.add(document);
        }
        Set<Integer> alreadyStored = insertMany(documents, collection);
        List<T> inserted = new ArrayList<>(entities.size() - alreadyStored.size());
        for (int index = 0; index < entities.size(); index++) {
            if (!alreadyStored.contains(index)) {
                inserted.add(entities.get(index));
                events.publishEvent(new AfterSaveEvent<>(entities.get(index), documents.get(index), collection));
            }
        }
        return inserted;
    }

    /**
     * {@link #insertNew} for documents built without the mapping converter (a hot path's own
     * mapping, with outbox entries from {@link OutboxEntry#toDocument()}).
     *
     * @return the documents that were inserted, in order
     */
    public List<Document> insertNewDocuments(List<Document> documents, String collection) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Set<Integer> alreadyStored = insertMany(documents, collection);
        List<Document> inserted = new ArrayList<>(documents.size() - alreadyStored.size());
        for (int index = 0; index < documents.size(); index++) {
            if (!alreadyStored.contains(index)) {
                inserted.add(documents.get(index));
                events.publishEvent(new AfterSaveEvent<>(documents.get(index), documents.get(index), collection));
            }
        }
        return inserted;
    }

    /** @return the indexes of the documents whose {@code _id} was already stored */
    private Set<Integer> insertMany(List<Document> documents, String collection) {
        Set<Integer> alreadyStored = new HashSet<>();
        try {
            mongo.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw translated(e);
                }
                alreadyStored.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw translated(e);
            }
        } catch (RuntimeException e) {
            throw translated(e);
        }
        return alreadyStored;
    }

    private RuntimeException translated(RuntimeException e) {
        DataAccessException translated = mongo.getExceptionTranslator().translateExceptionIfPossible(e);
        return translated != null ? translated : e;
    }
}
