package io.opensdr.kit.outbox;

/**
 * A MongoDB collection whose documents may carry an {@code outbox} array. Each service declares
 * one bean per such collection; the relay watches them all.
 *
 * @param name   the collection
 * @param events null, or a collection of its own for every event of the collection's documents, one
 *               small document per event: the first event of each new document ({@link
 *               OutboxInserts#insertNewAnnounced}) and those of later updates ({@link AnnouncedUpdates}).
 *               The relay deletes such an event once published instead of updating the (larger) document
 *               it announces, and its safety sweep reads that small collection only, never the documents:
 *               a large collection is not scanned every sweep interval. Its documents' {@code outbox}
 *               arrays, which only writes made before it had events of its own hold, are swept at start.
 */
public record OutboxCollection(String name, String events) {

    public OutboxCollection(String name) {
        this(name, null);
    }

    /** A collection whose documents announce all their events through {@code <name>_events}. */
    public static OutboxCollection withEvents(String name) {
        return new OutboxCollection(name, name + "_events");
    }
}
