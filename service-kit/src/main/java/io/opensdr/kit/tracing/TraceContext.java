package io.opensdr.kit.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
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
    private static volatile Tracer tracer;

    private TraceContext() {
    }

    /** Called by the service kit's observability configuration with the application's registry. */
    public static void install(ObservationRegistry observationRegistry) {
        registry = observationRegistry;
    }

    /** Called by the service kit's observability configuration with the application's OpenTelemetry, if any. */
    public static void install(OpenTelemetry openTelemetry) {
        tracer = openTelemetry == null ? null : openTelemetry.getTracer("io.opensdr.kit");
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
     * Starts a span named {@code name} as a child of the stored context, for work that is not one
     * call (a batch listener's record, handled with the others of its poll); the returned handle
     * holds the new span's {@code traceparent} and ends it when closed. Without tracing, or with a
     * missing or malformed context, nothing is started and the handle holds the context as given.
     */
    public static Child child(String traceparent, String name) {
        Tracer spans = tracer;
        if (spans == null || !isValid(traceparent)) {
            return new Child(traceparent, null);
        }
        // The tracer itself rather than an Observation: no meters, handlers or scope per record.
        SpanContext parent = SpanContext.createFromRemoteParent(traceparent.substring(3, 35), traceparent.substring(36, 52),
                TraceFlags.fromHex(traceparent, 53), TraceState.getDefault());
        Span span = spans.spanBuilder(name).setSpanKind(SpanKind.CONSUMER)
                .setParent(Context.root().with(Span.wrap(parent))).startSpan();
        SpanContext own = span.getSpanContext();
        if (!own.isValid()) {
            return new Child(traceparent, span);
        }
        return new Child("00-" + own.getTraceId() + "-" + own.getSpanId() + "-" + own.getTraceFlags().asHex(), span);
    }

    /** A span started by {@link #child}: its {@code traceparent}, and {@link #close} ends it. */
    public record Child(String traceparent, Span span) implements AutoCloseable {

        /** Marks the span as failed (before {@link #close}). */
        public void failed(Throwable error) {
            if (span != null) {
                span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
            }
        }

        @Override
        public void close() {
            if (span != null) {
                span.end();
            }
        }
    }

    /**
     * Runs a batch listener's handler so that each event it records in an outbox continues the trace
     * of the batch's record with the same key (the record's own span, {@link #child}, in
     * {@link io.opensdr.kit.messaging.EventBatch}).
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
