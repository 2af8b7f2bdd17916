package io.opensdr.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;

class EventBatchTest {

    private final List<List<Integer>> handled = new ArrayList<>();

    @Test
    void shouldHandleEveryRecordOfAGoodBatchInOneCall() {
        EventBatch.process(List.of(record(0, "1"), record(1, "2"), record(2, "3")), String.class, Integer::valueOf, handled::add);

        assertThat(handled).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void shouldHandleTheRecordsBeforeAnUnmappableOneThenNameIt() {
        List<ConsumerRecord<String, Object>> records = List.of(record(0, "1"), record(1, "2"), record(2, "two"), record(3, "4"));

        assertThatThrownBy(() -> EventBatch.process(records, String.class, Integer::valueOf, handled::add))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(NumberFormatException.class);
                });
        assertThat(handled).containsExactly(List.of(1, 2));
    }

    @Test
    void shouldNameARecordThatDidNotDeserializeWithoutHandlingAnythingWhenItComesFirst() {
        ConsumerRecord<String, Object> undeserializable = record(0, null);
        undeserializable.headers().add(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, "x".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> EventBatch.process(List.of(undeserializable, record(1, "2")), String.class, Integer::valueOf, handled::add))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isZero();
                    assertThat(e.getCause()).isInstanceOf(InvalidEventException.class).hasMessageContaining("could not be deserialized");
                });
        assertThat(handled).isEmpty();
    }

    @Test
    void shouldNameARecordOfAnotherEventType() {
        List<ConsumerRecord<String, Object>> records = List.of(record(0, "1"), new ConsumerRecord<>("t", 0, 1, "k", 42L));

        assertThatThrownBy(() -> EventBatch.process(records, String.class, Integer::valueOf, handled::add))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(1);
                    assertThat(e.getCause()).hasMessageContaining("holds a Long, not a String");
                });
        assertThat(handled).containsExactly(List.of(1));
    }

    @Test
    void shouldLetAHandlerFailureFailTheWholeBatch() {
        assertThatThrownBy(() -> EventBatch.process(List.of(record(0, "1")), String.class, Integer::valueOf, batch -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
    }

    private static ConsumerRecord<String, Object> record(long offset, Object value) {
        return new ConsumerRecord<>("t", 0, offset, "k" + offset, value);
    }

    @Test
    void shouldRecordEachEventInTheTraceOfTheRecordWithItsKey() {
        String first = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        String second = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        ConsumerRecord<String, Object> one = new ConsumerRecord<>("sdr.prospect-found.v1", 0, 0, "prospect-a", "a");
        one.headers().add(io.opensdr.kit.tracing.TraceContext.HEADER, first.getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, Object> two = new ConsumerRecord<>("sdr.prospect-found.v1", 0, 1, "prospect-b", "b");
        two.headers().add(io.opensdr.kit.tracing.TraceContext.HEADER, second.getBytes(StandardCharsets.UTF_8));
        List<String> recorded = new ArrayList<>();

        EventBatch.process(List.of(one, two), String.class, value -> "prospect-" + value,
                keys -> keys.forEach(key -> recorded.add(io.opensdr.kit.outbox.OutboxEntry.of(
                        io.opensdr.kit.ProspectFoundMother.aProspectFound(key).build()).traceparent())));

        assertThat(recorded).containsExactly(first, second);
        assertThat(io.opensdr.kit.tracing.TraceContext.forEvent("prospect-a")).as("only within the batch").isNull();
    }
}
