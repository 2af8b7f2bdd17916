package io.opensdr.prospector.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static final List<String> HEADER = List.of("E-mail Address", "First Name", "Job Title", "Notes");

    @Test
    void shouldSuggestFieldsFromCommonHeaderNames() {
        assertThat(ColumnMapping.suggest(HEADER)).containsExactly(
                Map.entry("E-mail Address", "email"), Map.entry("First Name", "firstName"), Map.entry("Job Title", "title"));
        assertThat(ColumnMapping.suggest(List.of("firstName", "company_domain", "LinkedIn"))).containsExactly(
                Map.entry("firstName", "firstName"), Map.entry("company_domain", "companyDomain"), Map.entry("LinkedIn", "linkedinUrl"));
    }

    @Test
    void shouldResolveAMappingToColumnPositions() {
        ColumnMapping mapping = ColumnMapping.resolve(HEADER, Map.of("E-mail Address", "email", "Job Title", "title"));

        assertThat(mapping.column(ProspectField.EMAIL)).isZero();
        assertThat(mapping.column(ProspectField.TITLE)).isEqualTo(2);
        assertThat(mapping.column(ProspectField.FIRST_NAME)).isEqualTo(-1);
    }

    @Test
    void shouldFindAColumnWhoseNameDiffersOnlyInCase() {
        ColumnMapping mapping = ColumnMapping.resolve(HEADER, Map.of("e-mail address", "email"));

        assertThat(mapping.column(ProspectField.EMAIL)).isZero();
        assertThat(mapping.asRequested()).containsExactly(Map.entry("E-mail Address", "email"));
    }

    @Test
    void shouldRefuseAMappingWithoutTheMandatoryEmail() {
        assertThatThrownBy(() -> ColumnMapping.resolve(HEADER, Map.of("First Name", "firstName")))
                .isInstanceOf(CsvImportException.class)
                .hasMessageContaining("no column is mapped to email, which is mandatory")
                .satisfies(e -> assertThat(((CsvImportException) e).details()).containsEntry("headers", HEADER));
    }

    @Test
    void shouldRefuseUnknownColumnsUnknownFieldsAndAFieldMappedTwice() {
        assertThatThrownBy(() -> ColumnMapping.resolve(HEADER, Map.of("E-mail Address", "email", "Mail", "firstName")))
                .hasMessageContaining("column \"Mail\" is not in the file's header");
        assertThatThrownBy(() -> ColumnMapping.resolve(HEADER, Map.of("E-mail Address", "email", "Notes", "favouriteColour")))
                .hasMessageContaining("\"favouriteColour\" (for column \"Notes\") is not a field");
        assertThatThrownBy(() -> ColumnMapping.resolve(HEADER, Map.of("E-mail Address", "email", "Notes", "email")))
                .hasMessageContaining("field email is mapped from more than one column");
        assertThatThrownBy(() -> ColumnMapping.resolve(HEADER, Map.of()))
                .hasMessageContaining("The mapping is empty");
    }

    @Test
    void shouldRefuseAColumnThatAppearsTwiceInTheHeader() {
        assertThatThrownBy(() -> ColumnMapping.resolve(List.of("email", "email"), Map.of("email", "email")))
                .hasMessageContaining("appears more than once");
    }
}
