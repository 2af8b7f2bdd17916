package io.opensdr.prospector.sources.csv;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The import store in memory, for unit tests. */
final class InMemoryImportedPeople implements ImportedPeople {

    final Map<String, ImportedRow> rows = new LinkedHashMap<>();
    final Map<String, List<ImportSegment>> segments = new HashMap<>();
    final Map<String, String> locks = new HashMap<>();
    final Map<String, ImportReport> reports = new LinkedHashMap<>();
    int inserts;

    @Override
    public boolean lock(String campaignId, String importId, Instant now, Duration staleAfter) {
        return locks.putIfAbsent(campaignId, importId) == null;
    }

    @Override
    public void unlock(String campaignId, String importId) {
        locks.remove(campaignId, importId);
    }

    @Override
    public void forEachImportedEmail(String campaignId, LongConsumer emailHashes) {
        List<String> committed = segments(campaignId).stream().map(ImportSegment::importId).toList();
        rows.values().stream().filter(row -> committed.contains(row.importId())).forEach(row -> emailHashes.accept(row.emailHash()));
    }

    @Override
    public void insert(List<ImportedRow> batch) {
        inserts++;
        batch.forEach(row -> rows.put(row.key(), row));
    }

    @Override
    public boolean commit(String campaignId, String importId, int[] countsByPriority) {
        if (!importId.equals(locks.get(campaignId))) {
            return false;
        }
        List<ImportSegment> held = segments.computeIfAbsent(campaignId, id -> new ArrayList<>());
        long base = held.stream().mapToLong(ImportSegment::size).sum();
        held.add(new ImportSegment(importId, base, countsByPriority));
        locks.remove(campaignId);
        return true;
    }

    @Override
    public void discard(String importId) {
        rows.values().removeIf(row -> row.importId().equals(importId));
    }

    @Override
    public List<ImportSegment> segments(String campaignId) {
        return List.copyOf(segments.getOrDefault(campaignId, List.of()));
    }

    @Override
    public List<ImportedRow> findByKeys(List<String> keys) {
        return keys.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void saveReport(ImportReport report) {
        reports.put(report.importId(), report);
    }

    @Override
    public Optional<ImportReport> findReport(String importId) {
        return Optional.ofNullable(reports.get(importId));
    }

    @Override
    public List<ImportReport> findReports(String campaignId) {
        return reports.values().stream().filter(report -> report.campaignId().equals(campaignId)).toList();
    }
}
