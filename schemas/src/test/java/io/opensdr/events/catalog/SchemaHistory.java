package io.opensdr.events.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * The committed previous versions of each event's schema, under {@code schemas/history/<Event>/vN.avsc},
 * each the fully inlined schema as registered. A schema may only change in ways that let a
 * consumer on the new version read every record written with an older one (BACKWARD).
 */
final class SchemaHistory {

    static final Path ROOT = Path.of("history");

    private SchemaHistory() {
    }

    static List<Path> versionsOf(String eventName) {
        Path folder = ROOT.resolve(eventName);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("v\\d+\\.avsc"))
                    .sorted(Comparator.comparingInt(SchemaHistory::versionNumber))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int versionNumber(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.length() - ".avsc".length()));
    }

    static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty when {@code reader} reads everything written with {@code writer}; otherwise why not. */
    static List<String> backwardIncompatibilities(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        return result.getResult().getIncompatibilities().stream()
                .map(incompatibility -> incompatibility.getType() + " at " + incompatibility.getLocation()
                        + ": " + incompatibility.getMessage())
                .toList();
    }
}
