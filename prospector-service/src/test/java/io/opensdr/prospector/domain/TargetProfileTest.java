package io.opensdr.prospector.domain;

import static io.opensdr.prospector.domain.CandidateMother.aVpAtAFintech;
import static io.opensdr.prospector.domain.CandidateMother.anIcAtARetailShop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetProfileTest {

    @Test
    void shouldMatchACandidateWhoFitsEveryStatedCriterion() {
        assertThat(CampaignMother.fintechVpsInFrance().matches(aVpAtAFintech("p1"))).isTrue();
    }

    @Test
    void shouldRejectACandidateOutsideAnyStatedCriterion() {
        TargetProfile profile = CampaignMother.fintechVpsInFrance();

        assertThat(profile.matches(anIcAtARetailShop("p2"))).isFalse();
        assertThat(new TargetProfile(List.of(), Set.of(), List.of(), Set.of("fintech"), Set.of("de")).matches(aVpAtAFintech("p1")))
                .as("country").isFalse();
        assertThat(new TargetProfile(List.of(), Set.of(), List.of(CompanySizeRange.parse("1-50").orElseThrow()), Set.of(), Set.of())
                .matches(aVpAtAFintech("p1"))).as("size").isFalse();
    }

    @Test
    void shouldMatchAnyoneWhenNothingIsStated() {
        assertThat(TargetProfile.anyone().matches(anIcAtARetailShop("p2"))).isTrue();
    }

    @Test
    void shouldCompareIndustriesAndCountriesIgnoringCase() {
        TargetProfile profile = new TargetProfile(List.of(), Set.of(), List.of(), Set.of(" FINTECH "), Set.of("fr"));

        assertThat(profile.matches(aVpAtAFintech("p1"))).isTrue();
    }

    @Test
    void shouldNotFilterOnTitlesButRecogniseAWantedOne() {
        TargetProfile profile = new TargetProfile(List.of("Head of Sales"), Set.of(), List.of(), Set.of(), Set.of());

        assertThat(profile.matches(aVpAtAFintech("p1"))).isTrue();
        assertThat(profile.wantsTitle("Head of Sales EMEA")).isTrue();
        assertThat(profile.wantsTitle("VP Sales")).isFalse();
    }

    @Test
    void shouldReadBoundedAndOpenEndedCompanySizesAndIgnoreOthers() {
        assertThat(CompanySizeRange.parse("51-200")).hasValueSatisfying(range -> {
            assertThat(range.contains(51)).isTrue();
            assertThat(range.contains(200)).isTrue();
            assertThat(range.contains(201)).isFalse();
        });
        assertThat(CompanySizeRange.parse("1000+")).hasValueSatisfying(range -> assertThat(range.contains(50_000)).isTrue());
        assertThat(CompanySizeRange.parse("large")).isEmpty();
        assertThat(CompanySizeRange.parse("200-51")).isEmpty();
        assertThat(CompanySizeRange.parse("99999999999-1")).isEmpty();
    }
}
