package io.opensdr.kit.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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

    private static final String ATTEMPT = "attempt";

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
        Set<Integer> alreadyStored = insertMany(mongo, documents, collection);
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
        Set<Integer> alreadyStored = insertMany(mongo, documents, collection);
        List<Document> inserted = new ArrayList<>(documents.size() - alreadyStored.size());
        for (int index = 0; index < documents.size(); index++) {
            if (!alreadyStored.contains(index)) {
                inserted.add(documents.get(index));
                events.publishEvent(new AfterSaveEvent<>(documents.get(index), documents.get(index), collection));
            }
        }
        return inserted;
    }

    /**
     * Inserts new documents, each announced by one event kept in a document of its own in the
     * collection's {@link OutboxCollection#events() events} collection rather than in the document:
     * the relay then deletes a small event once Kafka acknowledged it, instead of updating the
     * document it announces. Two unordered writes, the events first, so that a document is never
     * stored without its event:
     * <ol>
     * <li>the events; one already there was left by an earlier attempt (pending: not published yet);</li>
     * <li>the documents; one already there was stored by an earlier attempt (a redelivered record, a race);</li>
     * <li>the events this attempt wrote for documents that were already stored are deleted (those
     * are, or were, announced by the attempt that stored them; each attempt marks its events and
     * deletes only its own); an event an earlier attempt left for a document stored only now takes
     * this attempt's content.</li>
     * </ol>
     * An attempt that stops between the writes is completed by the next one (a redelivered record),
     * which must therefore give each event the same id: an id derived from its document's id, never
     * a random one. Between the writes a safety sweep may publish an event whose document is not
     * stored yet, or one that step 3 then deletes; either is published with the id the announcement
     * keeps, so a consumer that skips event ids it has seen takes the announcement exactly once.
     *
     * @param announcements one event per document, in the same order, its id derived from the document's {@code _id}
     * @return the documents that were inserted, in order
     */
    public List<Document> insertNewAnnounced(List<Document> documents, List<OutboxEntry> announcements, OutboxCollection collection) {
        if (collection.events() == null) {
            throw new IllegalArgumentException(collection.name() + " has no events collection");
        }
        if (documents.size() != announcements.size()) {
            throw new IllegalArgumentException("one event per document: " + documents.size() + " documents, " + announcements.size() + " events");
        }
        if (documents.isEmpty()) {
            return List.of();
        }
        // Each attempt marks the events it writes, so that it only ever withdraws its own.
        long attempt = ThreadLocalRandom.current().nextLong();
        List<Document> eventDocuments = new ArrayList<>(announcements.size());
        for (int index = 0; index < announcements.size(); index++) {
            eventDocuments.add(announcements.get(index).toEventDocument(documents.get(index).get("_id")).append(ATTEMPT, attempt));
        }
        Set<Integer> pendingBefore = insertMany(mongo, eventDocuments, collection.events());
        Set<Integer> alreadyStored = insertMany(mongo, documents, collection.name());
        List<Object> notTheirs = new ArrayList<>();
        List<Document> inserted = new ArrayList<>(documents.size() - alreadyStored.size());
        for (int index = 0; index < documents.size(); index++) {
            Document event = eventDocuments.get(index);
            if (alreadyStored.contains(index)) {
                if (!pendingBefore.contains(index)) {
                    notTheirs.add(event.get("_id"));
                }
                continue;
            }
            if (pendingBefore.contains(index)) {
                // Upserted: another attempt may have withdrawn its own meanwhile.
                run(() -> mongo.getCollection(collection.events())
                        .replaceOne(Filters.eq("_id", event.get("_id")), event, new ReplaceOptions().upsert(true)));
            }
            inserted.add(documents.get(index));
        }
        if (!notTheirs.isEmpty()) {
            run(() -> mongo.getCollection(collection.events())
                    .deleteMany(Filters.and(Filters.in("_id", notTheirs), Filters.eq(ATTEMPT, attempt))));
        }
        for (int index = 0; index < documents.size(); index++) {
            if (!alreadyStored.contains(index)) {
                events.publishEvent(new AfterSaveEvent<>(eventDocuments.get(index), eventDocuments.get(index), collection.events()));
            }
        }
        return inserted;
    }

    private void run(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            throw translated(mongo, e);
        }
    }

    /** One unordered insert; @return the indexes of the documents whose {@code _id} was already stored */
    static Set<Integer> insertMany(MongoTemplate mongo, List<Document> documents, String collection) {
        Set<Integer> alreadyStored = new HashSet<>();
        try {
            mongo.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw translated(mongo, e);
                }
                alreadyStored.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw translated(mongo, e);
            }
        } catch (RuntimeException e) {
            throw translated(mongo, e);
        }
        return alreadyStored;
    }

    static RuntimeException translated(MongoTemplate mongo, RuntimeException e) {
        DataAccessException translated = mongo.getExceptionTranslator().translateExceptionIfPossible(e);
        return translated != null ? translated : e;
    }
}
