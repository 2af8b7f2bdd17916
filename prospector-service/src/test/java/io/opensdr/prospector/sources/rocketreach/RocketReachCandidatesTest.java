package io.opensdr.prospector.sources.rocketreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.Seniority;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading profiles field by field, and what makes one a candidate. */
class RocketReachCandidatesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldMapASearchedAndLookedUpProfileToACandidate() throws Exception {
        RocketReachProfile searched = firstOf("search-page-1.json");
        RocketReachProfile lookedUp = RocketReachProfile.parse(json.readTree(Fixtures.json("lookup-5244-complete.json"))).orElseThrow();

        Candidate candidate = RocketReachCandidates.toCandidate(searched, lookedUp).orElseThrow();

        assertThat(candidate.sourceKey()).isEqualTo("5244");
        assertThat(candidate.person().firstName()).isEqualTo("Jonas");
        assertThat(candidate.person().lastName()).isEqualTo("Weber");
        assertThat(candidate.person().title()).isEqualTo("Software Engineer");
        assertThat(candidate.person().seniority()).isEqualTo(Seniority.INDIVIDUAL_CONTRIBUTOR);
        assertThat(candidate.person().email()).isEqualTo("jonas.weber@laden.example"); // the disposable one is ignored
        assertThat(candidate.person().emailGrade()).isEqualTo(EmailGrade.ACCEPT_ALL);
        assertThat(candidate.person().phone()).isEqualTo("+49301234567");
        assertThat(candidate.person().linkedinUrl()).isEqualTo("https://www.linkedin.com/in/jonas-weber-example");
        assertThat(candidate.person().city()).isEqualTo("Berlin");
        assertThat(candidate.person().countryCode()).isEqualTo("DE");
        assertThat(candidate.company().name()).isEqualTo("Laden GmbH");
        assertThat(candidate.company().domain()).isEqualTo("laden.example");
        assertThat(candidate.company().industry()).isEqualTo("Retail");
        assertThat(candidate.company().employeeCount()).isNull();
    }

    @Test
    void shouldKeepAPersonWithoutLookupAsMissingEmail() throws Exception {
        Candidate candidate = RocketReachCandidates.toCandidate(firstOf("search-page-1.json"), null).orElseThrow();

        assertThat(candidate.person().email()).isNull();
        assertThat(candidate.person().emailGrade()).isEqualTo(EmailGrade.MISSING);
        assertThat(candidate.person().phone()).isNull(); // the teaser's masked number is not a phone
    }

    @Test
    void shouldReadMalformedFieldsAsMissingAndRefuseProfilesWithoutIdNameTitleOrEmployer() throws Exception {
        List<Optional<RocketReachProfile>> profiles = new java.util.ArrayList<>();
        json.readTree(Fixtures.json("search-malformed-profiles.json")).get("profiles")
                .forEach(node -> profiles.add(RocketReachProfile.parse(node)));

        assertThat(profiles).hasSize(7);
        assertThat(profiles.get(0)).isEmpty(); // no id
        assertThat(profiles.get(1)).isEmpty(); // id not a number
        assertThat(profiles.get(5)).isEmpty(); // not an object
        assertThat(RocketReachCandidates.toCandidate(profiles.get(2).orElseThrow(), null)).isEmpty(); // name is an array
        assertThat(RocketReachCandidates.toCandidate(profiles.get(3).orElseThrow(), null)).isEmpty(); // no title
        assertThat(RocketReachCandidates.toCandidate(profiles.get(4).orElseThrow(), null)).isEmpty(); // title is an object
        Candidate grace = RocketReachCandidates.toCandidate(profiles.get(6).orElseThrow(), null).orElseThrow();
        assertThat(grace.person().countryCode()).isNull(); // "United States" is not a code
        assertThat(grace.person().linkedinUrl()).isNull(); // a number
        assertThat(grace.company().domain()).isNull(); // "not a domain"
    }

    @Test
    void shouldTakeTheDomainFromTheWebsiteWhenNoDomainIsGiven() {
        RocketReachProfile profile = new RocketReachProfile(3, "complete", "Madonna", null, null, null, null, null, "Founder",
                "Music Co", null, "https://www.music.example/about", null, false, null, null, null, List.of(), List.of());

        Candidate candidate = RocketReachCandidates.toCandidate(profile, null).orElseThrow();

        assertThat(candidate.company().domain()).isEqualTo("music.example");
        assertThat(candidate.person().firstName()).isEqualTo("Madonna");
        assertThat(candidate.person().lastName()).isEmpty();
    }


    private RocketReachProfile firstOf(String fixture) throws Exception {
        return RocketReachProfile.parse(json.readTree(Fixtures.json(fixture)).get("profiles").get(0)).orElseThrow();
    }
}
