package io.opensdr.qualifier.domain;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.CampaignRulesMother.retailersInGermany;
import static io.opensdr.qualifier.domain.CampaignRulesMother.withSettings;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.domain.ProspectMother.anIcAtATinyShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    void shouldAssessABatchOncePerProspectAndParkThoseOfAnUnknownCampaign() {
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(aVpAtAFundedFintech("p0", "c1"));

        service.assessFound(List.of(aVpAtAFundedFintech("p1", "c1"), anIcAtATinyShop("p-later", "c-later"),
                aVpAtAFundedFintech("p0", "c1"), anIcAtATinyShop("p2", "c1")));

        assertThat(assessments.recorded).extracting(assessment -> assessment.prospect().prospectId())
                .containsExactly("p0", "p1", "p2");
        assertThat(pending.ofCampaign("c-later")).extracting(Prospect::prospectId).containsExactly("p-later");
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

        assertThat(service.summary("workspace-1", "c1")).hasValue(new DecisionSummary("c1", 1, 0, 1, 1));
        assertThat(service.summary("workspace-1", "unknown")).isEmpty();
        assertThat(service.summary("workspace-2", "c1")).as("another workspace's campaign").isEmpty();
    }

    @Test
    void shouldReDecideTheCampaignsProspectsWhenItsSettingsChangeAndAnnounceOnlyChangedDecisions() {
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(aVpAtAFundedFintech("p1", "c1")); // 88: QUALIFIED, hot
        service.assessFound(anIcAtATinyShop("p2", "c1")); // 10: REJECTED
        assertThat(assessments.announced).extracting(a -> a.prospect().prospectId()).containsExactly("p1", "p2");

        service.applyCampaign(withSettings(fintechsInFrance("c1"), 2, new QualificationSettings(90, 5, 95, 25, 25, 25, 25)));

        assertThat(assessments.announced).hasSize(3);
        Assessment changed = assessments.announced.get(2);
        assertThat(changed.prospect().prospectId()).isEqualTo("p1");
        assertThat(changed.decision()).isEqualTo(Decision.REVIEW);
        assertThat(changed.hot()).isFalse();
        assertThat(changed.threshold()).isEqualTo(90);
        assertThat(changed.rulesRevision()).isEqualTo(2);
        assertThat(changed.scores()).as("the stored criteria, not a new scoring").isEqualTo(assessments.held("p1").scores());
        assertThat(assessments.held("p2").rulesRevision()).as("re-decided, unchanged, not announced").isEqualTo(2);
    }

    @Test
    void shouldNotReDecideAProspectAlreadyContacted() {
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(aVpAtAFundedFintech("p1", "c1")); // 88: QUALIFIED, hot
        service.markContacted("p1");
        service.markContacted("p-unknown");

        service.applyCampaign(withSettings(fintechsInFrance("c1"), 2, new QualificationSettings(90, 5, 95, 25, 25, 25, 25)));

        assertThat(assessments.announced).hasSize(1);
        assertThat(assessments.held("p1").decision()).isEqualTo(Decision.QUALIFIED);
        assertThat(assessments.held("p1").rulesRevision()).isEqualTo(1);
    }

    @Test
    void shouldScoreAgainWhenTheTargetProfileChanges() {
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(aVpAtAFundedFintech("p1", "c1")); // 88: QUALIFIED, hot
        BantScores before = assessments.held("p1").scores();

        service.applyCampaign(retailersInGermany(fintechsInFrance("c1"), 2));

        Assessment rescored = assessments.held("p1");
        assertThat(rescored.rulesRevision()).isEqualTo(2);
        assertThat(rescored.scores().need().score()).isLessThan(before.need().score());
        assertThat(rescored.scores().need().reason()).isNotEqualTo(before.need().reason());
        assertThat(rescored.scoredAgainst(retailersInGermany(fintechsInFrance("c1"), 2).targetProfile())).isTrue();
    }

    @Test
    void shouldReWeighTheStoredCriteriaWithTheNewWeights() {
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(anIcAtATinyShop("p2", "c1"));

        service.applyCampaign(withSettings(fintechsInFrance("c1"), 2, new QualificationSettings(60, 5, 80, 0, 100, 0, 0)));

        assertThat(assessments.held("p2").totalScore()).isEqualTo(15);
        assertThat(assessments.announced).as("still REJECTED: nothing to announce").hasSize(1);
    }

    @Test
    void shouldNotReDecideTwiceForARedeliveredSnapshot() {
        CampaignRules stricter = withSettings(fintechsInFrance("c1"), 2, new QualificationSettings(90, 5, 95, 25, 25, 25, 25));
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(aVpAtAFundedFintech("p1", "c1"));

        service.applyCampaign(stricter);
        service.applyCampaign(stricter);
        service.applyCampaign(fintechsInFrance("c1")); // revision 1 again, late

        assertThat(assessments.announced).hasSize(2);
        assertThat(assessments.held("p1").threshold()).isEqualTo(90);
    }

    @Test
    void shouldTellHowManyWouldQualifyAtAnyThreshold() {
        service.applyCampaign(fintechsInFrance("c1"));
        service.assessFound(aVpAtAFundedFintech("p1", "c1")); // 88
        service.assessFound(anIcAtATinyShop("p2", "c1")); // 7

        assertThat(service.preview("workspace-1", "c1", 60, null)).hasValue(new ScoreHistogram.DecisionCounts(60, 5, 1, 0, 1));
        assertThat(service.preview("workspace-1", "c1", 90, null)).hasValue(new ScoreHistogram.DecisionCounts(90, 5, 0, 1, 1));
        assertThat(service.preview("workspace-1", "c1", 7, 0)).hasValue(new ScoreHistogram.DecisionCounts(7, 0, 2, 0, 0));
        assertThat(service.preview("workspace-1", "c1", 0, 50)).hasValue(new ScoreHistogram.DecisionCounts(0, 50, 1, 1, 0));
        assertThat(service.preview("workspace-1", "unknown", 60, null)).isEmpty();
        assertThat(service.preview("workspace-2", "c1", 60, null)).as("another workspace's campaign").isEmpty();
        assertThat(service.scoreDistribution("workspace-2", "c1")).as("another workspace's campaign").isEmpty();
        assertThat(service.scoreDistribution("workspace-1", "c1")).hasValueSatisfying(distribution -> {
            assertThat(distribution.histogram().counts()[88]).isEqualTo(1);
            assertThat(distribution.histogram().total()).isEqualTo(2);
        });
    }

    @Test
    void shouldRefuseAPreviewOutOfRange() {
        service.applyCampaign(fintechsInFrance("c1"));

        assertThatThrownBy(() -> service.preview("workspace-1", "c1", 101, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold must be 0-100");
        assertThatThrownBy(() -> service.preview("workspace-1", "c1", -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.preview("workspace-1", "c1", 60, 51)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewBand");
    }

    @Test
    void shouldSayWhenTheRulesScoredInPlaceOfAFailedLanguageModel() {
        BantScorer failing = new FallbackBantScorer(new LanguageModelBantScorer((instructions, input) -> {
            throw new IllegalStateException("connection refused");
        }, clock), new RuleBasedBantScorer(clock));
        QualificationService withModel = new QualificationService(campaigns, assessments, pending, failing, clock);
        withModel.applyCampaign(fintechsInFrance("c1"));

        withModel.assessFound(aVpAtAFundedFintech("p1", "c1"));

        assertThat(assessments.held("p1").scoredBy()).isEqualTo(ScorerKind.RULES);
        assertThat(assessments.held("p1").fallbackReason()).contains("connection refused");
        assertThat(assessments.held("p1").totalScore()).isEqualTo(88);
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
        final List<Assessment> announced = new ArrayList<>();

        @Override
        public boolean recordIfNew(Assessment assessment) {
            if (recorded.stream().anyMatch(held -> held.prospect().prospectId().equals(assessment.prospect().prospectId()))) {
                return false;
            }
            announced.add(assessment);
            return recorded.add(assessment);
        }

        final java.util.Set<String> contacted = new java.util.HashSet<>();

        @Override
        public void markContacted(String prospectId) {
            contacted.add(prospectId);
        }

        @Override
        public int recordAllIfNew(List<Assessment> assessments) {
            return (int) assessments.stream().filter(this::recordIfNew).count();
        }

        Assessment held(String prospectId) {
            return recorded.stream().filter(a -> a.prospect().prospectId().equals(prospectId)).findFirst().orElseThrow();
        }

        @Override
        public ScoreHistogram histogram(String campaignId) {
            long[] counts = new long[101];
            recorded.stream().filter(a -> a.prospect().campaignId().equals(campaignId)).forEach(a -> counts[a.totalScore()]++);
            return new ScoreHistogram(counts);
        }

        @Override
        public ReweighResult reweigh(String campaignId, long revision, Function<Assessment, Reweighing> reweigh) {
            long reweighed = 0;
            long changed = 0;
            for (int i = 0; i < recorded.size(); i++) {
                Assessment held = recorded.get(i);
                if (held.prospect().campaignId().equals(campaignId) && held.rulesRevision() < revision
                        && !contacted.contains(held.prospect().prospectId())) {
                    Reweighing next = reweigh.apply(held);
                    recorded.set(i, next.assessment());
                    reweighed++;
                    if (next.announce()) {
                        announced.add(next.assessment());
                        changed++;
                    }
                }
            }
            return new ReweighResult(reweighed, changed);
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
