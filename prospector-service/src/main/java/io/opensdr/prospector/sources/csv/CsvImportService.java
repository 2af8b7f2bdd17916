package io.opensdr.prospector.sources.csv;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.ProspectPriority;
import io.opensdr.prospector.domain.SuppressedPeople;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a CSV file of people for a campaign, streaming: rows are parsed one by one and written
 * in batches, so memory does not grow with the file (only a compact set of the emails met, for
 * deduplication). Every good row is kept even when others fail; each bad row gets one error. The
 * rows become visible to the CSV source only when the whole file was read (one atomic commit), so
 * a file refused halfway, or an instance dying mid-import, leaves what was stored unchanged.
 * People suppressed in the campaign's workspace (unsubscribed, complained, bounced, objected,
 * erased) are not imported: the report counts them as suppressed, by row number.
 */
public class CsvImportService {

    private static final Logger log = LoggerFactory.getLogger(CsvImportService.class);

    private final Function<String, Optional<Campaign>> campaigns;
    private final ImportedPeople people;
    private final SuppressedPeople suppressed;
    private final CsvImportSettings settings;
    private final Clock clock;
    private final Supplier<String> importIds;

    /** @param campaigns the campaigns this service knows, by id */
    public CsvImportService(Function<String, Optional<Campaign>> campaigns, ImportedPeople people,
                            SuppressedPeople suppressed, CsvImportSettings settings, Clock clock) {
        this(campaigns, people, suppressed, settings, clock, () -> UUID.randomUUID().toString());
    }

    CsvImportService(Function<String, Optional<Campaign>> campaigns, ImportedPeople people, SuppressedPeople suppressed,
                     CsvImportSettings settings, Clock clock, Supplier<String> importIds) {
        this.campaigns = campaigns;
        this.people = people;
        this.suppressed = suppressed;
        this.settings = settings;
        this.clock = clock;
        this.importIds = importIds;
    }

    public CsvImportSettings settings() {
        return settings;
    }

    /** The header and first rows of a file, read no further. */
    public CsvPreview preview(String workspaceId, String campaignId, String fileName, InputStream in, String delimiter) {
        campaign(workspaceId, campaignId);
        try (CsvFile file = CsvFile.open(in, delimiter, settings.maxRowChars())) {
            List<List<String>> rows = new ArrayList<>();
            while (rows.size() < settings.previewRows() && file.hasNext()) {
                rows.add(file.next().toList());
            }
            Map<String, String> suggested = ColumnMapping.suggest(file.header());
            List<String> missing = Arrays.stream(ProspectField.values()).filter(ProspectField::mandatory)
                    .map(ProspectField::key).filter(key -> !suggested.containsValue(key)).toList();
            return new CsvPreview(fileName, name(file.delimiter()), file.header(), rows, suggested, missing,
                    ProspectField.keys());
        }
    }

    /**
     * Imports a file; {@code requestedMapping} null means the mapping the header suggests.
     *
     * @throws CsvImportException when the request or the file is refused as a whole
     * @throws NotFoundException  when the workspace has no such campaign
     */
    public ImportReport importCsv(String workspaceId, String campaignId, String fileName, InputStream in,
                                  Map<String, String> requestedMapping, String delimiter) {
        Campaign campaign = campaign(workspaceId, campaignId);
        Instant startedAt = clock.instant();
        try (CsvFile file = CsvFile.open(in, delimiter, settings.maxRowChars())) {
            ColumnMapping mapping = requestedMapping == null
                    ? ColumnMapping.resolve(file.header(), suggestedOrFail(file.header()))
                    : ColumnMapping.resolve(file.header(), requestedMapping);
            String importId = importIds.get();
            if (!people.lock(campaignId, importId, startedAt, settings.staleLockAfter())) {
                throw new CsvImportException(CsvImportException.Kind.IMPORT_RUNNING, "Import running",
                        "Another import is running for campaign " + campaignId + "; try again when it has finished.");
            }
            Run run = new Run(campaign, importId, fileName, file, mapping, startedAt);
            try {
                ImportReport report = run.execute();
                people.saveReport(report);
                log.info("CSV import {} for campaign {}: {} rows read, {} imported, {} rejected, {} duplicates, {} suppressed",
                        importId, campaignId, report.rowsRead(), report.imported(), report.rejected(), report.duplicates(),
                        report.suppressed());
                return report;
            } catch (RuntimeException e) {
                people.discard(importId);
                people.unlock(campaignId, importId);
                if (e instanceof CsvImportException refused) {
                    people.saveReport(run.rejected(refused.getMessage()));
                    throw new CsvImportException(refused.kind(), refused.title(), refused.getMessage(),
                            Map.of("importId", importId, "lastRowRead", run.lastRow));
                }
                throw e;
            }
        }
    }

    public ImportReport report(String workspaceId, String campaignId, String importId) {
        campaign(workspaceId, campaignId);
        return people.findReport(importId).filter(report -> report.campaignId().equals(campaignId))
                .orElseThrow(() -> new NotFoundException("CSV import", importId));
    }

    public List<ImportReport> reports(String workspaceId, String campaignId) {
        campaign(workspaceId, campaignId);
        return people.findReports(campaignId);
    }

