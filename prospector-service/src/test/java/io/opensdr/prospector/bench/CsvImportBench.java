package io.opensdr.prospector.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.CompanySizeRange;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.persistence.MongoImportedPeople;
import io.opensdr.prospector.persistence.MongoSuppressedPeople;
import io.opensdr.prospector.sources.csv.CsvImportService;
import io.opensdr.prospector.sources.csv.CsvImportSettings;
import io.opensdr.prospector.sources.csv.ImportReport;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Imports one CSV file into MongoDB through the real import service and store, in a JVM of its
 * own (run it with a small -Xmx), and prints one line: rows, time, peak heap. The database runs
 * in another process, so the heap measured is the import's alone. Used by
 * {@code CsvImportMemoryIT}; see bench/csv-import-memory.md.
 *
 * <p>Arguments: mongoUri database campaignId file
 */
public final class CsvImportBench {

    static final List<String> TITLES = List.of("VP Sales", "Head of Sales");
    static final Map<String, String> MAPPING = Map.ofEntries(Map.entry("email", "email"), Map.entry("first_name", "firstName"),
            Map.entry("last_name", "lastName"), Map.entry("title", "title"), Map.entry("company", "company"),
            Map.entry("domain", "companyDomain"), Map.entry("industry", "industry"), Map.entry("employees", "employeeCount"),
            Map.entry("linkedin", "linkedinUrl"), Map.entry("phone", "phone"), Map.entry("city", "city"),
            Map.entry("country", "country"));

    private CsvImportBench() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        String database = args[1];
        String campaignId = args[2];
        Path file = Path.of(args[3]);
        AtomicLong sampledPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5); // a sampling period, not a wait for a condition
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Campaign campaign = new Campaign(campaignId, "w-bench", 1, CampaignStatus.PAUSED, SourceKind.CSV,
                new TargetProfile(TITLES, Set.of(Seniority.VP, Seniority.HEAD), List.of(CompanySizeRange.parse("201-500").orElseThrow()),
                        Set.of(), Set.of()), 100);
        try (MongoClient client = MongoClients.create(uri); InputStream in = Files.newInputStream(file)) {
            MongoImportedPeople people = new MongoImportedPeople(new MongoTemplate(client, database));
            MongoSuppressedPeople suppressed = new MongoSuppressedPeople(new MongoTemplate(client, database), Clock.systemUTC());
            CsvImportService service = new CsvImportService(id -> Optional.of(campaign), people, suppressed,
                    new CsvImportSettings(50L * 1024 * 1024, 1000, 1000, 5, 1_000_000, Duration.ofMinutes(30)),
                    Clock.systemUTC());
            long started = System.nanoTime();
            ImportReport report = service.importCsv("w-bench", campaignId, file.getFileName().toString(), in, MAPPING, null);
            long millis = (System.nanoTime() - started) / 1_000_000;
            sampler.interrupt();
            long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getPeakUsage).mapToLong(usage -> usage.getUsed()).sum();
            System.out.printf("RESULT rowsRead=%d imported=%d rejected=%d duplicates=%d storedErrors=%d millis=%d "
                            + "maxHeapMb=%d sampledPeakHeapMb=%.1f poolPeaksSumMb=%.1f%n",
                    report.rowsRead(), report.imported(), report.rejected(), report.duplicates(), report.errors().size(), millis,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), sampledPeak.get() / 1048576.0, poolPeaks / 1048576.0);
        }
    }
}
