package io.opensdr.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.events.ProspectFound;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaCompatibilityTest {

    @ParameterizedTest
    @EnumSource(EventTopic.class)
    void shouldReadEveryCommittedPreviousVersion(EventTopic topic) {
        Schema current = SpecificData.get().getSchema(topic.eventType());
        List<Path> history = SchemaHistory.versionsOf(current.getName());
        assertThat(history)
                .as("%s has no committed version under schemas/history/%s/", current.getName(), current.getName())
                .isNotEmpty();

        for (Path version : history) {
            assertThat(SchemaHistory.backwardIncompatibilities(current, SchemaHistory.parse(version)))
                    .as("%s must stay BACKWARD-compatible with %s", current.getName(), version)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(EventTopic.class)
    void shouldHaveItsCurrentVersionCommittedToHistory(EventTopic topic) {
        Schema current = SpecificData.get().getSchema(topic.eventType());
        List<Path> history = SchemaHistory.versionsOf(current.getName());
        Path latest = history.get(history.size() - 1);
        assertThat(SchemaHistory.parse(latest))
                .as("%s changed: commit it as schemas/history/%s/v%d.avsc (the inlined schema, "
                        + "e.g. from SpecificData.get().getSchema(...).toString(true))",
                        current.getName(), current.getName(), SchemaHistory.versionNumber(latest) + 1)
                .isEqualTo(current);
    }

    @Test
    void shouldRejectANewFieldWithoutDefault() {
        Schema previous = ProspectFound.getClassSchema();
        Schema withRequiredField = withExtraField(previous, SchemaBuilder.builder().stringType(), null);

        assertThat(SchemaHistory.backwardIncompatibilities(withRequiredField, previous))
                .singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void shouldAcceptANewFieldWithDefault() {
        Schema previous = ProspectFound.getClassSchema();
        Schema withOptionalField = withExtraField(previous, SchemaBuilder.builder().stringType(), "none");

        assertThat(SchemaHistory.backwardIncompatibilities(withOptionalField, previous)).isEmpty();
    }

    @Test
    void shouldRejectARemovedEnumSymbol() {
        Schema previous = SchemaBuilder.enumeration("Grade").symbols("A", "B", "C");
        Schema narrower = SchemaBuilder.enumeration("Grade").symbols("A", "B");

        assertThat(SchemaHistory.backwardIncompatibilities(narrower, previous)).isNotEmpty();
    }

    private static Schema withExtraField(Schema record, Schema fieldType, Object defaultValue) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : record.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        fields.add(new Schema.Field("addedLater", fieldType, null, defaultValue));
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }
}
