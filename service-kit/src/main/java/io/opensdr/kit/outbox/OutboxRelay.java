package io.opensdr.kit.outbox;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.opensdr.kit.messaging.EventPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes what the outboxes hold, in order per document, removing each event once Kafka has
 * acknowledged it. A crash between the acknowledgement and the removal publishes that event again
 * on restart: delivery is at least once, and consumers are idempotent by design. When Kafka is
 * down, events wait in their documents and go out when it is back.
 *
 * <p>The relay is woken by the writes themselves, and relays within milliseconds: a document
 * inserted or saved through {@link MongoTemplate} with a non-empty outbox (Spring Data's {@link
 * AfterSaveEvent}) is read back by id and published, and so is a document updated by {@code _id}
 * with a push to its outbox ({@link Outbox#record}, seen by {@link OutboxWrites}); an update that
 * names its documents otherwise has its collection swept. A safety sweep of every
 * collection runs at start, after a failed relay (at the next poll), and every sweep interval,
 * for events written any other way, by an instance that stopped, or while Kafka was down; since
 * a store without an index on the outbox scans the whole collection for it, it also waits at
 * least {@value #SWEEP_DUTY_CYCLE} times as long as its last scan took. Every relaying step
 * holds the relay's lock (a sweep's scan does not: see {@link #sweep}), so one instance never
 * publishes an event twice. The events of a batch
 * are sent together and acknowledged together; an event is sent only after the one before it in
 * the same document was acknowledged.
 *
 * <p>A collection may instead keep its events in a collection of events, one small document per
 * event ({@link OutboxCollection#events()}, written by {@link OutboxInserts#insertNewAnnounced} and
 * {@link AnnouncedUpdates}): such an event is relayed as soon as it is written, and deleted once
 * acknowledged, which costs a store far less than rewriting the document it announces. The safety
 * sweep of such a collection reads its events only; the documents' outbox arrays, which only
 * writes made before it kept its events apart hold, are swept until one sweep of them succeeded
 * (at start), and again whenever an update pushes to one. Its events are published in the order of
 * their {@link OutboxEntry#SEQUENCE sequence}, so a document's first event goes out before its later
 * ones; a later event whose document is gone (erased) is deleted unpublished. They are all published
 * before the events in that collection's outbox arrays.
 */
public class OutboxRelay implements ApplicationListener<AfterSaveEvent<?>>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    private static final int SWEEP_DUTY_CYCLE = 100;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SLOW_SWEEP = Duration.ofMillis(100);
    private static final Bson OUTBOX_ONLY = Projections.include("_id", OutboxEntry.FIELD);
    private static final Bson ID_ONLY = Projections.include("_id");

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final List<OutboxCollection> collections;
    private final long sweepIntervalNanos;
    private final Map<String, Queue<Object>> written = new LinkedHashMap<>();
    /** Collections whose new documents announce themselves through a collection of events, to it, and back. */
    private final Map<String, String> eventsOf = new LinkedHashMap<>();
    private final Map<String, String> ownerOf = new LinkedHashMap<>();
    private final Set<String> updated = ConcurrentHashMap.newKeySet();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    /** Collections of events whose owner's outbox arrays were swept once: their sweeps read the events only. */
    private final Set<String> arraysSwept = ConcurrentHashMap.newKeySet();
    private final Set<String> sequenceIndexed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private long nextSweepNanos = System.nanoTime();

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<OutboxCollection> collections,
                       OutboxWrites writes, Duration sweepInterval) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.collections = collections;
        this.sweepIntervalNanos = sweepInterval.toNanos();
        for (OutboxCollection collection : collections) {
            written.put(collection.name(), new ConcurrentLinkedQueue<>());
            if (collection.events() != null) {
                written.put(collection.events(), new ConcurrentLinkedQueue<>());
                eventsOf.put(collection.name(), collection.events());
                ownerOf.put(collection.events(), collection.name());
            }
        }
        writes.onOutboxUpdated(this::outboxUpdated);
    }

    /** Every poll interval: retries what failed, and sweeps every collection when a sweep is due. */
    @Scheduled(fixedDelayString = "${opensdr.outbox.poll-interval-ms:100}")
    public void relayPending() {
        boolean sweepDue = System.nanoTime() - nextSweepNanos >= 0;
        long scanning = 0;
        for (OutboxCollection collection : collections) {
            if (failed.remove(collection.name()) || sweepDue) {
                scanning += sweep(collection.name(), !arraysSwept.contains(collection.name()));
            }
        }
        if (sweepDue) {
            nextSweepNanos = System.nanoTime() + Math.max(sweepIntervalNanos, scanning * SWEEP_DUTY_CYCLE);
        }
    }

    /** A document was written with events in its outbox, or an event document was written: relay it now. */
    @Override
    public void onApplicationEvent(AfterSaveEvent<?> event) {
        Queue<Object> ids = written.get(event.getCollectionName());
        Document document = event.getDocument();
        if (ids == null || document == null) {
            return;
        }
        boolean anEvent = ownerOf.containsKey(event.getCollectionName());
        if (!anEvent && (!(document.get(OutboxEntry.FIELD) instanceof List<?> outbox) || outbox.isEmpty())) {
            return;
        }
        ids.add(document.get("_id"));
        wake();
    }

    @Override
    public void destroy() {
        wakeUps.shutdownNow();
    }

    /** @param ids the updated documents, read back by id; null when not all are known: the collection is swept */
    private void outboxUpdated(String collection, List<BsonValue> ids) {
        Queue<Object> queue = written.get(collection);
        if (queue == null) {
            return;
        }
        if (ids != null) {
            queue.addAll(ids);
        } else {
            updated.add(collection);
        }
        wake();
    }

    private void wake() {
        if (draining.compareAndSet(false, true)) {
            wakeUps.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            boolean any = false;
            for (Map.Entry<String, Queue<Object>> collection : written.entrySet()) {
                String name = collection.getKey();
                List<Object> ids = new ArrayList<>();
                for (Object id = collection.getValue().poll(); id != null; id = ids.size() < BATCH ? collection.getValue().poll() : null) {
                    ids.add(id);
                }
                if (!ids.isEmpty()) {
                    any = true;
                    if (ownerOf.containsKey(name)) {
                        relayEvents(name, ids);
                    } else {
                        relayWritten(name, ids);
                    }
                }
                if (updated.remove(name)) {
                    any = true;
                    sweep(name, true);
                }
            }
            if (!any) {
                draining.set(false);
                // A write signalled between the last look and the reset would otherwise wait for a sweep.
                boolean more = !updated.isEmpty() || written.values().stream().anyMatch(queue -> !queue.isEmpty());
                if (!more || !draining.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    private void relayWritten(String collection, List<Object> ids) {
        try {
            relayDocuments(collection, ids);
        } catch (RuntimeException e) {
            paused(collection, e);
        }
    }

    /** Reads these documents' outboxes as they are now, under the relay's lock, and publishes them. */
    private synchronized void relayDocuments(String collection, List<Object> ids) {
        publish(collection, ById.find(mongo, collection, ids, OUTBOX_ONLY));
    }

    /**
     * Publishes the written event documents, then deletes each that Kafka acknowledged. When one of
     * them is a document's later event, every pending event is published in sequence order instead,
     * so that it never goes out before that document's first, which may wait in another batch.
     */
    private synchronized void relayEvents(String events, List<Object> ids) {
        try {
            List<Document> documents = ById.find(mongo, events, ids, null);
            if (documents.stream().anyMatch(OutboxRelay::isLaterEvent)) {
                flushEvents(events);
            } else {
                publishEvents(events, documents);
            }
        } catch (RuntimeException e) {
            paused(ownerOf.get(events), e);
        }
    }

    private static boolean isLaterEvent(Document event) {
        return event.get(OutboxEntry.SEQUENCE) instanceof Number sequence && sequence.longValue() > 0;
    }

    /**
     * Publishes every event document of the collection, a batch at a time, in sequence order (each
     * one is pending: it is deleted once published). Runs before the events of the owner's outbox
     * arrays are published, so that a document's first event, which was written before the document,
     * goes out before any event recorded in the document since. Throws when one was not acknowledged.
     */
    private synchronized void flushEvents(String events) {
        if (!sequenceIndexed.contains(events)) {
            // MongoDB sorts a large backlog by an index, where an in-memory sort has a memory limit.
            // (mongo-java-server accepts and ignores it, and sorts in memory.)
            mongo.getCollection(events).createIndex(Indexes.ascending(OutboxEntry.SEQUENCE), new IndexOptions().name("outbox_sequence"));
            sequenceIndexed.add(events);
        }
        try (MongoCursor<Document> documents = mongo.getCollection(events).find()
                .sort(Sorts.ascending(OutboxEntry.SEQUENCE)).batchSize(BATCH).cursor()) {
            List<Document> batch = new ArrayList<>(BATCH);
            while (documents.hasNext()) {
                batch.add(documents.next());
                if (batch.size() == BATCH || !documents.hasNext()) {
                    publishEvents(events, batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
    }

    private void publishEvents(String events, List<Document> documents) {
        documents = withoutOrphans(events, documents);
        Map<Object, CompletableFuture<?>> sent = new LinkedHashMap<>();
        for (Document document : documents) {
            OutboxEntry entry = OutboxEntry.fromDocument(document);
            sent.put(document.get("_id"), publisher.publish(entry.toEvent(), entry.traceparent()));
        }
        List<Object> acknowledged = new ArrayList<>(sent.size());
        RuntimeException failure = null;
        for (Map.Entry<Object, CompletableFuture<?>> each : sent.entrySet()) {
            try {
                each.getValue().get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(each.getKey());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("Interrupted while publishing an outbox event", e);
            } catch (ExecutionException | TimeoutException e) {
                failure = new IllegalStateException("Kafka did not acknowledge an outbox event", e);
            }
        }
        ById.delete(mongo, events, acknowledged);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The events, less the later events of documents no longer stored, which are deleted: a
     * document erased between a change and its event's relay takes the event with it (a first event
     * may precede its document, {@link OutboxInserts#insertNewAnnounced}, and is always published).
     */
    private List<Document> withoutOrphans(String events, List<Document> documents) {
        List<Object> owners = documents.stream().filter(OutboxRelay::isLaterEvent).map(event -> event.get(OutboxEntry.OWNER)).toList();
        if (owners.isEmpty()) {
            return documents;
        }
        Set<Object> stored = ById.stored(mongo, ownerOf.get(events), owners);
        List<Document> kept = new ArrayList<>(documents.size());
        List<Object> orphans = new ArrayList<>();
        for (Document event : documents) {
            if (!isLaterEvent(event) || stored.contains(event.get(OutboxEntry.OWNER))) {
                kept.add(event);
            } else {
                orphans.add(event.get("_id"));
            }
        }
        ById.delete(mongo, events, orphans);
        return kept;
    }

    /**
     * Relays every pending event of one collection: one cursor finds the documents with events, a
     * batch of ids at a time, and each batch is read again by id and published under the relay's
     * lock; returns the time spent looking for them. One pass: a store without an index on the
     * outbox scans the whole collection for each query, so reading page after page (each page's
     * query scanning again) cost a full scan per 500 events found, 100 scans for a backlog of
     * 50,000. The scan runs without the relay's lock: on the qualifier benchmark's 445,000
     * assessments it took 240-309 ms, and holding the lock meanwhile held every new event back. Reading
     * each batch again under the lock means an event the relay of written documents published
     * meanwhile is not published twice. (mongo-java-server still holds the scanned collection's
     * own lock for the query, so writes to that collection wait; MongoDB does not.) A collection
     * that keeps its events apart is scanned only when {@code arrays} asks for it.
     */
    private long sweep(String collection, boolean arrays) {
        long scanning = 0;
        try {
            String events = eventsOf.get(collection);
            if (events != null) {
                flushEvents(events);
                if (!arrays) {
                    return 0;
                }
            }
            long start = System.nanoTime();
            try (MongoCursor<Document> documents = mongo.getCollection(collection)
                    .find(Filters.exists(OutboxEntry.FIELD + ".0")).projection(ID_ONLY).batchSize(BATCH).cursor()) {
                List<Object> batch = new ArrayList<>(BATCH);
                while (documents.hasNext()) {
                    batch.add(documents.next().get("_id"));
                    if (batch.size() == BATCH || !documents.hasNext()) {
                        scanning += System.nanoTime() - start;
                        relayDocuments(collection, batch);
                        batch = new ArrayList<>(BATCH);
                        start = System.nanoTime();
                    }
                }
                scanning += System.nanoTime() - start;
            }
            if (events != null) {
                arraysSwept.add(collection);
            }
            if (scanning >= SLOW_SWEEP.toNanos()) {
                // Worth knowing: on mongo-java-server, writes to the collection wait for the scan
                // (the qualifier benchmark's latency stalls).
                log.info("Outbox sweep of {} scanned for {} ms", collection, TimeUnit.NANOSECONDS.toMillis(scanning));
            }
        } catch (RuntimeException e) {
            paused(collection, e);
        }
        return scanning;
    }

    private void paused(String collection, RuntimeException e) {
        // Nothing is lost: the events stay in their documents, and the next poll tries again.
        failed.add(collection);
        log.warn("Outbox relay of {} paused: {}", collection, e.getMessage());
    }

    /**
     * Publishes every pending event of one collection now, as the sweep at start does (outbox
     * arrays included); returns how long it looked for them, in nanoseconds.
     */
    public long relay(String collection) {
        return sweep(collection, true);
    }

    /**
     * Sends the events of all documents, the first of each document together, then the second of
     * those whose first was acknowledged, and so on; then removes every acknowledged event from its
     * document in one bulk write. Throws when an event was not acknowledged, after removing the
     * ones that were.
     */
    private void publish(String collection, List<Document> documents) {
        List<Pending> pending = new ArrayList<>();
        for (Document document : documents) {
            List<Document> entries = document.getList(OutboxEntry.FIELD, Document.class);
            if (entries != null && !entries.isEmpty()) {
                pending.add(new Pending(document.get("_id"),
                        entries.stream().map(OutboxEntry::fromDocument).toList()));
            }
        }
        String events = eventsOf.get(collection);
        if (events != null && !pending.isEmpty()) {
            flushEvents(events);
        }
        RuntimeException failure = null;
        for (int round = 0; ; round++) {
            Map<Pending, CompletableFuture<?>> sent = new LinkedHashMap<>();
            for (Pending document : pending) {
                if (!document.failed && document.entries.size() > round) {
                    OutboxEntry entry = document.entries.get(round);
                    sent.put(document, publisher.publish(entry.toEvent(), entry.traceparent()));
                }
            }
            if (sent.isEmpty()) {
                break;
            }
            for (Map.Entry<Pending, CompletableFuture<?>> each : sent.entrySet()) {
                try {
                    each.getValue().get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    each.getKey().acknowledged++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    each.getKey().failed = true;
                    failure = new IllegalStateException("Interrupted while publishing an outbox event", e);
                } catch (ExecutionException | TimeoutException e) {
                    each.getKey().failed = true;
                    failure = new IllegalStateException("Kafka did not acknowledge an outbox event", e);
                }
            }
        }
        removeAcknowledged(collection, pending);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * One unordered bulk write of the native driver: each document loses exactly the events Kafka
     * acknowledged ({@code _id} as read, so no mapping of ids or updates per document).
     */
    private void removeAcknowledged(String collection, List<Pending> pending) {
        List<UpdateOneModel<Document>> removals = new ArrayList<>(pending.size());
        for (Pending document : pending) {
            if (document.acknowledged > 0) {
                List<String> eventIds = document.entries.subList(0, document.acknowledged).stream()
                        .map(OutboxEntry::eventId).toList();
                removals.add(new UpdateOneModel<>(new Document("_id", document.id),
                        Updates.pull(OutboxEntry.FIELD, new Document("eventId", new Document("$in", eventIds)))));
            }
        }
        if (!removals.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(removals, new BulkWriteOptions().ordered(false));
        }
    }

    private static final class Pending {

        final Object id;
        final List<OutboxEntry> entries;
        int acknowledged;
        boolean failed;

        Pending(Object id, List<OutboxEntry> entries) {
            this.id = id;
            this.entries = entries;
        }
    }
}
