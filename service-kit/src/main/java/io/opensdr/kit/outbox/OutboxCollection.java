package io.opensdr.kit.outbox;

/**
 * A MongoDB collection whose documents may carry an {@code outbox} array. Each service declares
 * one bean per such collection; the relay watches them all.
 *
 * @param name   the collection
 * @param events null, or a collection of its own for the first event of each new document, one small
 *               document per event ({@link OutboxInserts#insertNewAnnounced}): the relay deletes such an
 *               event once published instead of updating the (larger) document it announces, and it
 *               publishes them before any event in that collection's {@code outbox} arrays
 */
public record OutboxCollection(String name, String events) {

    public OutboxCollection(String name) {
        this(name, null);
    }

    /** A collection whose new documents announce their first event through {@code <name>_events}. */
    public static OutboxCollection withEvents(String name) {
        return new OutboxCollection(name, name + "_events");
    }
}
