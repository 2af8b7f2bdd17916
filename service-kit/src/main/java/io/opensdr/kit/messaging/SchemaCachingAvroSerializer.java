package io.opensdr.kit.messaging;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.data.KafkaSerdeMetadata;
import java.io.IOException;
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
 * follows is kept too ({@link CachingSchemaResolver}).
 */
final class SchemaCachingAvroSerializer<U> extends AvroKafkaSerializer<U> {

    private volatile SchemaParser<Schema, U> delegate;
    private volatile SchemaParser<Schema, U> caching;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        super.configure(configs, isKey);
        if (!(getSchemaResolver() instanceof CachingSchemaResolver)) {
            setSchemaResolver(new CachingSchemaResolver<>(getSchemaResolver()));
        }
    }

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

    /**
     * Apicurio's schema resolver, with each look-up kept once it is found, per topic, key or value,
     * and schema. Apicurio 2.6 keeps its look-ups by the schema's text, which it decodes from bytes
     * and hashes again on every send: a fifth of the sending thread's time in the qualifier
     * benchmark's Avro pipe. What it finds does not change for a serializer's life: the registry
     * keeps one id per content, and the subject follows from the topic. A look-up that fails is
     * not kept, so the next send asks again.
     */
    static final class CachingSchemaResolver<U> implements SchemaResolver<Schema, U> {

        private final SchemaResolver<Schema, U> delegate;
        private final Map<Lookup, SchemaLookupResult<Schema>> found = new ConcurrentHashMap<>();

        CachingSchemaResolver(SchemaResolver<Schema, U> delegate) {
            this.delegate = delegate;
        }

        private record Lookup(String topic, boolean key, Schema schema) {
        }

        @Override
        public SchemaLookupResult<Schema> resolveSchema(Record<U> data) {
            if (data.metadata() instanceof KafkaSerdeMetadata kafka && data.payload() instanceof GenericContainer container) {
                return found.computeIfAbsent(new Lookup(kafka.getTopic(), kafka.isKey(), container.getSchema()),
                        lookup -> delegate.resolveSchema(data));
            }
            return delegate.resolveSchema(data);
        }

        @Override
        public void configure(Map<String, ?> configs, SchemaParser<Schema, U> schemaParser) {
            found.clear();
            delegate.configure(configs, schemaParser);
        }

        @Override
        public void setClient(RegistryClient client) {
            found.clear();
            delegate.setClient(client);
        }

        @Override
        public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<Schema, U> strategy) {
            found.clear();
            delegate.setArtifactResolverStrategy(strategy);
        }

        @Override
        public SchemaParser<Schema, U> getSchemaParser() {
            return delegate.getSchemaParser();
        }

        @Override
        public SchemaLookupResult<Schema> resolveSchemaByArtifactReference(ArtifactReference reference) {
            return delegate.resolveSchemaByArtifactReference(reference);
        }

        @Override
        public void reset() {
            found.clear();
            delegate.reset();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
