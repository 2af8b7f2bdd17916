package io.opensdr.qualifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.qualifier.evaluation.DomainQualifier.Verdict;
import io.opensdr.qualifier.evaluation.LabelledProspect.SignalData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter hands the domain what the service would receive, and the campaign's settings decide. */
class DomainQualifierTest {

    private final LabelledSet set = LabelledSet.load();
    private final DomainQualifier qualifier = DomainQualifier.of(set);

    @Test
    void shouldDecideWithTheCampaignsOwnThreshold() {
        LabelledProspect prospect = set.prospects().get(0);
        EvaluationCampaign campaign = set.campaign(prospect.campaignId());

        Verdict lenient = new DomainQualifier(set.evaluationDate(), "w").judge(withThreshold(campaign, 0), prospect);
        Verdict impossible = new DomainQualifier(set.evaluationDate(), "w").judge(withThreshold(campaign, 100), prospect);

        assertThat(lenient.decision()).isEqualTo(Label.QUALIFIED);
        assertThat(impossible.decision()).isEqualTo(Label.REJECTED);
        assertThat(lenient.totalScore()).isEqualTo(impossible.totalScore()).isBetween(1, 99);
        assertThat(lenient.reasons()).hasSize(4).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(lenient.criterionScores()).hasSize(4).allSatisfy(score -> assertThat(score).isBetween(0, 100));
    }

    @Test
    void shouldAgeSignalsFromTheEvaluationDateNotFromToday() {
        LabelledProspect prospect = set.prospects().stream().filter(p -> p.signals().isEmpty()).findFirst().orElseThrow();
        EvaluationCampaign campaign = set.campaign(prospect.campaignId());

        int fresh = new DomainQualifier(set.evaluationDate(), "w").judge(campaign, withHiring(prospect, 3)).totalScore();
        int stale = new DomainQualifier(set.evaluationDate(), "w").judge(campaign, withHiring(prospect, 2000)).totalScore();
        int staleSeenLater = new DomainQualifier(set.evaluationDate().plusSeconds(2000L * 86_400), "w")
                .judge(campaign, withHiring(prospect, 2000)).totalScore();

        assertThat(fresh).isGreaterThan(stale);
        assertThat(staleSeenLater).as("the same record evaluated on another date").isEqualTo(stale);
    }

    @Test
    void shouldJudgeAProspectWhoseTitleIsUnknown() {
        LabelledProspect untitled = set.prospects().stream().filter(p -> p.person().title() == null).findFirst().orElseThrow();

        Verdict verdict = qualifier.judge(set.campaign(untitled.campaignId()), untitled);

        assertThat(verdict.decision()).isNotNull();
    }

    @Test
    void shouldListTheDisagreementsWithBothTheLabelsAndTheScorersReasons() {
        Evaluation evaluation = Evaluation.run(set, qualifier);

        String report = EvaluationReport.render(evaluation);

        assertThat(report).contains("Agreement (accuracy over the three decisions): " + evaluation.matrix().agreements() + "/"
                + set.prospects().size());
        Evaluation.Outcome disagreement = evaluation.disagreements().get(0);
        assertThat(report).contains("[" + disagreement.prospect().id() + "]", disagreement.prospect().reasoning(),
                disagreement.verdict().reasons().get(0));
        assertThat(EvaluationReport.csv(evaluation).lines()).hasSize(set.prospects().size() + 1)
                .contains(String.join(",", disagreement.prospect().id(), disagreement.prospect().campaignId(),
                        disagreement.prospect().label().name(), disagreement.verdict().decision().name(),
                        String.valueOf(disagreement.verdict().totalScore())) + "," + disagreement.verdict().criterionScores()
                        .stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow() + ",false,"
                        + String.join(" ", disagreement.prospect().tags()));
        assertThat(evaluation.outcomes().stream().filter(Evaluation.Outcome::agrees).map(o -> "[" + o.prospect().id() + "]"))
                .allSatisfy(agreed -> assertThat(report).doesNotContain(agreed));
    }

    private static EvaluationCampaign withThreshold(EvaluationCampaign c, int threshold) {
        EvaluationCampaign.Qualification q = c.qualification();
        return new EvaluationCampaign(c.id() + "-" + threshold, c.name(), c.sector(), c.description(), c.targetProfile(),
                new EvaluationCampaign.Qualification(threshold, 0, q.hotScore(), q.budgetWeight(), q.authorityWeight(),
                        q.needWeight(), q.timelineWeight()), c.prospectsFile());
    }

    private static LabelledProspect withHiring(LabelledProspect p, int daysAgo) {
        return new LabelledProspect(p.id(), p.campaignId(), p.label(), p.reasoning(), p.tags(), p.person(), p.company(),
                List.of(new SignalData("HIRING", daysAgo, "Hiring 10 people")));
    }
}
