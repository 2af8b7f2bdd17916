package io.opensdr.prospector.sources.csv;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Where imports keep their rows and reports (MongoDB in the service). */
public interface ImportedPeople {

    /**
     * Takes the campaign's import lock for {@code importId}, so that two imports of one campaign
     * never interleave; a lock older than {@code staleAfter} (its import died with its instance)
     * is taken over. False when another import holds it.
     */
    boolean lock(String campaignId, String importId, Instant now, Duration staleAfter);

    /** Releases the lock if {@code importId} still holds it. */
    void unlock(String campaignId, String importId);

    /** The email hashes of every row the campaign's completed imports kept. */
    void forEachImportedEmail(String campaignId, LongConsumer emailHashes);

    /** Stores rows of an import in progress; they are not served until {@link #commit}. */
    void insert(List<ImportedRow> rows);

    /**
     * Makes an import's rows servable, after those of earlier imports, and releases the lock, in
     * one atomic write. False (and nothing changed) when the import no longer holds the lock.
     */
    boolean commit(String campaignId, String importId, int[] countsByPriority);

    /** Deletes the rows of an import that did not complete. */
    void discard(String importId);

    /** The campaign's completed imports, in the order they are served. */
    List<ImportSegment> segments(String campaignId);

    /** The rows with these keys, in the order of the keys (a missing key is left out). */
    List<ImportedRow> findByKeys(List<String> keys);

    void saveReport(ImportReport report);

    Optional<ImportReport> findReport(String importId);

    List<ImportReport> findReports(String campaignId);
}
