package io.opensdr.prospector.sources.rocketreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.prospector.domain.CompanySizeRange;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.TargetProfile;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchFacetsTest {

    @Test
    void shouldMapEveryPartOfTheProfileToItsFacet() {
        TargetProfile profile = new TargetProfile(List.of("VP Sales", " Head of Sales "),
                EnumSet.of(Seniority.VP, Seniority.DIRECTOR),
                List.of(CompanySizeRange.parse("51-200").orElseThrow(), CompanySizeRange.parse("1001+").orElseThrow()),
                Set.of("Fintech", "Software"), Set.of("FR", "de", "Benelux"));

        Map<String, List<String>> query = SearchFacets.of(profile);

        assertThat(query).containsOnlyKeys("current_title", "management_levels", "company_size", "company_industry",
                "company_country_code", "geo");
        assertThat(query.get("current_title")).containsExactly("Head of Sales", "VP Sales");
        assertThat(query.get("management_levels")).containsExactly("Director", "VP");
        assertThat(query.get("company_size")).containsExactly("1001+", "51-200");
        assertThat(query.get("company_industry")).containsExactly("fintech", "software");
        assertThat(query.get("company_country_code")).containsExactly("DE", "FR");
        assertThat(query.get("geo")).containsExactly("benelux");
    }

    @Test
    void shouldSetNoFacetForAnEmptyProfile() {
        assertThat(SearchFacets.of(TargetProfile.anyone())).isEmpty();
    }

    @Test
    void shouldMapEverySeniorityButUnknownToAManagementLevel() {
        TargetProfile profile = new TargetProfile(List.of(), EnumSet.allOf(Seniority.class), List.of(), Set.of(), Set.of());

        assertThat(SearchFacets.of(profile).get("management_levels"))
                .containsExactlyInAnyOrder("C-Level", "VP", "Director", "Head", "Manager", "Non-Manager");
    }

    @Test
    void shouldSendTheSameQueryForTheSameProfile() {
        TargetProfile one = new TargetProfile(List.of("CTO", "CEO"), Set.of(Seniority.C_LEVEL), List.of(),
                Set.of("A", "B", "C"), Set.of("FR", "US"));
        TargetProfile same = new TargetProfile(List.of("CEO", "CTO"), Set.of(Seniority.C_LEVEL), List.of(),
                Set.of("C", "B", "A"), Set.of("US", "FR"));

        assertThat(SearchFacets.of(same)).isEqualTo(SearchFacets.of(one));
    }
}
