package io.opensdr.prospector.sources.csv;

import io.opensdr.prospector.domain.InMemorySuppressedPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignMother;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceUnavailableException;
import io.opensdr.prospector.domain.TargetProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CsvImportServiceTest {

    private static final String HEADER = "Email,First,Title,Employees\n";

    private final Campaign campaign = CampaignMother.anActiveDemoCampaign("c-1", 100);
    private final InMemoryImportedPeople people = new InMemoryImportedPeople();
    private final InMemorySuppressedPeople suppressed = new InMemorySuppressedPeople();
    private final AtomicInteger ids = new AtomicInteger();
    private final CsvImportService service = new CsvImportService(
            id -> id.equals("c-1") ? Optional.of(campaign) : Optional.empty(), people, suppressed,
            new CsvImportSettings(1_000_000, 2, 5, 2, 10_000, Duration.ofMinutes(30)),
            Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC), () -> "import-" + ids.incrementAndGet());
    private final CsvImportSource source = new CsvImportSource(people);

    @Test
    void shouldImportEveryGoodRowAndReportEachBadOneWithItsRowColumnAndReason() {
        ImportReport report = importCsv(HEADER
                + "ic@one.example,Ian,Engineer,10\n"
                + ",Nobody,CEO,10\n"
                + "not-an-email,Bad,CEO,10\n"
                + "ceo@two.example,Cleo,CEO,5000\n"
                + "evil@three.example,Eve,=cmd|' /C calc'!A0,10\n"
                + "short@row.example,Short\n");

        assertThat(report.status()).isEqualTo(ImportReport.COMPLETED);
        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(4);
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "Email"), org.assertj.core.groups.Tuple.tuple(4L, "Email"),
                org.assertj.core.groups.Tuple.tuple(6L, "Title"), org.assertj.core.groups.Tuple.tuple(7L, null));
        assertThat(report.mapping()).containsEntry("Email", "email").containsEntry("Title", "title");
        assertThat(people.rows).hasSize(2);
        assertThat(people.reports).containsKey(report.importId());
    }

    @Test
    void shouldSkipSuppressedPeopleAndReportThemAsSuppressedWithoutTheirAddress() {
        suppressed.suppress("workspace-1", "gone@one.example").suppress("other-workspace", "kept@two.example");

        ImportReport report = importCsv(HEADER
                + "kept@two.example,Kim,CEO,10\n"
                + " Gone@One.example ,Gina,CEO,10\n"
                + "also@three.example,Al,CEO,10\n"
                + "more@four.example,Mo,CEO,10\n");

        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.suppressed()).isEqualTo(1);
        assertThat(report.suppressedRows()).containsExactly(3L);
        assertThat(report.rejected()).isZero();
        assertThat(report.errors()).isEmpty();
        assertThat(people.rows.values()).extracting(row -> row.candidate().person().email())
                .containsExactlyInAnyOrder("kept@two.example", "also@three.example", "more@four.example");
    }

    @Test
    void shouldSkipDuplicatesInTheFileAndOfEarlierImportsWithoutCallingThemErrors() {
        importCsv(HEADER + "first@one.example,A,CEO,10\n");

        ImportReport second = importCsv(HEADER
                + "new@two.example,B,CEO,10\n"
                + " NEW@Two.Example ,B again,CEO,10\n"
                + "FIRST@one.example,A again,CEO,10\n");

        assertThat(second.imported()).isEqualTo(1);
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(second.rejected()).isZero();
        assertThat(second.duplicateRows()).containsExactly(
                new ImportReport.DuplicateRow(3, "NEW@Two.Example", 2L),
                new ImportReport.DuplicateRow(4, "FIRST@one.example", null));
    }

    @Test
    void shouldCountEveryErrorButKeepOnlyTheFirstOnes() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 10; i++) {
            file.append("bad-").append(i).append(",X,CEO,10\n");
        }
        file.append("good@one.example,G,CEO,10\n");

        ImportReport report = importCsv(file.toString());

        assertThat(report.rejected()).isEqualTo(10);
        assertThat(report.errors()).hasSize(5);
        assertThat(report.errorsTruncated()).isTrue();
        assertThat(report.imported()).isEqualTo(1);
    }

    @Test
    void shouldServeImportedRowsBestFirstThroughTheCsvSource() {
        importCsv(HEADER
                + "ic@one.example,Ian,Engineer,10\n"
                + "ceo@two.example,Cleo,CEO,5000\n"
                + "manager@three.example,Max,Sales Manager,300\n");
        importCsv(HEADER + "vp@four.example,Vera,VP Sales,5000\n");

        SearchPage first = source.search(campaign, 0, 2);
        SearchPage rest = source.search(campaign, first.nextCursor(), 10);

        assertThat(first.candidates()).extracting(ranked -> ranked.candidate().person().email())
                .containsExactly("ceo@two.example", "manager@three.example");
        assertThat(rest.candidates()).extracting(ranked -> ranked.candidate().person().email())
                .containsExactly("ic@one.example", "vp@four.example"); // the later import comes after
        assertThat(first.candidates()).extracting(RankedCandidate::priority).isSortedAccordingTo((a, b) -> b - a);
        assertThat(source.search(campaign, 4, 10).candidates()).isEmpty();
    }

    @Test
    void shouldSayThatTheCsvSourceNeedsTheCampaign() {
        assertThatThrownBy(() -> source.search(TargetProfile.anyone(), 0, 10)).isInstanceOf(SourceUnavailableException.class);
    }

    @Test
    void shouldStoreNothingWhenTheFileBreaksHalfway() {
        importCsv(HEADER + "kept@one.example,K,CEO,10\n");
        Map<String, ImportedRow> before = Map.copyOf(people.rows);

        assertThatThrownBy(() -> importCsv(HEADER
                + "a@two.example,A,CEO,10\n"
                + "b@two.example,B,CEO,10\n"
                + "c@two.example,C,CEO,10\n"
                + "d@two.example,\"never closed,CEO,10\n"))
                .isInstanceOf(CsvImportException.class)
                .satisfies(e -> assertThat(((CsvImportException) e).details()).containsEntry("importId", "import-2"));

        assertThat(people.inserts).isGreaterThan(1); // rows of the broken file were written, then removed
        assertThat(people.rows).isEqualTo(before);
        assertThat(people.segments("c-1")).hasSize(1);
        assertThat(people.locks).isEmpty();
        assertThat(people.reports.get("import-2").status()).isEqualTo(ImportReport.REJECTED);
        assertThat(people.reports.get("import-2").imported()).isZero();
        assertThat(people.reports.get("import-2").fileError()).contains("not valid CSV");
    }

    @Test
    void shouldRefuseAFileWithoutDataRowsAndStoreNothing() {
        assertThatThrownBy(() -> importCsv(HEADER + "\n")).isInstanceOf(CsvImportException.class)
                .hasMessageContaining("no data rows");
        assertThat(people.segments("c-1")).isEmpty();
    }

    @Test
    void shouldRefuseASecondImportWhileOneIsRunningForTheCampaign() {
        people.locks.put("c-1", "someone-else");

        assertThatThrownBy(() -> importCsv(HEADER + "a@one.example,A,CEO,10\n"))
                .isInstanceOf(CsvImportException.class)
                .satisfies(e -> assertThat(((CsvImportException) e).kind()).isEqualTo(CsvImportException.Kind.IMPORT_RUNNING));
        assertThat(people.rows).isEmpty();
    }

    @Test
    void shouldUseTheSuggestedMappingWhenNoneIsGiven() {
        ImportReport report = service.importCsv("workspace-1", "c-1", "people.csv", stream("E-mail;Prénom\na@one.example;Anne\n"), null, null);

        assertThat(report.delimiter()).isEqualTo("semicolon");
        assertThat(report.mapping()).containsExactly(Map.entry("E-mail", "email"), Map.entry("Prénom", "firstName"));
        assertThat(people.rows.values()).singleElement()
                .satisfies(row -> assertThat(row.candidate().person().firstName()).isEqualTo("Anne"));
    }

    @Test
    void shouldPreviewTheHeaderSampleRowsAndTheSuggestedMapping() {
        CsvPreview preview = service.preview("workspace-1", "c-1", "people.csv",
                stream("Name,Company\nA,One\nB,Two\nC,Three\n"), null);

        assertThat(preview.headers()).containsExactly("Name", "Company");
        assertThat(preview.sampleRows()).containsExactly(List.of("A", "One"), List.of("B", "Two"));
        assertThat(preview.suggestedMapping()).containsExactly(Map.entry("Company", "company"));
        assertThat(preview.missingMandatoryFields()).containsExactly("email");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCampaign() {
        assertThatThrownBy(() -> service.importCsv("workspace-1", "nobody", "f.csv", stream(HEADER), null, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldAnswerNotFoundForACampaignOfAnotherWorkspace() {
        assertThatThrownBy(() -> service.importCsv("workspace-2", "c-1", "f.csv", stream(HEADER), null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.preview("workspace-2", "c-1", "f.csv", stream(HEADER), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.reports("workspace-2", "c-1")).isInstanceOf(NotFoundException.class);
    }

    private ImportReport importCsv(String content) {
        return service.importCsv("workspace-1", "c-1", "people.csv", stream(content),
                Map.of("Email", "email", "First", "firstName", "Title", "title", "Employees", "employeeCount"), null);
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
