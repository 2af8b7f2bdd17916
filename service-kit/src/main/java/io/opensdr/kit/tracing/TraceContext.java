package io.opensdr.kit.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The W3C trace context ({@code traceparent}) as a value that can be stored and restored, so that
 * one trace follows a prospect through work that no request or record carries: an event waiting in
 * an outbox, a batch listener's records, a campaign prospected in the background, an approved email
 * waiting for its sending slot.
 *
 * <ul>
 * <li>{@link #current()} is the span in scope now (an HTTP request's, a record listener's), to store
 * beside the state it caused;</li>
 * <li>{@link #within} runs work as a child of a stored context: every record it publishes and every
 * outbox entry it records continues that trace, whatever else is in scope.</li>
 * </ul>
 * Without tracing (no registry installed, or nothing sampled) both are harmless: nothing is current
 * and the work runs as it is.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final ThreadLocal<Map<String, String>> BATCH = new ThreadLocal<>();
    private static volatile ObservationRegistry registry = ObservationRegistry.NOOP;

    private TraceContext() {
    }

    /** Called by the service kit's observability configuration with the application's registry. */
    public static void install(ObservationRegistry observationRegistry) {
        registry = observationRegistry;
    }

    /** The span in scope as a {@code traceparent} value, or null when there is none. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /**
     * The trace an event with this key continues when it is recorded now: within a batch
     * ({@link #withinBatch}), that of the batch's record with the same key; otherwise the current one.
     */
    public static String forEvent(String key) {
        Map<String, String> batch = BATCH.get();
        if (batch != null && key != null) {
            String traceparent = batch.get(key);
            if (traceparent != null) {
                return traceparent;
            }
        }
        return current();
    }

    /** The record's {@code traceparent} header, or null. */
    public static String of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Whether the value is a well-formed {@code traceparent} (version 00 layout). */
    public static boolean isValid(String traceparent) {
        return traceparent != null && TRACEPARENT.matcher(traceparent).matches()
                && !traceparent.substring(3, 35).matches("0+") && !traceparent.substring(36, 52).matches("0+");
    }

    /**
     * Runs the work in a span named {@code name} whose parent is the stored context, so that what it
     * publishes or records continues that trace. A missing or malformed context runs the work as it is.
     */
    public static <T> T within(String traceparent, String name, Supplier<T> work) {
        if (!isValid(traceparent)) {
            return work.get();
        }
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>((carrier, key) -> carrier.get(key));
        context.setCarrier(Map.of(HEADER, traceparent));
        return Observation.createNotStarted(name, () -> context, registry).observe(work);
    }

    public static void within(String traceparent, String name, Runnable work) {
        within(traceparent, name, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs a batch listener's handler so that each event it records in an outbox continues the trace
     * of the batch's record with the same key (records of a batch have no span of their own).
     */
    public static void withinBatch(Map<String, String> traceparentsByKey, Runnable work) {
        Map<String, String> outer = BATCH.get();
        BATCH.set(traceparentsByKey);
        try {
            work.run();
        } finally {
            if (outer == null) {
                BATCH.remove();
            } else {
                BATCH.set(outer);
            }
        }
    }
}
