package io.opensdr.kit.messaging;

import static io.opensdr.kit.ProspectFoundMother.aProspectFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.serde.data.KafkaSerdeMetadata;
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

    @Test
    void shouldLookAnEventTypeUpOncePerTopicAndKeyOrValue() {
        CountingResolver registry = new CountingResolver();
        var resolver = new SchemaCachingAvroSerializer.CachingSchemaResolver<>(registry);

        SchemaLookupResult<Schema> first = resolver.resolveSchema(sent("sdr.prospect-found.v1", false, aProspectFound("p-1").build()));
        SchemaLookupResult<Schema> again = resolver.resolveSchema(sent("sdr.prospect-found.v1", false, aProspectFound("p-2").build()));
        resolver.resolveSchema(sent("sdr.other.v1", false, aProspectFound("p-3").build()));
        resolver.resolveSchema(sent("sdr.prospect-found.v1", true, aProspectFound("p-4").build()));

        assertThat(again).isSameAs(first);
        assertThat(registry.lookups).hasValue(3);
    }

    @Test
    void shouldAskAgainAfterAFailedLookUpAndAfterAReset() {
        CountingResolver registry = new CountingResolver();
        var resolver = new SchemaCachingAvroSerializer.CachingSchemaResolver<>(registry);
        registry.failNext = true;

        assertThatThrownBy(() -> resolver.resolveSchema(sent("sdr.prospect-found.v1", false, aProspectFound("p-1").build())))
                .hasMessageContaining("registry unreachable");
        resolver.resolveSchema(sent("sdr.prospect-found.v1", false, aProspectFound("p-2").build()));
        resolver.reset();
        resolver.resolveSchema(sent("sdr.prospect-found.v1", false, aProspectFound("p-3").build()));

        assertThat(registry.lookups).hasValue(3);
    }

    @Test
    void shouldResolveThroughTheCacheOnceConfigured() {
        SchemaCachingAvroSerializer<SpecificRecord> serializer = new SchemaCachingAvroSerializer<>();

        serializer.configure(AvroSerdeSettings.forSerializer("http://127.0.0.1:1/apis/registry/v2"), false);

        assertThat(serializer.getSchemaResolver()).isInstanceOf(SchemaCachingAvroSerializer.CachingSchemaResolver.class);
    }

    /** Apicurio's resolver as the serializer calls it, answering a new content id per look-up. */
    private static final class CountingResolver implements SchemaResolver<Schema, SpecificRecord> {

        final AtomicInteger lookups = new AtomicInteger();
        boolean failNext;

        @Override
        public SchemaLookupResult<Schema> resolveSchema(Record<SpecificRecord> data) {
            lookups.incrementAndGet();
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("registry unreachable");
            }
            return SchemaLookupResult.<Schema>builder().contentId(lookups.get()).build();
        }

        @Override
        public void setClient(RegistryClient client) {
        }

        @Override
        public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<Schema, SpecificRecord> strategy) {
        }

        @Override
        public SchemaParser<Schema, SpecificRecord> getSchemaParser() {
            return null;
        }

        @Override
        public SchemaLookupResult<Schema> resolveSchemaByArtifactReference(ArtifactReference reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
        }
    }

    private static Record<SpecificRecord> sent(String topic, boolean key, SpecificRecord event) {
        KafkaSerdeMetadata metadata = new KafkaSerdeMetadata(topic, key, null);
        return new Record<>() {
            @Override
            public Metadata metadata() {
                return metadata;
            }

            @Override
            public SpecificRecord payload() {
                return event;
            }
        };
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
