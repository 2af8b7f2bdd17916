package io.opensdr.kit.messaging;

import io.opensdr.events.catalog.EventTopic;
import io.opensdr.kit.tracing.TraceContext;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes an event to the topic the catalogue assigns to its type, keyed by its aggregate id,
 * and waits for the broker's acknowledgement. Only the outbox relay calls it: services record
 * events in their outbox, in the same document write as the state change.
 */
public class EventPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, SpecificRecord> template;

    public EventPublisher(KafkaTemplate<String, SpecificRecord> template) {
        this.template = template;
    }

    /**
     * Sends without waiting; the future completes when the broker has acknowledged the event. The
     * relay sends a whole batch this way and then waits for every acknowledgement.
     */
    public CompletableFuture<?> publish(SpecificRecord event) {
        EventTopic topic = EventTopic.forEventType(event.getClass());
        return template.send(topic.topicName(), topic.keyOf(event), event);
    }

    /**
     * {@link #publish(SpecificRecord)} as a child of the stored trace context, which the record
     * carries on (its {@code traceparent} header names a span of that trace); null publishes it
     * in the current context.
     */
    public CompletableFuture<?> publish(SpecificRecord event, String traceparent) {
        return TraceContext.within(traceparent, "outbox relay", () -> publish(event));
    }

    public void publishAndWait(SpecificRecord event) {
        EventTopic topic = EventTopic.forEventType(event.getClass());
        try {
            template.send(topic.topicName(), topic.keyOf(event), event)
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + topic.topicName(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge an event on " + topic.topicName(), e);
        }
    }
}
