package io.opensdr.prospector.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProspectEnricherTest {

    private static final Company KNOWN = new Company("Known Corp", "known.example", "Logistics", 420, 60_000_000L, "NL",
            "Moves things.");
    private final ProspectEnricher enricher = new ProspectEnricher(List.of(domain -> Optional.ofNullable(Map.of("known.example", KNOWN).get(domain))));

    @Test
    void shouldGradeAnAddressThatFailsTheSyntaxCheckInvalidWhateverTheSourceSaid() {
        List<String> malformed = List.of("jane", "jane@", "@acme.com", "jane@acme", "jane..doe@acme.com", ".jane@acme.com",
                "jane@-acme.com", "jane@acme.c", "jane doe@acme.com", "jane@acme..com", "jané@acme.com",
                "x".repeat(65) + "@acme.com", "jane@" + "a".repeat(64) + ".com");

        assertThat(malformed).allSatisfy(email ->
                assertThat(ProspectEnricher.grade(email, EmailGrade.VALID)).as(email).isEqualTo(EmailGrade.INVALID));
    }

    @Test
    void shouldKeepTheSourcesGradeOfAWellFormedAddressOrSayUnknown() {
        assertThat(ProspectEnricher.grade("jane.o'neil+crm@mail.acme.co.uk", EmailGrade.ACCEPT_ALL)).isEqualTo(EmailGrade.ACCEPT_ALL);
        assertThat(ProspectEnricher.grade("jane@acme.com", EmailGrade.INVALID)).isEqualTo(EmailGrade.INVALID);
        assertThat(ProspectEnricher.grade("jane@acme.com", null)).isEqualTo(EmailGrade.UNKNOWN);
        assertThat(ProspectEnricher.grade("jane@xn--bcher-kva.example", null)).isEqualTo(EmailGrade.UNKNOWN);
        assertThat(ProspectEnricher.grade(null, EmailGrade.VALID)).isEqualTo(EmailGrade.MISSING);
    }

    @Test
    void shouldTrimTheEmailAndLowerCaseOnlyItsDomain() {
        Candidate enriched = enricher.enrich(candidate(" Jane.Doe@ACME.example ", EmailGrade.VALID, new Company("Acme", null, null,
                null, null, null, null)));

        assertThat(enriched.person().email()).isEqualTo("Jane.Doe@acme.example");
        assertThat(enriched.person().emailGrade()).isEqualTo(EmailGrade.VALID);
        assertThat(enriched.company().domain()).as("from the email").isEqualTo("acme.example");
    }

    @Test
    void shouldReduceAWebsiteToItsDomainAndNeverTakeAFreeMailDomainForTheCompany() {
        assertThat(ProspectEnricher.domainOf("https://www.Acme.example:443/about?x=1")).hasValue("acme.example");
        assertThat(ProspectEnricher.domainOf("ACME.example.")).hasValue("acme.example");
        assertThat(ProspectEnricher.domainOf("not a domain")).isEmpty();

        Candidate gmail = enricher.enrich(candidate("jane@gmail.com", EmailGrade.VALID, new Company("Acme", null, null, null, null,
                null, null)));
        assertThat(gmail.company().domain()).isNull();
    }

    @Test
    void shouldFillWhatTheSourceLeftOutFromACompanyDirectoryAndKeepWhatItGave() {
        Candidate enriched = enricher.enrich(candidate("jane@known.example", null, new Company(null, null, null, 500, null, null, null)));

        assertThat(enriched.company()).isEqualTo(new Company("Known Corp", "known.example", "Logistics", 500, 60_000_000L, "NL",
                "Moves things."));
    }

    @Test
    void shouldGiveACompanyWithNeitherNameNorDomainAPlaceholderNameSoTheAnnouncementCanBeMade() {
        Candidate enriched = enricher.enrich(candidate(null, null, null));

        assertThat(enriched.company().name()).isEqualTo(ProspectEnricher.UNKNOWN_COMPANY);
        assertThat(enriched.person().emailGrade()).isEqualTo(EmailGrade.MISSING);
    }

    @Test
    void shouldKeepAPhoneWithSevenToFifteenDigitsAndDropAnythingElse() {
        assertThat(ProspectEnricher.phone("+33 (0)1 23.45-67-89")).isEqualTo("+33123456789");
        assertThat(ProspectEnricher.phone("0044 7700 900123")).isEqualTo("+447700900123");
        assertThat(ProspectEnricher.phone("n/a")).isNull();
        assertThat(ProspectEnricher.phone("12345")).isNull();
        assertThat(ProspectEnricher.phone("+1 234 567 890 123 456")).isNull();
    }

    private static Candidate candidate(String email, EmailGrade grade, Company company) {
        return new Candidate("k", new Person(" Jane ", "Doe", null, null, email, grade, null, " ", null, null, null), company,
                List.of());
    }
}
