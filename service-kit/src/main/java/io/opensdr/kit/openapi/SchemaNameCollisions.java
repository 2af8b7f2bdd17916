package io.opensdr.kit.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two classes with the same simple name ({@code CampaignView.Target} and
 * {@code CampaignRequests.Target}) would become one schema in the document, silently: the second
 * overwrites the first, and a request then looks like an answer. This converter notes every
 * class that becomes a schema under each name; {@link OpenApiConventions} refuses to serve a
 * document with a name taken twice and says which classes to tell apart with
 * {@code @Schema(name = ...)}.
 */
public class SchemaNameCollisions implements ModelConverter {

    private final Map<String, Set<String>> classesByName = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        note(type);
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private void note(AnnotatedType type) {
        if (type == null || type.getType() == null) {
            return;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw == null || raw.isEnum() || raw.isPrimitive() || raw.isArray() || javaType.isContainerType()
                || raw.getName().startsWith("java.") || !raw.getName().startsWith("io.opensdr.")) {
            return;
        }
        io.swagger.v3.oas.annotations.media.Schema annotation =
                raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        String name = annotation != null && !annotation.name().isBlank() ? annotation.name() : raw.getSimpleName();
        classesByName.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(raw.getName());
    }

    /** Each schema name that more than one class took, with those classes. */
    public Set<String> collisions() {
        Set<String> collisions = new TreeSet<>();
        classesByName.forEach((name, classes) -> {
            if (classes.size() > 1) {
                collisions.add(name + " (" + String.join(", ", new TreeSet<>(classes)) + ")");
            }
        });
        return collisions;
    }
}
