package io.opensdr.kit.messaging;

import static io.opensdr.kit.ProspectFoundMother.aProspectFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.data.Metadata;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.serde.avro.AvroSchemaParser;
import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import io.opensdr.events.PersonSuppressed;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.SuppressionReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class SchemaCachingAvroSerializerTest {

    private final AtomicInteger extractions = new AtomicInteger();
    private final AvroSchemaParser<SpecificRecord> apicurio = new AvroSchemaParser<>(new DefaultAvroDatumProvider<>()) {
        @Override
        public ParsedSchema<Schema> getSchemaFromData(Record<SpecificRecord> data, boolean dereference) {
            extractions.incrementAndGet();
            return super.getSchemaFromData(data, dereference);
        }
    };
    private final SchemaCachingAvroSerializer.CachingSchemaParser<SpecificRecord> parser =
            new SchemaCachingAvroSerializer.CachingSchemaParser<>(apicurio);

    @Test
    void shouldExtractAnEventTypesSchemaOnceAndGiveTheSameTextAsApicurio() {
        ParsedSchema<Schema> first = parser.getSchemaFromData(record(aProspectFound("p-1").build()), false);
        ParsedSchema<Schema> second = parser.getSchemaFromData(record(aProspectFound("p-2").build()), false);

        assertThat(extractions).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(first.getParsedSchema()).isEqualTo(ProspectFound.getClassSchema());
        assertThat(new String(first.getRawSchema(), StandardCharsets.UTF_8))
                .isEqualTo(new String(apicurio.getSchemaFromData(record(aProspectFound("p-3").build()), false).getRawSchema(),
                        StandardCharsets.UTF_8));
    }

    @Test
    void shouldKeepOneSchemaPerEventTypeAndPerDereferencing() {
        PersonSuppressed suppressed = PersonSuppressed.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now()).setWorkspaceId("w").setAddressHash("h").setReason(SuppressionReason.UNSUBSCRIBED).build();

        ParsedSchema<Schema> found = parser.getSchemaFromData(record(aProspectFound("p-1").build()), false);
        ParsedSchema<Schema> other = parser.getSchemaFromData(record(suppressed), false);
        parser.getSchemaFromData(record(aProspectFound("p-2").build()), true);

        assertThat(extractions).hasValue(3);
        assertThat(other.getParsedSchema()).isEqualTo(PersonSuppressed.getClassSchema());
        assertThat(found.getParsedSchema()).isNotEqualTo(other.getParsedSchema());
    }

    private static Record<SpecificRecord> record(SpecificRecord event) {
        return new Record<>() {
            @Override
            public Metadata metadata() {
                return null;
            }

            @Override
            public SpecificRecord payload() {
                return event;
            }
        };
    }
}
