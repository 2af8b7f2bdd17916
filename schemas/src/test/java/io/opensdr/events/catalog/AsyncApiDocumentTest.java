package io.opensdr.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps schemas/asyncapi.yaml in step with the catalogue and the .avsc files. To regenerate it
 * after a change: {@code ./mvnw -pl schemas test -Dasyncapi.write=true}.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("asyncapi.yaml");

    @Test
    void shouldMatchTheCatalogueAndTheSchemas() throws IOException {
        String expected = AsyncApiDocument.render();
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, expected);
        }
        assertThat(DOCUMENT).as("schemas/asyncapi.yaml is missing: run with -Dasyncapi.write=true").exists();
        assertThat(Files.readString(DOCUMENT))
                .as("schemas/asyncapi.yaml is out of step with the catalogue or the .avsc files: "
                        + "regenerate it with ./mvnw -pl schemas test -Dasyncapi.write=true")
                .isEqualTo(expected);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryTopicWithItsKeySchemaAndProducer() throws IOException {
        Map<String, Object> document = new Yaml().load(Files.readString(DOCUMENT));
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) document.get("channels");
        Map<String, Map<String, Object>> operations = (Map<String, Map<String, Object>>) document.get("operations");
        Map<String, Map<String, Object>> messages =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("messages");

        for (EventTopic topic : EventTopic.values()) {
            String eventName = topic.eventType().getSimpleName();
            List<String> addresses = channels.values().stream().map(channel -> (String) channel.get("address")).toList();
            assertThat(addresses).contains(topic.topicName(), topic.deadLetterTopicName());

            Map<String, Object> operation = operations.get("publish" + eventName);
            assertThat(operation.get("x-producer")).isEqualTo(topic.producer().serviceName());

            Map<String, Object> message = messages.get(eventName);
            Map<String, Object> payload = (Map<String, Object>) message.get("payload");
            Schema documented = new Schema.Parser().parse(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(payload.get("schema")));
            assertThat(documented).isEqualTo(SpecificData.get().getSchema(topic.eventType()));

            Map<String, Object> key = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    message.get("bindings")).get("kafka")).get("key");
            assertThat((String) key.get("description")).contains(topic.keyField());
        }
    }
}
