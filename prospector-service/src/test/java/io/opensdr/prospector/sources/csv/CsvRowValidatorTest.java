package io.opensdr.prospector.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.Seniority;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowValidatorTest {

    private static final List<String> HEADER = List.of("First", "Last", "Email", "Title", "Company", "Size", "Phone", "Country");
    private final CsvRowValidator validator = new CsvRowValidator(ColumnMapping.resolve(HEADER, Map.of(
            "First", "firstName", "Last", "lastName", "Email", "email", "Title", "title", "Company", "company",
            "Size", "employeeCount", "Phone", "phone", "Country", "country")));

    @Test
    void shouldTurnAGoodRowIntoACandidate() {
        RowResult result = validator.validate(2, List.of(" Claire ", "Martin", "claire@fintech.example", "VP Sales",
                "Fintech One", "1,200", "+33 1 23 45 67 89", "France"), "csv:i:2");

        assertThat(result.error()).isNull();
        Candidate candidate = result.candidate();
        assertThat(candidate.sourceKey()).isEqualTo("csv:i:2");
        assertThat(candidate.person().firstName()).isEqualTo("Claire");
        assertThat(candidate.person().email()).isEqualTo("claire@fintech.example");
        assertThat(candidate.person().emailGrade()).isEqualTo(EmailGrade.UNKNOWN);
        assertThat(candidate.person().seniority()).isEqualTo(Seniority.VP);
        assertThat(candidate.person().phone()).isEqualTo("+33 1 23 45 67 89");
        assertThat(candidate.person().countryCode()).isEqualTo("FR");
        assertThat(candidate.company().employeeCount()).isEqualTo(1200);
        assertThat(candidate.company().domain()).isEqualTo("fintech.example");
    }

    @Test
    void shouldLeaveOptionalCellsEmptyAndNotTakeAFreeMailDomainForTheCompany() {
        RowResult result = validator.validate(2, List.of("", "", "someone@gmail.com", "", "", "", "", "Narnia"), "k");

        assertThat(result.error()).isNull();
        assertThat(result.candidate().person().firstName()).isNull();
        assertThat(result.candidate().person().seniority()).isEqualTo(Seniority.UNKNOWN);
        assertThat(result.candidate().person().countryCode()).isNull();
        assertThat(result.candidate().company().domain()).isNull();
        assertThat(result.candidate().company().employeeCount()).isNull();
    }

    @Test
    void shouldRejectARowWithoutEmail() {
        RowResult result = validator.validate(7, List.of("Claire", "Martin", "  ", "VP", "Co", "", "", ""), "k");

        assertThat(result.error()).isEqualTo(new RowError(7, "Email", "The email is missing."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claire", "claire@", "claire.@fintech.example", "claire@fintech", "claire martin@fintech.example",
            "claire@@fintech.example", "claire..martin@fintech.example", "claire@fintech..example", "claire@-fintech.example"})
    void shouldRejectABadEmailSyntax(String email) {
        RowResult result = validator.validate(3, List.of("Claire", "Martin", email, "VP", "Co", "", "", ""), "k");

        assertThat(result.error().column()).isEqualTo("Email");
        assertThat(result.error().reason()).contains("is not a valid email address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"first.last+tag@sub.fintech.example", "o'brien@fintech.io", "A_B@X-Y.CO"})
    void shouldAcceptUnusualButValidEmails(String email) {
        assertThat(validator.validate(3, List.of("", "", email, "", "", "", "", ""), "k").error()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", " =HYPERLINK(\"x\")"})
    void shouldRejectFormulaInjection(String cell) {
        RowResult result = validator.validate(4, List.of("Claire", "Martin", "claire@fintech.example", cell, "Co", "", "", ""), "k");

        assertThat(result.candidate()).isNull();
        assertThat(result.error().row()).isEqualTo(4);
        assertThat(result.error().column()).isEqualTo("Title");
        assertThat(result.error().reason()).contains("formula");
    }

    @Test
    void shouldRejectAFormulaInTheEmailCellAsAFormulaNotAsABadEmail() {
        RowResult result = validator.validate(4, List.of("", "", "=HYPERLINK(\"http://evil.example\")", "", "", "", "", ""), "k");

        assertThat(result.error().column()).isEqualTo("Email");
        assertThat(result.error().reason()).contains("formula");
    }

    @Test
    void shouldAcceptAnInternationalPhoneNumberButNotAFormulaInThePhoneColumn() {
        assertThat(validator.validate(2, List.of("", "", "a@b.example", "", "", "", "+49 (30) 1234-567", ""), "k").error()).isNull();
        assertThat(validator.validate(2, List.of("", "", "a@b.example", "", "", "", "+HYPERLINK(1)", ""), "k").error().column())
                .isEqualTo("Phone");
    }

    @Test
    void shouldIgnoreFormulasInColumnsThatAreNotImported() {
        CsvRowValidator emailOnly = new CsvRowValidator(ColumnMapping.resolve(List.of("Email", "Notes"), Map.of("Email", "email")));

        assertThat(emailOnly.validate(2, List.of("a@b.example", "=1+1"), "k").error()).isNull();
    }

    @Test
    void shouldRejectAnInvalidUtf8CellNamingItsColumn() {
        RowResult result = validator.validate(5, List.of("Ren\uFFFD", "Martin", "rene@fintech.example", "", "", "", "", ""), "k");

        assertThat(result.error().column()).isEqualTo("First");
        assertThat(result.error().reason()).contains("not valid UTF-8");
    }

    @Test
    void shouldRejectARowWithTheWrongNumberOfCells() {
        RowResult tooFew = validator.validate(6, List.of("Claire", "claire@fintech.example"), "k");
        RowResult tooMany = validator.validate(7, List.of("a", "b", "c@d.example", "", "", "", "", "", "extra"), "k");

        assertThat(tooFew.error()).isEqualTo(new RowError(6, null,
                "The row has 2 cells where the header has 8 (a delimiter or a quote out of place?)."));
        assertThat(tooMany.error().reason()).startsWith("The row has 9 cells");
    }

    @Test
    void shouldRejectANumberOfEmployeesThatIsNotOne() {
        RowResult result = validator.validate(8, List.of("", "", "a@b.example", "", "", "lots", "", ""), "k");

        assertThat(result.error().column()).isEqualTo("Size");
    }

    @Test
    void shouldReadRangesAndSeparatorsInEmployeeCounts() {
        assertThat(CsvRowValidator.employeeCount("51-200")).isEqualTo(51);
        assertThat(CsvRowValidator.employeeCount("1000+")).isEqualTo(1000);
        assertThat(CsvRowValidator.employeeCount("12 500")).isEqualTo(12500);
        assertThat(CsvRowValidator.employeeCount("-5")).isNull();
    }

    @Test
    void shouldRejectACellLongerThanTheLimit() {
        RowResult result = validator.validate(9, List.of("x".repeat(501), "", "a@b.example", "", "", "", "", ""), "k");

        assertThat(result.error().reason()).contains("longer than 500");
    }

    @Test
    void shouldPassOverABlankRow() {
        assertThat(validator.validate(10, List.of("", " ", "", "", "", "", "", ""), "k").isBlank()).isTrue();
    }
}
