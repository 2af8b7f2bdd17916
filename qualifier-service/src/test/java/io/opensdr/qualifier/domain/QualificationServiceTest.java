package io.opensdr.qualifier.domain;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.CampaignRulesMother.withSettings;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.domain.ProspectMother.anIcAtATinyShop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualificationServiceTest {

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Campaigns campaigns = new Campaigns();
    private final Assessments assessments = new Assessments();
    private final Pending pending = new Pending();
    private final QualificationService service = new QualificationService(campaigns, assessments, pending,
            new RuleBasedBantScorer(clock), clock);

    @Test
    void shouldAssessAProspectOfAKnownCampaign() {
        service.applyCampaign(fintechsInFrance("c1"));

        service.assessFound(aVpAtAFundedFintech("p1", "c1"));

        assertThat(assessments.recorded).singleElement().satisfies(assessment -> {
            assertThat(assessment.prospect().prospectId()).isEqualTo("p1");
            assertThat(assessment.decision()).isEqualTo(Decision.QUALIFIED);
        });
    }

    @Test
    void shouldAssessARedeliveredProspectOnlyOnce() {
        service.applyCampaign(fintechsInFrance("c1"));

        service.assessFound(aVpAtAFundedFintech("p1", "c1"));
        service.assessFound(aVpAtAFundedFintech("p1", "c1"));

        assertThat(assessments.recorded).hasSize(1);
    }

    @Test
    void shouldParkAProspectOfAnUnknownCampaignAndAssessItWhenTheCampaignArrives() {
        service.assessFound(aVpAtAFundedFintech("p1", "c-later"));
        service.assessFound(anIcAtATinyShop("p2", "c-later"));

        assertThat(assessments.recorded).isEmpty();
        assertThat(pending.ofCampaign("c-later")).hasSize(2);

        service.applyCampaign(fintechsInFrance("c-later"));

        assertThat(assessments.recorded).extracting(assessment -> assessment.prospect().prospectId())
                .containsExactlyInAnyOrder("p1", "p2");
        assertThat(pending.ofCampaign("c-later")).isEmpty();
    }

    @Test
    void shouldScoreWithTheNewestSettingsAndIgnoreAnOlderSnapshot() {
        CampaignRules strict = withSettings(fintechsInFrance("c1"), 2, new QualificationSettings(95, 0, 99, 25, 25, 25, 25));
        service.applyCampaign(strict);
        service.applyCampaign(fintechsInFrance("c1")); // revision 1, late

        service.assessFound(aVpAtAFundedFintech("p1", "c1"));

        assertThat(assessments.recorded).singleElement().satisfies(assessment -> {
            assertThat(assessment.threshold()).isEqualTo(95);
            assertThat(assessment.decision()).isEqualTo(Decision.REJECTED);
        });
    }

    @Test
    void shouldSummariseDecisionsOfAKnownCampaignOnly() {
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(aVpAtAFundedFintech("p1", "c1"));
        service.assessFound(anIcAtATinyShop("p2", "c1"));

        assertThat(service.summary("c1")).hasValue(new DecisionSummary("c1", 1, 0, 1, 1));
        assertThat(service.summary("unknown")).isEmpty();
    }

    private static final class Campaigns implements CampaignRulesStore {

        private final Map<String, CampaignRules> rules = new HashMap<>();

        @Override
        public Optional<CampaignRules> find(String campaignId) {
            return Optional.ofNullable(rules.get(campaignId));
        }

        @Override
        public boolean save(CampaignRules incoming) {
            CampaignRules held = rules.get(incoming.campaignId());
            if (held != null && held.revision() >= incoming.revision()) {
                return false;
            }
            rules.put(incoming.campaignId(), incoming);
            return true;
        }
    }

    private static final class Assessments implements AssessmentStore {

        final List<Assessment> recorded = new ArrayList<>();

        @Override
        public boolean recordIfNew(Assessment assessment) {
            if (recorded.stream().anyMatch(held -> held.prospect().prospectId().equals(assessment.prospect().prospectId()))) {
                return false;
            }
            return recorded.add(assessment);
        }

        @Override
        public DecisionSummary summarise(String campaignId) {
            List<Assessment> ofCampaign = recorded.stream()
                    .filter(assessment -> assessment.prospect().campaignId().equals(campaignId)).toList();
            return new DecisionSummary(campaignId, count(ofCampaign, Decision.QUALIFIED), count(ofCampaign, Decision.REVIEW),
                    count(ofCampaign, Decision.REJECTED), ofCampaign.stream().filter(Assessment::hot).count());
        }

        private static long count(List<Assessment> assessments, Decision decision) {
            return assessments.stream().filter(assessment -> assessment.decision() == decision).count();
        }
    }

    private static final class Pending implements PendingProspects {

        private final Map<String, Prospect> parked = new LinkedHashMap<>();

        @Override
        public void park(Prospect prospect) {
            parked.putIfAbsent(prospect.prospectId(), prospect);
        }

        @Override
        public List<Prospect> ofCampaign(String campaignId) {
            return parked.values().stream().filter(prospect -> prospect.campaignId().equals(campaignId)).toList();
        }

        @Override
        public void remove(String prospectId) {
            parked.remove(prospectId);
        }
    }
}