    /** The campaign, only when it is the workspace's: another workspace's is not told apart from none (404). */
    private Campaign campaign(String workspaceId, String campaignId) {
        return campaigns.apply(campaignId).filter(campaign -> campaign.workspaceId().equals(workspaceId))
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    private static Map<String, String> suggestedOrFail(List<String> header) {
        Map<String, String> suggested = ColumnMapping.suggest(header);
        if (!suggested.containsValue(ProspectField.EMAIL.key())) {
            throw CsvImportException.badMapping("No mapping was given and no column of the header looks like an email: "
                    + "give a mapping (CSV column -> field).", header);
        }
        return suggested;
    }

    private static String name(char delimiter) {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "comma";
        };
    }

    /** One import in progress. */
    private final class Run {

        private final Campaign campaign;
        private final String importId;
        private final String fileName;
        private final CsvFile file;
        private final ColumnMapping mapping;
        private final CsvRowValidator validator;
        private final Instant startedAt;
        private final SeenEmails seen = new SeenEmails();
        private final int[] counts = new int[ImportSegment.PRIORITIES];
        private final List<ImportedRow> batch = new ArrayList<>();
        /** Good rows waiting for the suppression check, which is made for a batch at a time. */
        private final List<Pending> pending = new ArrayList<>();
        private final List<Long> suppressedRows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final List<ImportReport.DuplicateRow> duplicateRows = new ArrayList<>();
        private long rowsRead;
        private long imported;
        private long rejected;
        private long duplicates;
        private long suppressedCount;
        private long lastRow = 1;

        Run(Campaign campaign, String importId, String fileName, CsvFile file, ColumnMapping mapping, Instant startedAt) {
            this.campaign = campaign;
            this.importId = importId;
            this.fileName = fileName;
            this.file = file;
            this.mapping = mapping;
            this.validator = new CsvRowValidator(mapping);
            this.startedAt = startedAt;
        }

        ImportReport execute() {
            people.forEachImportedEmail(campaign.campaignId(), hash -> seen.putIfAbsent(hash, 0));
            while (file.hasNext()) {
                CSVRecord record = file.next();
                lastRow = record.getRecordNumber();
                take(record);
            }
            flush();
            if (rowsRead == 0) {
                throw CsvImportException.badFile("The file has a header row but no data rows.");
            }
            if (!people.commit(campaign.campaignId(), importId, counts)) {
                throw new CsvImportException(CsvImportException.Kind.IMPORT_RUNNING, "Import interrupted",
                        "The import ran so long that its lock was taken over by another import; nothing was imported.");
            }
            return report(ImportReport.COMPLETED, null);
        }

        private void take(CSVRecord record) {
            long row = record.getRecordNumber();
            RowResult result = validator.validate(row, record.toList(), "csv:" + importId + ":" + row);
            if (result.isBlank()) {
                return;
            }
            rowsRead++;
            if (result.error() != null) {
                rejected++;
                if (errors.size() < settings.maxStoredErrors()) {
                    errors.add(result.error());
                }
                return;
            }
            Candidate candidate = result.candidate();
            long hash = SeenEmails.hash(candidate.person().email());
            long firstRow = seen.putIfAbsent(hash, row);
            if (firstRow >= 0) {
                duplicates++;
                if (duplicateRows.size() < settings.maxStoredErrors()) {
                    duplicateRows.add(new ImportReport.DuplicateRow(row, candidate.person().email(), firstRow == 0 ? null : firstRow));
                }
                return;
            }
            pending.add(new Pending(row, hash, candidate));
            if (pending.size() >= settings.batchSize()) {
                flush();
            }
        }

        /** Checks the pending rows against the suppression list, then stores the others. */
        private void flush() {
            if (!pending.isEmpty()) {
                Set<String> suppressedEmails = suppressed.suppressedAmong(campaign.workspaceId(),
                        pending.stream().map(p -> p.candidate().person().email()).toList());
                for (Pending row : pending) {
                    if (suppressedEmails.contains(row.candidate().person().email())) {
                        suppressedCount++;
                        if (suppressedRows.size() < settings.maxStoredErrors()) {
                            suppressedRows.add(row.row());
                        }
                        continue;
                    }
                    int priority = ProspectPriority.of(row.candidate(), campaign.targetProfile());
                    batch.add(new ImportedRow(campaign.campaignId(), importId, row.row(), priority, counts[priority]++,
                            row.emailHash(), row.candidate()));
                    imported++;
                }
                pending.clear();
            }
            if (!batch.isEmpty()) {
                people.insert(List.copyOf(batch));
                batch.clear();
            }
        }

        ImportReport rejected(String reason) {
            return report(ImportReport.REJECTED, reason);
        }

        private ImportReport report(String status, String fileError) {
            boolean rejectedFile = ImportReport.REJECTED.equals(status);
            return new ImportReport(importId, campaign.campaignId(), fileName, status, name(file.delimiter()),
                    mapping.asRequested(), rowsRead, rejectedFile ? 0 : imported, rejected, duplicates, errors, duplicateRows,
                    rejected > errors.size() || duplicates > duplicateRows.size() || suppressedCount > suppressedRows.size(),
                    file.malformedSequences(), fileError, startedAt, clock.instant(), rejectedFile ? 0 : suppressedCount,
                    rejectedFile ? List.of() : suppressedRows);
        }
    }

    private record Pending(long row, long emailHash, Candidate candidate) {
    }
}
