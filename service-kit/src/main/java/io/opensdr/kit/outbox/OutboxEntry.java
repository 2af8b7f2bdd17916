package io.opensdr.kit.outbox;

import io.opensdr.events.catalog.EventTopic;
import io.opensdr.kit.tracing.TraceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * An event waiting in an aggregate's {@code outbox} array until the relay has published it. It is
 * written in the same single-document update as the state change that caused it, which is how a
 * service changes state and emits the event atomically without transactions.
 *
 * @param eventId   the event's own id, also used to remove it once published
 * @param eventType the generated Avro class's name
 * @param payload   the event in Avro binary encoding with its class's schema
 * @param traceparent the W3C trace context current when the event was recorded (null without
 *                    tracing, and in entries written before it): the relay publishes the event
 *                    as a child of it, so the record continues the trace that caused it
 */
public record OutboxEntry(String eventId, String eventType, byte[] payload, Instant recordedAt, String traceparent) {

    public static final String FIELD = "outbox";

    public static OutboxEntry of(SpecificRecord event) {
        EventTopic topic = EventTopic.forEventType(event.getClass()); // only catalogue events can be recorded
        Object eventId = event.get(event.getSchema().getField("eventId").pos());
        return new OutboxEntry(eventId.toString(), event.getClass().getName(), encode(event), Instant.now(),
                TraceContext.forEvent(topic.keyOf(event)));
    }

    public SpecificRecord toEvent() {
        try {
            @SuppressWarnings("unchecked")
            Class<? extends SpecificRecord> type = (Class<? extends SpecificRecord>) Class.forName(eventType);
            Schema schema = SpecificData.get().getSchema(type);
            SpecificDatumReader<SpecificRecord> reader = new SpecificDatumReader<>(schema, schema, specificDataFor(type));
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, null);
            return reader.read(null, decoder);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown event type in outbox: " + eventType, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(SpecificRecord event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(event.getSchema(), specificDataFor(event.getClass()))
                    .write(event, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated class's own model, which knows its logical-type conversions (UUID, Instant). */
    private static SpecificData specificDataFor(Class<?> type) {
        return SpecificData.getForClass(type);
    }
}
