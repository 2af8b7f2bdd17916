package io.opensdr.prospector.domain;

import static io.opensdr.prospector.domain.CandidateMother.aVpAtAFintech;
import static io.opensdr.prospector.domain.CandidateMother.anIcAtARetailShop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProspectPriorityTest {

    private final TargetProfile profile = CampaignMother.fintechVpsInFrance();

    @Test
    void shouldRankASeniorReachableDecisionMakerAtAFundedCompanyHigh() {
        // VP 27 + wanted title 15 + 300 employees 16 + funding 8 + valid email 20
        assertThat(ProspectPriority.of(aVpAtAFintech("p1"), profile)).isEqualTo(86);
    }

    @Test
    void shouldRankAnUnreachableJuniorAtATinyCompanyLow() {
        // IC 5 + unwanted title 0 + 5 employees 2 + no signals 0 + no email 0
        assertThat(ProspectPriority.of(anIcAtARetailShop("p2"), profile)).isEqualTo(7);
    }

    @Test
    void shouldRankAWantedTitleAboveAnyOtherWhenAllElseIsEqual() {
        TargetProfile wantsHeads = new TargetProfile(List.of("Account Executive"), Set.of(), List.of(), Set.of(), Set.of());

        assertThat(ProspectPriority.of(anIcAtARetailShop("p2"), wantsHeads))
                .isGreaterThan(ProspectPriority.of(anIcAtARetailShop("p2"), profile));
    }
}
