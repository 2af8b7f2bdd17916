package io.opensdr.qualifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {

    @ParameterizedTest(name = "{0} graded {1}: contactable {2}")
    @CsvSource(nullValues = "null", value = {
            "ana@acme.example, VALID, true",
            "ana@acme.example, ACCEPT_ALL, true",
            "ana@acme.example, UNKNOWN, true",
            "ana@acme.example, INVALID, false",
            "null, MISSING, false",
            "'  ', UNKNOWN, false",
    })
    void shouldEmailOnlyAnAddressThatIsThereAndNotKnownToBeBad(String email, EmailGrade grade, boolean contactable) {
        Person person = new Person("Ana", "Lopez", "VP Sales", Seniority.VP, email, grade, "ES", "Europe/Madrid");

        assertThat(person.isContactable()).isEqualTo(contactable);
    }
}
