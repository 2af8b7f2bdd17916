package io.opensdr.kit.outbox;

/**
 * A MongoDB collection whose documents may carry an {@code outbox} array. Each service declares
 * one bean per such collection; the relay watches them all.
 */
public record OutboxCollection(String name) {
}
