package io.opensdr.prospector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.opensdr.kit.testing.ChildJvm;
import io.opensdr.kit.testing.TestMongo;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.persistence.MongoImportedPeople;
import io.opensdr.prospector.sources.csv.CsvImportSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The memory proof: a generated 200,000-row, 50 MB CSV file imported by a separate JVM limited to
 * a 64 MB heap (smaller than the file), into the test MongoDB running in this JVM. It fails if the
 * import runs out of memory. Prints the time and the peak heap; see bench/csv-import-memory.md.
 */
class CsvImportMemoryIT {

    static final int ROWS = 200_000;
    static final int ROW_BYTES = 250;
    static final String HEAP = System.getProperty("csv.bench.heap", "64m");
    private static final String DATABASE = "prospector-csv-bench";
    private static final Pattern RESULT = Pattern.compile("RESULT rowsRead=(\\d+) imported=(\\d+) rejected=(\\d+) "
            + "duplicates=(\\d+) storedErrors=(\\d+) millis=(\\d+) .*");

    @TempDir Path dir;

    @Test
    void shouldImportA50MbFileOf200000RowsWithAHeapSmallerThanTheFile() throws Exception {
        Path file = dir.resolve("people-200k.csv");
        Expected expected = generate(file);
        assertThat(Files.size(file)).isBetween(48_000_000L, 52_428_800L);

        ChildJvm.Running child = ChildJvm.mainClass("csv-import", CsvImportBench.class, TestMongo.uri(DATABASE), DATABASE,
                "c-bench", file.toString()).jvmFlags("-Xmx" + HEAP, "-XX:+UseSerialGC").start();
        assertThat(child.process().waitFor(10, TimeUnit.MINUTES)).isTrue();
        List<String> output = Files.readAllLines(child.log());
        String result = output.stream().filter(line -> line.startsWith("RESULT")).findFirst().orElse(null);
        assertThat(child.process().exitValue()).as(String.join("\n", output)).isZero();
        System.out.println("CSV import benchmark, " + Files.size(file) + " bytes, -Xmx" + HEAP + ": " + result);

        Matcher numbers = RESULT.matcher(result);
        assertThat(numbers.matches()).isTrue();
        assertThat(Long.parseLong(numbers.group(1))).isEqualTo(ROWS);
        assertThat(Long.parseLong(numbers.group(2))).isEqualTo(expected.imported);
        assertThat(Long.parseLong(numbers.group(3))).isEqualTo(expected.rejected);
        assertThat(Long.parseLong(numbers.group(4))).isEqualTo(expected.duplicates);
        assertThat(Long.parseLong(numbers.group(5))).isEqualTo(Math.min(1000, expected.rejected));

        try (MongoClient client = MongoClients.create(TestMongo.uri(DATABASE))) {
            MongoTemplate mongo = new MongoTemplate(client, DATABASE);
            assertThat(mongo.count(Query.query(Criteria.where("campaignId").is("c-bench")), "imported_people"))
                    .isEqualTo(expected.imported);
            CsvImportSource source = new CsvImportSource(new MongoImportedPeople(mongo));
            Campaign campaign = new Campaign("c-bench", "w-bench", 1, CampaignStatus.ACTIVE, SourceKind.CSV, TargetProfile.anyone(), 100);
            long started = System.nanoTime();
            SearchPage first = source.search(campaign, 0, 100);
            SearchPage last = source.search(campaign, expected.imported - 10, 100);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("CSV source: first and last pages of " + expected.imported + " rows read in " + millis + " ms");
            assertThat(first.candidates()).hasSize(100);
            assertThat(first.candidates()).extracting(RankedCandidate::priority).isSortedAccordingTo((a, b) -> b - a);
            assertThat(last.candidates()).hasSize(10);
            assertThat(first.candidates().get(0).priority()).isGreaterThan(last.candidates().get(9).priority());
        }
    }

    private record Expected(long imported, long rejected, long duplicates) {
    }

    /** Rows padded to about 250 bytes by a column nobody maps; some bad rows and duplicates. */
    private static Expected generate(Path file) throws IOException {
        String[] titles = {"VP Sales", "Head of Sales", "Sales Manager", "Account Executive", "CEO", "Director of Marketing"};
        String[] sizes = {"12", "75", "300", "1,200", "51-200", "5000"};
        long rejected = 0;
        long duplicates = 0;
        boolean previousImported = false;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("email,first_name,last_name,title,company,domain,industry,employees,linkedin,phone,city,country,notes\r\n");
            for (int i = 0; i < ROWS; i++) {
                String email;
                String title = titles[i % titles.length];
                boolean imported = false;
                if (i % 500 == 7) {
                    email = "";
                    rejected++;
                } else if (i % 777 == 3) {
                    email = "person" + i + "@company" + (i % 5000) + ".example";
                    title = "=cmd|' /C calc'!A0";
                    rejected++;
                } else if (i % 1000 == 999) {
                    email = "PERSON" + (i - 1) + "@Company" + ((i - 1) % 5000) + ".example"; // the row before, if it was kept
                    duplicates += previousImported ? 1 : 0;
                    imported = !previousImported;
                } else {
                    email = "person" + i + "@company" + (i % 5000) + ".example";
                    imported = true;
                }
                previousImported = imported;
                String row = String.join(",", email, "First" + i, "Last" + i, "\"" + title.replace("\"", "\"\"") + "\"",
                        "\"Company " + (i % 5000) + ", Inc.\"", "company" + (i % 5000) + ".example", "Software",
                        "\"" + sizes[i % sizes.length] + "\"", "https://www.linkedin.com/in/person-" + i, "+33 1 23 45 " + (i % 100),
                        "Paris", "FR", "");
                out.write(row);
                out.write("x".repeat(Math.max(0, ROW_BYTES - row.length() - 2)));
                out.write("\r\n");
            }
        }
        return new Expected(ROWS - rejected - duplicates, rejected, duplicates);
    }
}
