package io.opensdr.prospector.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.CompanySizeRange;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.ProspectIdentities;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SignalType;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-01-06T10:00:00Z");
    private static final Map<String, Set<String>> ZONES = Map.of(
            "FR", Set.of("Europe/Paris"), "DE", Set.of("Europe/Berlin"), "GB", Set.of("Europe/London"),
            "ES", Set.of("Europe/Madrid"), "NL", Set.of("Europe/Amsterdam"),
            "US", Set.of("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"));

    private static DemoDirectory directory;

    @BeforeAll
    static void generate() {
        directory = new DemoDirectory(Clock.fixed(NOW, ZoneOffset.UTC));
        Instant started = Instant.now();
        directory.people();
        System.out.printf("Demo directory: %d people generated in %d ms%n",
                directory.people().size(), Duration.between(started, Instant.now()).toMillis());
    }

    @Test
    void shouldGenerateTheSameDirectoryOnEveryRun() {
        List<Candidate> again = new DemoDirectory(Clock.fixed(NOW, ZoneOffset.UTC)).people();

        assertThat(again).isEqualTo(directory.people());
    }

    @Test
    void shouldHoldAFewHundredCompaniesAndAFewThousandPeople() {
        assertThat(companies()).hasSize(DemoDirectoryGenerator.COMPANY_COUNT);
        assertThat(directory.people()).hasSizeBetween(2_000, 5_000);
        assertThat(directory.people()).extracting(Candidate::sourceKey).doesNotHaveDuplicates();
    }

    @Test
    void shouldCoverEveryIndustryCountryAndSeniority() {
        assertThat(directory.people()).extracting(candidate -> candidate.company().industry())
                .containsAll(List.of("Software", "Fintech", "Logistics", "Healthcare", "Retail", "Manufacturing"));
        assertThat(directory.people()).extracting(candidate -> candidate.company().countryCode())
                .containsAll(ZONES.keySet());
        assertThat(directory.people()).extracting(candidate -> candidate.person().seniority())
                .contains(Seniority.C_LEVEL, Seniority.VP, Seniority.DIRECTOR, Seniority.HEAD, Seniority.MANAGER,
                        Seniority.INDIVIDUAL_CONTRIBUTOR);
    }

    @Test
    void shouldUseOnlyReservedExampleDomainsSoNothingRealIsEverMailed() {
        assertThat(directory.people()).allSatisfy(candidate -> {
            assertThat(candidate.company().domain()).endsWith(".example");
            if (candidate.person().hasEmail()) {
                assertThat(candidate.person().email()).matches("[a-z0-9.]+@[a-z0-9]+\\.example");
            }
            assertThat(candidate.person().linkedinUrl()).startsWith("https://linkedin.example/in/");
        });
        assertThat(directory.people()).extracting(candidate -> candidate.person().email())
                .filteredOn(email -> email != null).doesNotHaveDuplicates();
    }

    @Test
    void shouldIncludeMissingAndDoubtfulEmailsForTheRestOfThePipeline() {
        Map<EmailGrade, Long> grades = directory.people().stream()
                .collect(Collectors.groupingBy(candidate -> candidate.person().emailGrade(), Collectors.counting()));

        assertThat(grades).containsKeys(EmailGrade.VALID, EmailGrade.ACCEPT_ALL, EmailGrade.UNKNOWN, EmailGrade.INVALID,
                EmailGrade.MISSING);
        assertThat(directory.people()).filteredOn(candidate -> candidate.person().emailGrade() == EmailGrade.MISSING)
                .allSatisfy(candidate -> assertThat(candidate.person().email()).isNull());
    }

    @Test
    void shouldGiveEveryPersonATimeZoneOfTheirCountry() {
        assertThat(directory.people()).allSatisfy(candidate ->
                assertThat(ZONES.get(candidate.person().countryCode())).contains(candidate.person().timeZone()));
    }

    @Test
    void shouldDateEverySignalWithinThePastYear() {
        List<SignalType> types = directory.people().stream().flatMap(candidate -> candidate.signals().stream())
                .peek(signal -> assertThat(signal.observedAt()).isBetween(NOW.minus(366, ChronoUnit.DAYS), NOW))
                .map(signal -> signal.type()).distinct().toList();

        assertThat(types).contains(SignalType.FUNDING, SignalType.HIRING, SignalType.JOB_CHANGE, SignalType.POST);
    }

    @Test
    void shouldReturnOnlyMatchingPeopleBestFirstAndPageThroughThem() {
        TargetProfile profile = new TargetProfile(List.of("VP Sales"), Set.of(Seniority.VP, Seniority.C_LEVEL),
                List.of(CompanySizeRange.parse("51-1000").orElseThrow()), Set.of("Software", "Fintech"), Set.of("FR", "DE", "GB"));

        SearchPage first = directory.search(profile, 0, 10);
        SearchPage second = directory.search(profile, first.nextCursor(), 10);

        assertThat(first.candidates()).hasSize(10);
        assertThat(first.nextCursor()).isEqualTo(10);
        List<RankedCandidate> both = Stream.concat(first.candidates().stream(), second.candidates().stream()).toList();
        assertThat(both).allSatisfy(ranked -> assertThat(profile.matches(ranked.candidate())).isTrue());
        assertThat(both).isSortedAccordingTo(Comparator.comparingInt(RankedCandidate::priority).reversed());
        assertThat(both).extracting(ranked -> ranked.candidate().sourceKey()).doesNotHaveDuplicates();
    }

    @Test
    void shouldRankInTheSameOrderWhenGeneratedOnAnotherDaySoAStoredCursorStillHolds() {
        TargetProfile profile = new TargetProfile(List.of("Head of Sales"), Set.of(), List.of(), Set.of("Software", "Fintech"), Set.of());
        DemoDirectory aMonthLater = new DemoDirectory(Clock.fixed(NOW.plus(30, ChronoUnit.DAYS), ZoneOffset.UTC));

        assertThat(keys(aMonthLater.search(profile, 0, 500))).isEqualTo(keys(directory.search(profile, 0, 500)));
        assertThat(keys(aMonthLater.search(profile, 137, 20))).isEqualTo(keys(directory.search(profile, 137, 20)));
    }

    @Test
    void shouldRankTheBestFirstForAProfileSeniorReachablePeopleAtLargeFundedCompanies() {
        List<RankedCandidate> ranked = directory.search(TargetProfile.anyone(), 0, directory.people().size()).candidates();
        List<RankedCandidate> top = ranked.subList(0, 50);
        List<RankedCandidate> bottom = ranked.subList(ranked.size() - 50, ranked.size());

        assertThat(top).allSatisfy(candidate -> {
            assertThat(candidate.candidate().person().seniority()).isIn(Seniority.C_LEVEL, Seniority.VP, Seniority.DIRECTOR, Seniority.HEAD);
            assertThat(candidate.candidate().person().emailGrade()).isIn(EmailGrade.VALID, EmailGrade.ACCEPT_ALL);
        });
        assertThat(bottom).allSatisfy(candidate -> assertThat(candidate.priority()).isLessThan(top.get(49).priority()));
    }

    @Test
    void shouldGivePhonesOnlyFromRangesReservedForFiction() {
        assertThat(directory.people()).allSatisfy(candidate -> {
            String phone = candidate.person().phone();
            switch (candidate.person().countryCode()) {
                case "US" -> assertThat(phone).matches("\\+1\\d{3}55501\\d{2}");
                case "GB" -> assertThat(phone).matches("\\+447700900\\d{3}");
                default -> assertThat(phone).isNull();
            }
        });
    }

    @Test
    void shouldKnowItsCompaniesByDomainForEnrichment() {
        Candidate someone = directory.people().get(123);

        assertThat(directory.companyAt(someone.company().domain())).hasValue(someone.company());
        assertThat(directory.companyAt("unknown.example")).isEmpty();
    }

    @Test
    void shouldDescribeEveryCompanyWithItsFirmographics() {
        assertThat(directory.people()).extracting(Candidate::company).allSatisfy(company -> {
            assertThat(company.industry()).isIn(DemoDirectoryGenerator.INDUSTRIES);
            assertThat(company.employeeCount()).isPositive();
            assertThat(company.annualRevenueUsd()).isPositive();
            assertThat(company.countryCode()).isIn(ZONES.keySet());
            assertThat(company.description()).contains(company.name());
        });
        assertThat(directory.people()).allSatisfy(candidate -> assertThat(candidate.person().title()).isNotBlank());
    }

    @Test
    void shouldHoldNoTwoPeopleThatDeduplicationWouldTakeForOne() {
        assertThat(directory.people()).flatExtracting(candidate -> ProspectIdentities.of("w", SourceKind.DEMO, candidate))
                .doesNotHaveDuplicates();
    }

    private static List<String> keys(SearchPage page) {
        return page.candidates().stream().map(ranked -> ranked.candidate().sourceKey()).toList();
    }

    @Test
    void shouldReturnAnEmptyPagePastTheLastMatch() {
        SearchPage page = directory.search(TargetProfile.anyone(), directory.people().size(), 10);

        assertThat(page.candidates()).isEmpty();
    }

    private static Set<String> companies() {
        return directory.people().stream().map(candidate -> candidate.company().domain()).collect(Collectors.toSet());
    }
}
