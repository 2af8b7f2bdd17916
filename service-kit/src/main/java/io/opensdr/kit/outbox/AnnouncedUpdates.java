package io.opensdr.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Updates documents of a collection that keeps its events in a collection of events ({@link
 * OutboxCollection#withEvents}), each update announced by at most one event, a small document of
 * its own there rather than an entry pushed to the document's outbox. The relay's safety sweep then
 * reads the small collection of pending events only, where finding the documents with a non-empty
 * outbox scans the whole collection on a store without an index for it (mongo-java-server holds the
 * collection's lock meanwhile: the qualifier benchmark's assessments took 240-309 ms).
 *
 * <p>Without transactions, the two writes are ordered so that no change is stored without its event:
 * <ol>
 * <li>the events, one unordered insert; one already there was left by an earlier attempt;</li>
 * <li>the updates, one unordered bulk write, each by {@code _id};</li>
 * <li>the events of documents that are no longer stored (erased between their read and this
 * write) are deleted, and the relay is told of the others.</li>
 * </ol>
 * An attempt that stops between the writes must be completed by the next (a redelivered record)
 * with the same event ids: an id derived from the document and the change, never a random one.
 * Meanwhile a safety sweep may publish an event before its change is stored, never one without it.
 */
public class AnnouncedUpdates {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    public AnnouncedUpdates(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    /**
     * One change to one document.
     *
     * @param id       the document's {@code _id}
     * @param update   the change, mapped as Spring Data maps the entity type's updates
     * @param event    the event announcing it, or null for a change nobody needs to hear of
     * @param sequence orders the document's events: greater than that of each event announced before
     *                 it (its first, {@link OutboxInserts#insertNewAnnounced}, is 0), such as a revision
     */
    public record AnnouncedUpdate(Object id, Update update, OutboxEntry event, long sequence) {

        public AnnouncedUpdate {
            if (event != null && sequence <= 0) {
                throw new IllegalArgumentException("a later event's sequence must be positive: " + sequence);
            }
        }
    }

    /** Applies the updates to documents of {@code entityType} in the collection, their events first. */
    public void apply(List<AnnouncedUpdate> updates, Class<?> entityType, OutboxCollection collection) {
        if (collection.events() == null) {
            throw new IllegalArgumentException(collection.name() + " has no events collection");
        }
        if (updates.isEmpty()) {
            return;
        }
        List<Document> eventDocuments = new ArrayList<>();
        for (AnnouncedUpdate update : updates) {
            if (update.event() != null) {
                eventDocuments.add(update.event().toEventDocument(update.id()).append(OutboxEntry.SEQUENCE, update.sequence()));
            }
        }
        if (!eventDocuments.isEmpty()) {
            OutboxInserts.insertMany(mongo, eventDocuments, collection.events());
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, entityType, collection.name());
        for (AnnouncedUpdate update : updates) {
            bulk.updateOne(Query.query(Criteria.where("_id").is(update.id())), update.update());
        }
        bulk.execute();
        if (eventDocuments.isEmpty()) {
            return;
        }
        Set<Object> stored = ById.stored(mongo, collection.name(), eventDocuments.stream().map(event -> event.get(OutboxEntry.OWNER)).toList());
        List<Object> orphans = new ArrayList<>();
        for (Document event : eventDocuments) {
            if (stored.contains(event.get(OutboxEntry.OWNER))) {
                events.publishEvent(new AfterSaveEvent<>(event, event, collection.events()));
            } else {
                orphans.add(event.get("_id"));
            }
        }
        ById.delete(mongo, collection.events(), orphans);
    }
}
