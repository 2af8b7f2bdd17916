package io.opensdr.kit.outbox;

import io.opensdr.events.catalog.EventTopic;
import io.opensdr.kit.tracing.TraceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.bson.types.Binary;

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

    /** The field of an event document ({@link #toEventDocument}) that holds the id of the document it announces. */
    public static final String OWNER = "owner";

    /**
     * The field of an event document that orders the events of the document it announces: absent
     * (0) for its first event, and greater for each later one ({@link AnnouncedUpdates}).
     */
    public static final String SEQUENCE = "sequence";

    /** A reader per event type: resolving the schema against itself is not free, and readers are thread-safe. */
    private static final Map<String, SpecificDatumReader<SpecificRecord>> READERS = new ConcurrentHashMap<>();

    /** A writer per event type, thread-safe as readers are. */
    private static final ClassValue<SpecificDatumWriter<SpecificRecord>> WRITERS = new ClassValue<>() {
        @Override
        protected SpecificDatumWriter<SpecificRecord> computeValue(Class<?> type) {
            return new SpecificDatumWriter<>(SpecificData.get().getSchema(type), specificDataFor(type));
        }
    };

    public static OutboxEntry of(SpecificRecord event) {
        EventTopic topic = EventTopic.forEventType(event.getClass()); // only catalogue events can be recorded
        Object eventId = event.get(event.getSchema().getField("eventId").pos());
        return new OutboxEntry(eventId.toString(), event.getClass().getName(), encode(event), Instant.now(),
                TraceContext.forEvent(topic.keyOf(event)));
    }

    public SpecificRecord toEvent() {
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, null);
            return READERS.computeIfAbsent(eventType, OutboxEntry::readerOf).read(null, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entry as it is stored in an outbox array: the same fields and BSON types as Spring Data
     * maps this record to, for writers that build their documents without the mapping converter.
     */
    public Document toDocument() {
        Document document = new Document();
        document.put("eventId", eventId);
        document.put("eventType", eventType);
        document.put("payload", new Binary(payload));
        document.put("recordedAt", Date.from(recordedAt));
        if (traceparent != null) {
            document.put("traceparent", traceparent);
        }
        return document;
    }

    /**
     * The entry as a document of its own, in a collection of events ({@link OutboxCollection#events()}):
     * keyed by its event id, with the id of the document it announces.
     */
    public Document toEventDocument(Object ownerId) {
        Document document = new Document("_id", eventId);
        document.put(OWNER, ownerId);
        document.putAll(toDocument());
        return document;
    }

    /** An entry read from an outbox array, as {@link #toDocument()} or Spring Data wrote it (or an event document). */
    public static OutboxEntry fromDocument(Document document) {
        Object payload = document.get("payload");
        Date recordedAt = document.getDate("recordedAt");
        return new OutboxEntry(document.getString("eventId"), document.getString("eventType"),
                payload instanceof Binary binary ? binary.getData() : (byte[]) payload,
                recordedAt == null ? null : recordedAt.toInstant(), document.getString("traceparent"));
    }

    private static SpecificDatumReader<SpecificRecord> readerOf(String eventType) {
        try {
            Class<?> type = Class.forName(eventType);
            Schema schema = SpecificData.get().getSchema(type);
            return new SpecificDatumReader<>(schema, schema, specificDataFor(type));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown event type in outbox: " + eventType, e);
        }
    }

    private static byte[] encode(SpecificRecord event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            WRITERS.get(event.getClass()).write(event, encoder);
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
