package io.opensdr.local;

import java.time.Duration;
import java.util.Optional;

/** One part of the stack (Kafka, the registry, MongoDB, mail, a service). */
interface Part {

    String name();

    /** Starts the part without waiting for it to be ready. */
    void start();

    /** Blocks until the part answers its health check; throws a {@link StackException} naming the log to read. */
    void awaitReady();

    /** Stops the part; does nothing when it was never started. */
    void stop();

    /** Where it listens, for the table printed once the stack is up. */
    String address();

    /** The child process, for parts that run in their own JVM. */
    default Optional<ChildProcess> process() {
        return Optional.empty();
    }

    /** The start-up deadline. */
    default Duration startTimeout() {
        return Duration.ofSeconds(60);
    }
}
