package io.opensdr.qualifier.domain;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.domain.ProspectMother.anIcAtATinyShop;
import static io.opensdr.qualifier.domain.ProspectMother.daysAgo;
import static io.opensdr.qualifier.domain.ProspectMother.withSeniority;
import static io.opensdr.qualifier.domain.ProspectMother.withSignals;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleBasedBantScorerTest {

    private final RuleBasedBantScorer scorer = new RuleBasedBantScorer(Clock.fixed(NOW, ZoneOffset.UTC));
    private final CampaignRules campaign = fintechsInFrance("c1");

    @Test
    void shouldQualifyAVpAtAMidSizedFintechThatJustRaisedMoneyAsAHotLead() {
        Prospect vp = aVpAtAFundedFintech("p1", "c1");

        Assessment assessment = assess(vp);

        assertThat(assessment.decision()).isEqualTo(Decision.QUALIFIED);
        assertThat(assessment.hot()).isTrue();
        assertThat(assessment.contactable()).isTrue();
        assertThat(assessment.totalScore()).isEqualTo(88); // (83 + 90 + 90 + 90) / 4
        assertThat(assessment.scores().budget().reason())
                .contains("300 employees", "USD 60 M", "raised money 10 days ago", "Series B");
        assertThat(assessment.scores().authority().reason()).contains("VP Sales", "VP");
        assertThat(assessment.scores().need().reason()).contains("Fintech is a target industry", "300 employees", "FR");
        assertThat(assessment.scores().timeline().reason()).contains("10 days ago", "funding");
    }

    @Test
    void shouldRejectAnIndividualContributorAtATinyShopWithNoSignals() {
        Prospect ic = anIcAtATinyShop("p2", "c1");

        Assessment assessment = assess(ic);

        assertThat(assessment.decision()).isEqualTo(Decision.REJECTED);
        assertThat(assessment.hot()).isFalse();
        assertThat(assessment.contactable()).as("an UNKNOWN email grade is not safe to send to").isFalse();
        assertThat(assessment.scores().budget().reason()).contains("5 employees", "USD 400 k", "no funding");
        assertThat(assessment.scores().authority().reason()).contains("Account Executive", "individual contributor");
        assertThat(assessment.scores().need().reason()).contains("Retail is not a target industry", "DE is not a target country");
        assertThat(assessment.scores().timeline().reason()).contains("No recent activity");
    }

    @Test
    void shouldRankAuthorityBySeniority() {
        Prospect base = aVpAtAFundedFintech("p1", "c1");

        assertThat(List.of(Seniority.C_LEVEL, Seniority.VP, Seniority.DIRECTOR, Seniority.HEAD, Seniority.MANAGER,
                        Seniority.INDIVIDUAL_CONTRIBUTOR))
                .extracting(seniority -> scorer.authority(withSeniority(base, seniority).person()).score())
                .containsExactly(95, 90, 75, 70, 50, 15);
    }

    @Test
    void shouldScoreTimelineByTheMostRecentSignal() {
        Prospect base = anIcAtATinyShop("p2", "c1");

        assertThat(timeline(withSignals(base, new Signal(SignalType.POST, daysAgo(5), "Posted about pricing")))).isEqualTo(90);
        assertThat(timeline(withSignals(base, new Signal(SignalType.JOB_CHANGE, daysAgo(60), "Joined Laden")))).isEqualTo(65);
        assertThat(timeline(withSignals(base, new Signal(SignalType.HIRING, daysAgo(200), "Hiring 3 people")))).isEqualTo(35);
        assertThat(timeline(withSignals(base, new Signal(SignalType.HIRING, daysAgo(400), "Hiring 3 people")))).isEqualTo(10);
        assertThat(timeline(withSignals(base,
                new Signal(SignalType.HIRING, daysAgo(200), "Hiring 3 people"),
                new Signal(SignalType.POST, daysAgo(20), "Posted about pricing")))).as("the latest counts").isEqualTo(90);
    }

    @Test
    void shouldSeeHiringAsAGrowthNeed() {
        Prospect hiring = withSignals(aVpAtAFundedFintech("p1", "c1"), new Signal(SignalType.HIRING, daysAgo(3), "Hiring 12 people in Sales"));

        CriterionScore need = scorer.need(hiring, campaign.targetProfile(), NOW);

        assertThat(need.score()).isEqualTo(100);
        assertThat(need.reason()).contains("Hiring 12 people in Sales");
    }

    @Test
    void shouldGiveAPartialNeedWhenTheCampaignTargetsAnything() {
        CriterionScore need = scorer.need(anIcAtATinyShop("p2", "c1"), TargetProfile.anything(), NOW);

        assertThat(need.score()).isEqualTo(45);
        assertThat(need.reason()).contains("any industry");
    }

    @Test
    void shouldNotCountFundingOlderThanAYearTowardsBudget() {
        Prospect oldMoney = withSignals(aVpAtAFundedFintech("p1", "c1"), new Signal(SignalType.FUNDING, daysAgo(500), "Seed"));

        assertThat(scorer.budget(oldMoney, NOW).score()).isEqualTo(68);
        assertThat(scorer.budget(oldMoney, NOW).reason()).contains("no funding within a year");
    }

    @Test
    void shouldApplyTheCampaignsWeights() {
        QualificationSettings authorityOnly = new QualificationSettings(60, 5, 80, 0, 100, 0, 0);
        Prospect ic = anIcAtATinyShop("p2", "c1");

        Assessment assessment = Assessment.of(ic, scorer.score(ic, campaign), authorityOnly, scorer.kind(), NOW);

        assertThat(assessment.totalScore()).isEqualTo(15);
        assertThat(assessment.scoredBy()).isEqualTo(ScorerKind.RULES);
    }

    @Test
    void shouldCompareTargetsIgnoringCase() {
        TargetProfile lowerCase = new TargetProfile(Set.of("fintech"), List.of(), Set.of("fr"));

        assertThat(scorer.need(aVpAtAFundedFintech("p1", "c1"), lowerCase, NOW).reason())
                .contains("Fintech is a target industry", "FR is a target country");
    }

    private Assessment assess(Prospect prospect) {
        return Assessment.of(prospect, scorer.score(prospect, campaign), campaign.settings(), scorer.kind(), NOW);
    }

    private int timeline(Prospect prospect) {
        return scorer.timeline(prospect, NOW).score();
    }
}
