package io.opensdr.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulator already did, per email (by Message-ID): when it first saw it and which steps
 * it took, so that a restart neither opens, replies nor books twice. One line per email,
 * {@code <Message-ID> TAB <first seen, epoch ms> TAB <steps, comma separated>}, rewritten
 * atomically after every change.
 */
final class HandledLog {

    static final String FINISHED = "finished";

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        final Instant firstSeen;
        final Set<String> steps = new LinkedHashSet<>();

        Entry(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    HandledLog(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            load();
        }
    }

    int size() {
        return entries.size();
    }

    /** When the email was first seen; now, recorded, when it is new. */
    Instant firstSeen(String messageId, Instant now) {
        Entry entry = entries.get(key(messageId));
        if (entry == null) {
            entry = new Entry(now);
            entries.put(key(messageId), entry);
            save();
        }
        return entry.firstSeen;
    }

    boolean has(String messageId, String step) {
        Entry entry = entries.get(key(messageId));
        return entry != null && entry.steps.contains(step);
    }

    void record(String messageId, String step) {
        Entry entry = entries.computeIfAbsent(key(messageId), id -> new Entry(Instant.now()));
        if (entry.steps.add(step)) {
            save();
        }
    }

    private void load() {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3 || fields[0].isBlank()) {
                    continue; // not ours, or cut off by a crash while written: the rest still counts
                }
                Entry entry;
                try {
                    entry = new Entry(Instant.ofEpochMilli(Long.parseLong(fields[1])));
                } catch (NumberFormatException e) {
                    continue;
                }
                for (String step : fields[2].split(",")) {
                    if (!step.isBlank()) {
                        entry.steps.add(step);
                    }
                }
                entries.put(fields[0], entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's state " + file, e);
        }
    }

    private void save() {
        List<String> lines = new ArrayList<>();
        entries.forEach((id, entry) -> lines.add(id + "\t" + entry.firstSeen.toEpochMilli() + "\t"
                + String.join(",", entry.steps)));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulator's state " + file, e);
        }
    }

    private static String key(String messageId) {
        return messageId.replaceAll("[\\t\\r\\n]", " ").trim();
    }
}
