package io.opensdr.prospector.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProspectIdentitiesTest {

    @Test
    void shouldNormaliseAnEmailByCaseAndSpacesButKeepItsSubAddress() {
        assertThat(ProspectIdentities.normaliseEmail("  Jane.Doe@ACME.com ")).isEqualTo("jane.doe@acme.com");
        assertThat(ProspectIdentities.normaliseEmail("jane+news@acme.com")).isEqualTo("jane+news@acme.com");
    }

    @Test
    void shouldNormaliseALinkedInUrlHoweverItIsWritten() {
        List<String> sameProfile = List.of(
                "https://www.linkedin.com/in/Jane-Doe/",
                "http://linkedin.com/in/jane-doe?trk=public_profile",
                "linkedin.com/in/jane-doe#about",
                "www.linkedin.com/in/JANE-DOE",
                "https://fr.linkedin.com/in/jane-doe/",
                " https://www.linkedin.com/in/jane-doe// ");

        assertThat(sameProfile).allSatisfy(url ->
                assertThat(ProspectIdentities.linkedin(url)).hasValue("linkedin.com/in/jane-doe"));
        assertThat(ProspectIdentities.linkedin("https://www.linkedin.com/in/ren%C3%A9-dupont"))
                .hasValue("linkedin.com/in/rené-dupont");
        assertThat(ProspectIdentities.linkedin("https://www.linkedin.com/in/jane-doe-2")).hasValue("linkedin.com/in/jane-doe-2");
    }

    @Test
    void shouldIgnoreALinkedInValueThatIsNoProfile() {
        assertThat(ProspectIdentities.linkedin(null)).isEmpty();
        assertThat(ProspectIdentities.linkedin("  ")).isEmpty();
        assertThat(ProspectIdentities.linkedin("https://www.linkedin.com/")).isEmpty();
        assertThat(ProspectIdentities.linkedin("http://[bad")).isEmpty();
    }

    @Test
    void shouldNormaliseANameWithoutAccentsCaseOrPunctuation() {
        assertThat(ProspectIdentities.name(" Zoë ", "O'Brien-Smith")).hasValue("zoe obrien smith");
        assertThat(ProspectIdentities.name("ZOE", "obrien  SMITH")).hasValue("zoe obrien smith");
        assertThat(ProspectIdentities.name("Zoe", " ")).isEmpty();
    }

    @Test
    void shouldGiveEveryIdentityOfACandidatePrefixedWithItsWorkspace() {
        Candidate candidate = CandidateMother.aVpAtAFintech("k1");

        assertThat(ProspectIdentities.of("w1", SourceKind.DEMO, candidate)).containsExactly(
                "w1|email:k1@fintech.example",
                "w1|linkedin:linkedin.example/in/claire-martin-k1",
                "w1|name:claire martin k1@fintech.example");
        assertThat(ProspectIdentities.of("w2", SourceKind.DEMO, candidate)).noneMatch(key -> key.startsWith("w1|"));
    }

    @Test
    void shouldFallBackOnTheSourceKeyForACandidateWithNoOtherIdentity() {
        Candidate nobody = new Candidate("row-7", new Person("", "", "", Seniority.UNKNOWN, null, null, null, null, null, null, null),
                new Company("Acme", null, null, null, null, null, null), List.of());

        assertThat(ProspectIdentities.of("w1", SourceKind.CSV, nobody)).containsExactly("w1|source:CSV:row-7");
    }

    @Test
    void shouldNotLetAWorkspaceIdFakeAnotherWorkspacesKeys() {
        Candidate candidate = CandidateMother.aVpAtAFintech("k1");

        assertThat(ProspectIdentities.of("w1|email:x", SourceKind.DEMO, candidate))
                .allSatisfy(key -> assertThat(key).startsWith("w1%007cemail%003ax|"));
    }
}
