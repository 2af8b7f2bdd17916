package io.opensdr.kit.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's OpenAPI document, committed at {@code frontend/openapi/<service>.json} where the
 * SPA's build generates its API types from it, and kept in step with what the service serves: a
 * service test hands the document its {@code /v3/api-docs} answers to {@link #check}, which fails
 * when the committed file differs, and rewrites the file instead when the build runs with
 * {@code -Dopenapi.update=true}.
 *
 * <p>The file is the served document with its keys sorted and indented two spaces, so that a
 * change shows as a readable diff and the order springdoc happens to list paths in does not
 * matter.
 */
public final class OpenApiSnapshot {

    /** The system property that rewrites the committed documents instead of checking them. */
    public static final String UPDATE = "openapi.update";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiSnapshot() {
    }

    /** Where the committed document of this service ("campaign", "prospector", ...) lives. */
    public static Path file(String service) {
        return RepositoryRoot.find().resolve("frontend").resolve("openapi").resolve(service + ".json");
    }

    /**
     * Fails when {@code served} (the body of {@code /v3/api-docs}) is not the committed document of
     * {@code service}; with {@code -Dopenapi.update=true} writes it instead.
     */
    public static void check(String service, String module, String served) {
        String expected = normalise(served);
        Path file = file(service);
        if (Boolean.getBoolean(UPDATE)) {
            write(file, expected);
            return;
        }
        String regenerate = "Regenerate it with `./mvnw -pl " + module + " test -Dtest=OpenApiSnapshotTest"
                + " -Dopenapi.update=true`, commit frontend/openapi/" + service + ".json, and run `npm run build`"
                + " in frontend/: the SPA's API types are generated from it and checked against its own.";
        if (!Files.exists(file)) {
            fail(file + " is missing. " + regenerate);
        }
        String committed = read(file);
        if (!committed.equals(expected)) {
            fail("The OpenAPI document " + module + " serves differs from the committed " + RepositoryRoot.find()
                    .relativize(file) + " " + firstDifference(committed, expected) + ". " + regenerate);
        }
    }

    /** Keys sorted, two-space indentation, one final newline. */
    public static String normalise(String document) {
        try {
            Object tree = JSON.readValue(document, Object.class);
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON document: " + e.getMessage(), e);
        }
    }

    static String firstDifference(String committed, String served) {
        List<String> was = committed.lines().toList();
        List<String> is = served.lines().toList();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            String a = i < was.size() ? was.get(i) : "<end of file>";
            String b = i < is.size() ? is.get(i) : "<end of file>";
            if (!a.equals(b)) {
                return "(first at line " + (i + 1) + ": committed `" + a.strip() + "`, served `" + b.strip() + "`)";
            }
        }
        return "(line endings only)";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
