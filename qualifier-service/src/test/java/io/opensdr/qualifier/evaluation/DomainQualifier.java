package io.opensdr.qualifier.evaluation;

import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.BantScorer;
import io.opensdr.qualifier.domain.BantScores;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.Company;
import io.opensdr.qualifier.domain.CompanySizeRange;
import io.opensdr.qualifier.domain.CriterionScore;
import io.opensdr.qualifier.domain.EmailGrade;
import io.opensdr.qualifier.domain.Person;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.QualificationSettings;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import io.opensdr.qualifier.domain.Seniority;
import io.opensdr.qualifier.domain.Signal;
import io.opensdr.qualifier.domain.SignalType;
import io.opensdr.qualifier.domain.TargetProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one class of the evaluation that knows the qualifier's domain: it turns a labelled prospect
 * and its campaign into what the service receives (ProspectFound, CampaignSnapshot, as the
 * messaging mappers build them), lets the domain's scorer score it and its settings decide, and
 * returns the decision with the scorer's reasons. When the domain's signatures change, only this
 * class changes.
 *
 * <p>The clock is fixed at the set's evaluation date, so signals dated "n days ago" are exactly n
 * days old for the scorer, whatever the day the evaluation runs.
 */
public final class DomainQualifier {

    private final String workspaceId;
    private final Instant evaluationDate;
    private final BantScorer scorer;
    private final Map<String, CampaignRules> rules = new HashMap<>();

    public DomainQualifier(Instant evaluationDate, String workspaceId) {
        this.workspaceId = workspaceId;
        this.evaluationDate = evaluationDate;
        this.scorer = new RuleBasedBantScorer(Clock.fixed(evaluationDate, ZoneOffset.UTC));
    }

    public static DomainQualifier of(LabelledSet set) {
        return new DomainQualifier(set.evaluationDate(), set.workspaceId());
    }

    /** Which scorer decides, as the domain names it. */
    public String scorerName() {
        return scorer.getClass().getSimpleName() + " (" + scorer.kind() + ")";
    }

    /** The decision the qualifier makes on this prospect of this campaign. */
    public Verdict judge(EvaluationCampaign campaign, LabelledProspect labelled) {
        CampaignRules campaignRules = rules.computeIfAbsent(campaign.id(), id -> toRules(campaign));
        Prospect prospect = toProspect(labelled);
        BantScores scores = scorer.score(prospect, campaignRules);
        Assessment assessment = Assessment.of(prospect, scores, campaignRules.settings(), scorer.kind(), evaluationDate);
        return new Verdict(Label.valueOf(assessment.decision().name()), assessment.totalScore(), assessment.hot(),
                List.of(scores.budget().score(), scores.authority().score(), scores.need().score(), scores.timeline().score()),
                List.of(reason("Budget", scores.budget()), reason("Authority", scores.authority()),
                        reason("Need", scores.need()), reason("Timeline", scores.timeline())));
    }

    private CampaignRules toRules(EvaluationCampaign campaign) {
        EvaluationCampaign.Qualification q = campaign.qualification();
        EvaluationCampaign.Profile profile = campaign.targetProfile();
        QualificationSettings settings = new QualificationSettings(q.threshold(), q.reviewBand(), q.hotScore(),
                q.budgetWeight(), q.authorityWeight(), q.needWeight(), q.timelineWeight());
        // As CampaignRulesMapper does: sizes that state no range are left out; titles and sector
        // tell the rules which function and which trade the campaign is after.
        List<CompanySizeRange> sizes = profile.companySizes().stream().map(CompanySizeRange::parse)
                .flatMap(Optional::stream).toList();
        return new CampaignRules(campaign.id(), workspaceId, 1, settings,
                new TargetProfile(Set.copyOf(profile.industries()), sizes, Set.copyOf(profile.countries()),
                        profile.titles(), campaign.sector()));
    }

    private Prospect toProspect(LabelledProspect labelled) {
        LabelledProspect.PersonData p = labelled.person();
        LabelledProspect.CompanyData c = labelled.company();
        // ProspectFound's title is a required string: an unknown title arrives empty.
        String title = p.title() == null ? "" : p.title();
        return new Prospect(labelled.id(), workspaceId, labelled.campaignId(),
                new Person(p.firstName(), p.lastName(), title, Seniority.valueOf(p.seniority()), p.email(),
                        EmailGrade.valueOf(p.emailGrade()), p.countryCode(), p.timeZone()),
                new Company(c.name(), c.domain(), c.industry(), c.employeeCount(), c.annualRevenueUsd(), c.countryCode()),
                labelled.signals().stream().map(s -> new Signal(SignalType.valueOf(s.type()),
                        evaluationDate.minus(s.daysAgo(), ChronoUnit.DAYS), s.detail())).toList());
    }

    private static String reason(String criterion, CriterionScore score) {
        return criterion + " " + score.score() + ": " + score.reason();
    }

    /**
     * The qualifier's decision, total score 0-100, hot flag, and per BANT criterion (in B, A, N, T
     * order) its score and its reason.
     */
    public record Verdict(Label decision, int totalScore, boolean hot, List<Integer> criterionScores, List<String> reasons) {

        public Verdict {
            criterionScores = List.copyOf(criterionScores);
            reasons = List.copyOf(reasons);
        }
    }
}
