package io.opensdr.kit.outbox;

import io.opensdr.kit.messaging.EventPublisher;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes what the outboxes hold, in order per document, removing each event once Kafka has
 * acknowledged it. A crash between the acknowledgement and the removal publishes that event again
 * on restart: delivery is at least once, and consumers are idempotent by design. When Kafka is
 * down, events wait in their documents and go out when it is back.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final List<OutboxCollection> collections;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<OutboxCollection> collections) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.collections = collections;
    }

    @Scheduled(fixedDelayString = "${opensdr.outbox.poll-interval-ms:100}")
    public void relayPending() {
        for (OutboxCollection collection : collections) {
            try {
                relay(collection.name());
            } catch (RuntimeException e) {
                // Nothing is lost: the events stay in their documents for the next pass.
                log.warn("Outbox relay of {} paused: {}", collection.name(), e.getMessage());
            }
        }
    }

    /** Publishes every pending event of one collection; returns how many were published. */
    public int relay(String collection) {
        Query pending = new Query(Criteria.where(OutboxEntry.FIELD + ".0").exists(true)).limit(BATCH);
        pending.fields().include("_id").include(OutboxEntry.FIELD);
        int published = 0;
        for (Document document : mongo.find(pending, Document.class, collection)) {
            for (Document entry : document.getList(OutboxEntry.FIELD, Document.class)) {
                OutboxEntry outboxEntry = mongo.getConverter().read(OutboxEntry.class, entry);
                publisher.publishAndWait(outboxEntry.toEvent());
                mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().pull(OutboxEntry.FIELD, new Document("eventId", outboxEntry.eventId())),
                        collection);
                published++;
            }
        }
        return published;
    }
}
