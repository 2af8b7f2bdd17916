package io.opensdr.kit.messaging;

import java.util.HashMap;
import java.util.Map;

/**
 * Apicurio's Avro serde set up for the Confluent wire format (magic byte 0, 4-byte schema id in
 * the payload, no Apicurio headers), so that any Confluent-protocol client can read our topics
 * through the registry's {@code /apis/ccompat/v7} API. Subjects follow the topic name strategy:
 * {@code <topic>-value}.
 */
final class AvroSerdeSettings {

    private AvroSerdeSettings() {
    }

    static Map<String, Object> forSerializer(String registryUrl) {
        Map<String, Object> settings = common(registryUrl);
        settings.put("apicurio.registry.auto-register", true);
        return settings;
    }

    static Map<String, Object> forDeserializer(String registryUrl) {
        Map<String, Object> settings = common(registryUrl);
        settings.put("apicurio.registry.use-specific-avro-reader", true);
        return settings;
    }

    private static Map<String, Object> common(String registryUrl) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("apicurio.registry.url", registryUrl);
        settings.put("apicurio.registry.headers.enabled", false);
        settings.put("apicurio.registry.id-handler", "io.apicurio.registry.serde.Legacy4ByteIdHandler");
        settings.put("apicurio.registry.use-id", "contentId");
        return settings;
    }
}
