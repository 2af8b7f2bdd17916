package io.opensdr.kit.messaging;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;

/**
 * Apicurio's Avro serializer, with the schema it extracts from each record kept per schema.
 * Apicurio 2.6 turns the record's schema into its JSON text ({@code Schema.toString}) on every
 * send, once or twice, to find the registered artifact in its cache by content: in the qualifier
 * benchmark that was about a tenth of the CPU of the whole run. A generated event class has one
 * schema, so its parsed form (schema and raw text) is computed once; the registry look-up that
 * follows still goes through Apicurio's own cache, unchanged.
 */
final class SchemaCachingAvroSerializer<U> extends AvroKafkaSerializer<U> {

    private volatile SchemaParser<Schema, U> delegate;
    private volatile SchemaParser<Schema, U> caching;

    @Override
    public SchemaParser<Schema, U> schemaParser() {
        SchemaParser<Schema, U> parser = super.schemaParser();
        if (parser == null) {
            return null;
        }
        if (parser != delegate) {
            caching = new CachingSchemaParser<>(parser);
            delegate = parser;
        }
        return caching;
    }

    /** Delegates everything, remembering what {@link #getSchemaFromData} gave for each schema. */
    static final class CachingSchemaParser<U> implements SchemaParser<Schema, U> {

        private final SchemaParser<Schema, U> delegate;
        private final Map<Schema, ParsedSchema<Schema>> referenced = new ConcurrentHashMap<>();
        private final Map<Schema, ParsedSchema<Schema>> dereferenced = new ConcurrentHashMap<>();

        CachingSchemaParser(SchemaParser<Schema, U> delegate) {
            this.delegate = delegate;
        }

        @Override
        public String artifactType() {
            return delegate.artifactType();
        }

        @Override
        public Schema parseSchema(byte[] rawSchema, Map<String, ParsedSchema<Schema>> resolvedReferences) {
            return delegate.parseSchema(rawSchema, resolvedReferences);
        }

        @Override
        public ParsedSchema<Schema> getSchemaFromData(Record<U> data) {
            if (!(data.payload() instanceof GenericContainer container)) {
                return delegate.getSchemaFromData(data);
            }
            return referenced.computeIfAbsent(container.getSchema(), schema -> delegate.getSchemaFromData(data));
        }

        @Override
        public ParsedSchema<Schema> getSchemaFromData(Record<U> data, boolean dereference) {
            if (!(data.payload() instanceof GenericContainer container)) {
                return delegate.getSchemaFromData(data, dereference);
            }
            return (dereference ? dereferenced : referenced).computeIfAbsent(container.getSchema(),
                    schema -> delegate.getSchemaFromData(data, dereference));
        }

        @Override
        public ParsedSchema<Schema> getSchemaFromLocation(String location) {
            return delegate.getSchemaFromLocation(location);
        }

        @Override
        public boolean supportsExtractSchemaFromData() {
            return delegate.supportsExtractSchemaFromData();
        }

        @Override
        public boolean supportsGetSchemaFromLocation() {
            return delegate.supportsGetSchemaFromLocation();
        }
    }
}
