package io.opensdr.qualifier.domain;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static io.opensdr.qualifier.domain.ProspectMother.anIcAtATinyShop;
import static io.opensdr.qualifier.domain.ProspectMother.daysAgo;
import static io.opensdr.qualifier.domain.ProspectMother.withSeniority;
import static io.opensdr.qualifier.domain.ProspectMother.withSignals;
import static io.opensdr.qualifier.domain.ProspectMother.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleBasedBantScorerTest {

    private final RuleBasedBantScorer scorer = new RuleBasedBantScorer(Clock.fixed(NOW, ZoneOffset.UTC));
    private final CampaignRules campaign = fintechsInFrance("c1");
    private final TargetProfile salesLeaders = new TargetProfile(Set.of(), List.of(), Set.of(),
            List.of("VP Sales", "Head of Sales"), "Fintech");

    @Test
    void shouldQualifyAVpAtAMidSizedFintechThatJustRaisedMoneyAsAHotLead() {
        Prospect vp = aVpAtAFundedFintech("p1", "c1");

        Assessment assessment = assess(vp);

        assertThat(assessment.decision()).isEqualTo(Decision.QUALIFIED);
        assertThat(assessment.hot()).isTrue();
        assertThat(assessment.contactable()).isTrue();
        assertThat(assessment.totalScore()).isEqualTo(88); // (88 + 85 + 90 + 90) / 4
        assertThat(assessment.scores().budget().reason())
                .contains("300 employees", "USD 60 M", "raised money on 2025-12-27, 10 days ago", "Series B");
        assertThat(assessment.scores().authority().reason()).contains("VP Sales", "VP", "decision-maker");
        assertThat(assessment.scores().need().reason()).contains("Fintech is a target industry", "300 employees", "FR");
        assertThat(assessment.scores().timeline().reason()).contains("2025-12-27", "10 days ago", "funding");
    }

    @Test
    void shouldRejectAnIndividualContributorAtATinyShopWithNoSignals() {
        Prospect ic = anIcAtATinyShop("p2", "c1");

        Assessment assessment = assess(ic);

        assertThat(assessment.decision()).isEqualTo(Decision.REJECTED);
        assertThat(assessment.totalScore()).isEqualTo(7); // (13 + 15 + 0 + 0) / 4: outside the territory, no buying window
        assertThat(assessment.hot()).isFalse();
        assertThat(assessment.contactable()).as("an UNKNOWN grade is a well-formed address, not verified").isTrue();
        assertThat(assessment.scores().budget().reason()).contains("5 employees, 50 or fewer", "USD 400 k", "no funding");
        assertThat(assessment.scores().authority().reason()).contains("Account Executive", "individual contributor", "no buying authority");
        assertThat(assessment.scores().need().reason()).contains("Retail is not a target industry", "DE is outside the campaign's territory");
        assertThat(assessment.scores().need().score()).as("outside the territory: no fit at all").isZero();
        assertThat(assessment.scores().timeline().reason()).contains("No buying window", "no recent activity");
    }

    @Test
    void shouldRankAuthorityBySeniority() {
        Prospect base = aVpAtAFundedFintech("p1", "c1");

        assertThat(List.of(Seniority.C_LEVEL, Seniority.VP, Seniority.DIRECTOR, Seniority.HEAD, Seniority.MANAGER,
                        Seniority.INDIVIDUAL_CONTRIBUTOR))
                .extracting(seniority -> scorer.authority(withSeniority(base, seniority).person(), TargetProfile.anything()).score())
                .containsExactly(90, 85, 70, 65, 45, 15);
    }

    @Test
    void shouldReadTheSeniorityFromTheTitleWhenTheSourceDidNotKnowIt() {
        Prospect unknown = withSeniority(aVpAtAFundedFintech("p1", "c1"), Seniority.UNKNOWN);

        assertThat(authority(withTitle(unknown, "Chief Revenue Officer"), TargetProfile.anything()))
                .isEqualTo(new CriterionScore(90, "Chief Revenue Officer is C-level: a decision-maker; seniority read from the title."));
        assertThat(authority(withTitle(unknown, "Vice President, Finance"), TargetProfile.anything()).score()).isEqualTo(85);
        assertThat(authority(withTitle(unknown, "Head of Growth"), TargetProfile.anything()).score()).isEqualTo(65);
        assertThat(authority(withTitle(unknown, "Customer Success Manager"), TargetProfile.anything()).score()).isEqualTo(45);
        assertThat(authority(withTitle(unknown, "Data Analyst"), TargetProfile.anything()).score()).isEqualTo(15);
    }

    @Test
    void shouldScoreAnUnknownTitleAndSeniorityCautiouslyAndSaySo() {
        Prospect nobody = withTitle(withSeniority(aVpAtAFundedFintech("p1", "c1"), Seniority.UNKNOWN), " ");

        CriterionScore authority = authority(nobody, salesLeaders);

        assertThat(authority.score()).isEqualTo(40);
        assertThat(authority.reason()).contains("title is unknown", "role needs checking", "lower confidence");
    }

    @Test
    void shouldRaiseAuthorityInTheTargetedFunctionAndLowerItElsewhere() {
        Prospect vp = aVpAtAFundedFintech("p1", "c1");

        CriterionScore sales = authority(vp, salesLeaders);
        CriterionScore engineering = authority(withTitle(vp, "VP Engineering"), salesLeaders);
        CriterionScore ceo = authority(withSeniority(withTitle(vp, "CEO"), Seniority.C_LEVEL), salesLeaders);

        assertThat(sales.score()).isEqualTo(95);
        assertThat(sales.reason()).contains("works in sales, a function the campaign targets");
        assertThat(engineering.score()).as("a VP of a function that does not buy this").isEqualTo(30);
        assertThat(engineering.reason()).contains("not in a function the campaign targets (sales)");
        assertThat(ceo.score()).as("a CEO of a company of unknown size decides across functions").isEqualTo(90);
        assertThat(ceo.reason()).contains("decides across functions");
    }

    @Test
    void shouldScoreTimelineByTheMostRecentSignal() {
        Prospect base = anIcAtATinyShop("p2", "c1");

        assertThat(timeline(withSignals(base, new Signal(SignalType.POST, daysAgo(5), "Posted about pricing")))).isEqualTo(90);
        assertThat(timeline(withSignals(base, new Signal(SignalType.JOB_CHANGE, daysAgo(60), "Joined Laden")))).isEqualTo(70);
        assertThat(timeline(withSignals(base, new Signal(SignalType.HIRING, daysAgo(200), "Hiring 3 people")))).isEqualTo(50);
        assertThat(timeline(withSignals(base, new Signal(SignalType.HIRING, daysAgo(400), "Hiring 3 people")))).as("stale: no trigger")
                .isEqualTo(RuleBasedBantScorer.NO_TRIGGER);
        assertThat(timeline(base)).as("no signal: no trigger, which a good fit does not need").isEqualTo(40);
        assertThat(timeline(withSignals(base,
                new Signal(SignalType.HIRING, daysAgo(200), "Hiring 3 people"),
                new Signal(SignalType.POST, daysAgo(20), "Posted about pricing")))).as("the latest counts").isEqualTo(90);
    }

    @Test
    void shouldCountFurtherRecentSignalsTowardsTimelineWithTheirDates() {
        Prospect busy = withSignals(anIcAtATinyShop("p2", "c1"),
                new Signal(SignalType.POST, daysAgo(5), "Posted about pricing"),
                new Signal(SignalType.HIRING, daysAgo(40), "Hiring 3 people"));

        CriterionScore timeline = scorer.timeline(busy, NOW);

        assertThat(timeline.score()).isEqualTo(95);
        assertThat(timeline.reason()).contains("on 2026-01-01, 5 days ago", "post", "1 other signal within 90 days");
    }

    @Test
    void shouldSeeHiringAsAGrowthNeed() {
        Prospect hiring = withSignals(aVpAtAFundedFintech("p1", "c1"), new Signal(SignalType.HIRING, daysAgo(3), "Hiring 12 people in Sales"));

        CriterionScore need = scorer.need(hiring, campaign.targetProfile(), NOW);

        assertThat(need.score()).isEqualTo(100);
        assertThat(need.reason()).contains("Hiring 12 people in Sales", "2026-01-03");
    }

    @Test
    void shouldSeeARecentJobChangeAsANeedWhenNothingElseShowsGrowth() {
        Prospect newcomer = withSignals(anIcAtATinyShop("p2", "c1"), new Signal(SignalType.JOB_CHANGE, daysAgo(30), "Joined Laden"));

        CriterionScore need = scorer.need(newcomer, TargetProfile.anything(), NOW);

        assertThat(need.score()).isEqualTo(55);
        assertThat(need.reason()).contains("new in the role on 2025-12-07");
    }

    @Test
    void shouldGiveAPartialNeedWhenTheCampaignTargetsAnything() {
        CriterionScore need = scorer.need(anIcAtATinyShop("p2", "c1"), TargetProfile.anything(), NOW);

        assertThat(need.score()).isEqualTo(45);
        assertThat(need.reason()).contains("any industry");
    }

    @Test
    void shouldMatchTheIndustryWithTheCampaignsSectorWhenItNamesNoIndustry() {
        CriterionScore fintech = scorer.need(aVpAtAFundedFintech("p1", "c1"), salesLeaders, NOW);
        CriterionScore retail = scorer.need(anIcAtATinyShop("p2", "c1"), salesLeaders, NOW);

        assertThat(fintech.score()).isEqualTo(35 + 15 + 10 + 15);
        assertThat(fintech.reason()).contains("Fintech matches the campaign's sector (Fintech)");
        assertThat(retail.score()).isEqualTo(20 + 15 + 10);
        assertThat(retail.reason()).contains("Retail is outside its sector (Fintech)");
    }

    @Test
    void shouldScoreAProspectWithAlmostNoDataCautiouslyAndNeverThrow() {
        Prospect unknown = new Prospect("p3", "workspace-1", "c1",
                new Person("A", "B", null, null, null, EmailGrade.MISSING, null, null),
                new Company(null, null, null, null, null, null), List.of());

        Assessment assessment = assess(unknown);

        assertThat(assessment.scores().budget()).isEqualTo(
                new CriterionScore(35, "Company size unknown (lower confidence); revenue unknown; no funding within a year."));
        assertThat(assessment.scores().authority().score()).isEqualTo(40);
        assertThat(assessment.scores().need().reason())
                .contains("industry is unknown (lower confidence)", "company size is unknown", "country is unknown");
        assertThat(assessment.scores().need().score()).isEqualTo(10 + 15 + 5);
        assertThat(assessment.scores().timeline().reason()).contains("lower confidence");
        assertThat(assessment.decision()).isEqualTo(Decision.REJECTED);
        assertThat(assessment.contactable()).isFalse();
    }

    @Test
    void shouldCountASignalDatedInTheFutureAsToday() {
        Prospect early = withSignals(anIcAtATinyShop("p2", "c1"), new Signal(SignalType.POST, NOW.plusSeconds(3600), "Posted"));

        assertThat(scorer.timeline(early, NOW).reason()).contains("today");
    }

    @Test
    void shouldNotCountFundingOlderThanAYearTowardsBudget() {
        Prospect oldMoney = withSignals(aVpAtAFundedFintech("p1", "c1"), new Signal(SignalType.FUNDING, daysAgo(500), "Seed"));

        assertThat(scorer.budget(oldMoney, NOW).score()).isEqualTo(68);
        assertThat(scorer.budget(oldMoney, NOW).reason()).contains("no funding within a year");
    }

    @Test
    void shouldCountFundingWithinHalfAYearMoreThanOlderFunding() {
        Prospect recent = aVpAtAFundedFintech("p1", "c1");
        Prospect older = withSignals(recent, new Signal(SignalType.FUNDING, daysAgo(300), "Series A"));

        assertThat(scorer.budget(recent, NOW).score()).isEqualTo(88);
        assertThat(scorer.budget(older, NOW).score()).isEqualTo(83);
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

    @Test
    void shouldReadNonEnglishTitlesAsTheirSeniorityAndFunction() {
        Prospect unknown = withSeniority(aVpAtAFundedFintech("p1", "c1"), Seniority.UNKNOWN);
        TargetProfile securityLeaders = new TargetProfile(Set.of(), List.of(), Set.of(), List.of("CISO", "Head of Information Security"), null);

        assertThat(RuleBasedBantScorer.seniorityOf("Gérant")).isEqualTo(Seniority.C_LEVEL);
        assertThat(RuleBasedBantScorer.seniorityOf("Co-Gérant")).isEqualTo(Seniority.C_LEVEL);
        assertThat(RuleBasedBantScorer.seniorityOf("Propriétaire")).isEqualTo(Seniority.C_LEVEL);
        assertThat(RuleBasedBantScorer.seniorityOf("Geschäftsführerin")).isEqualTo(Seniority.C_LEVEL);
        assertThat(RuleBasedBantScorer.seniorityOf("Directeur Général")).isEqualTo(Seniority.C_LEVEL);
        assertThat(RuleBasedBantScorer.seniorityOf("Vertriebsleiter")).isEqualTo(Seniority.HEAD);
        assertThat(RuleBasedBantScorer.seniorityOf("Personalleiterin")).isEqualTo(Seniority.HEAD);
        assertThat(RuleBasedBantScorer.seniorityOf("Directeur des Ventes France")).isEqualTo(Seniority.DIRECTOR);
        assertThat(authority(withTitle(unknown, "Vertriebsleiter"), salesLeaders).reason())
                .contains("works in sales, a function the campaign targets");
        assertThat(authority(withTitle(unknown, "Directeur des Ventes"), salesLeaders).score()).isEqualTo(80);
        assertThat(authority(withTitle(unknown, "RSSI"), securityLeaders))
                .isEqualTo(new CriterionScore(100, "RSSI is C-level: a decision-maker; seniority read from the title; "
                        + "works in security, a function the campaign targets."));
        assertThat(authority(withTitle(unknown, "Directeur Cybersécurité"), securityLeaders).score()).isEqualTo(80);
    }

    @Test
    void shouldWeighAGeneralExecutiveByTheCompanysSizeUnlessTheCampaignTargetsThem() {
        Person ceo = withSeniority(withTitle(aVpAtAFundedFintech("p1", "c1"), "CEO"), Seniority.C_LEVEL).person();
        TargetProfile owners = new TargetProfile(Set.of(), List.of(), Set.of(), List.of("Founder", "Gérant"), null);

        assertThat(scorer.authority(ceo, salesLeaders, 75).score()).as("still owns sales at 75 people").isEqualTo(90);
        CriterionScore large = scorer.authority(ceo, salesLeaders, 1500);
        assertThat(large.score()).as("above the buyer at 1,500 people").isEqualTo(60);
        assertThat(large.reason()).contains("runs a company of 1500: above the buyer, who sits in sales");
        assertThat(scorer.authority(ceo, owners, 1500).score()).as("the campaign targets who runs the business").isEqualTo(100);
        Person vpFinance = withSeniority(withTitle(aVpAtAFundedFintech("p1", "c1"), "Vice President, Finance"), Seniority.VP).person();
        assertThat(scorer.authority(vpFinance, salesLeaders, 75).reason()).as("a vice-president runs a function, not the business")
                .contains("not in a function the campaign targets (sales)");
    }

    @Test
    void shouldLetAnExecutiveOfAnotherFunctionShareTheDecisionOnlyInASmallBusiness() {
        Person cfo = withSeniority(withTitle(aVpAtAFundedFintech("p1", "c1"), "Chief Financial Officer"), Seniority.C_LEVEL).person();

        assertThat(scorer.authority(cfo, salesLeaders, 80).score()).isEqualTo(50);
        CriterionScore bank = scorer.authority(cfo, salesLeaders, 1500);
        assertThat(bank.score()).isEqualTo(30);
        assertThat(bank.reason()).contains("not in a function the campaign targets (sales): works in finance, which does not buy this");
    }

    @Test
    void shouldGiveNoNeedFarOutsideTheTargetSizesAndPartOfItJustOutside() {
        TargetProfile midMarket = new TargetProfile(Set.of("Fintech"), List.of(CompanySizeRange.parse("201-500").orElseThrow()),
                Set.of("FR"));
        Prospect vp = aVpAtAFundedFintech("p1", "c1");

        CriterionScore near = scorer.need(withEmployees(vp, 150), midMarket, NOW);
        CriterionScore tiny = scorer.need(withEmployees(vp, 14), midMarket, NOW);
        CriterionScore huge = scorer.need(withEmployees(vp, 42_000), midMarket, NOW);

        assertThat(near.score()).isEqualTo(35 + 10 + 15 + 15);
        assertThat(near.reason()).contains("150 employees is just outside the target sizes (201-500)");
        assertThat(tiny.score()).isZero();
        assertThat(tiny.reason()).startsWith("No fit: 14 employees is far outside the target sizes (201-500)");
        assertThat(huge.score()).isZero();
    }

    @Test
    void shouldConsiderACompanyOfATargetedSizeAbleToAffordWhatTheCampaignSells() {
        TargetProfile smallBusinesses = new TargetProfile(Set.of(), List.of(CompanySizeRange.parse("10-100").orElseThrow()),
                Set.of());
        Prospect shop = withEmployees(anIcAtATinyShop("p2", "c1"), 20);

        CriterionScore budget = scorer.budget(shop, smallBusinesses, NOW);

        assertThat(budget.score()).isEqualTo(50 + 3);
        assertThat(budget.reason()).contains("20 employees, 50 or fewer; a size this campaign sells to, so its price fits");
        assertThat(scorer.budget(shop, NOW).score()).as("without a targeted size, 20 people is a small budget").isEqualTo(20 + 3);
    }

    @Test
    void shouldSeeNoBuyingWindowWhereTheCampaignCannotSell() {
        Prospect outOfTerritory = withSignals(anIcAtATinyShop("p2", "c1"), new Signal(SignalType.POST, daysAgo(5), "Posted about pricing"));

        BantScores scores = scorer.score(outOfTerritory, campaign);

        assertThat(scores.need().score()).isZero();
        assertThat(scores.timeline().score()).isZero();
        assertThat(scores.timeline().reason()).startsWith("No buying window for us: DE is outside the campaign's territory")
                .contains("signals aside: most recent activity on 2026-01-01, 5 days ago");
        assertThat(scorer.score(aVpAtAFundedFintech("p1", "c1"), campaign).timeline().score()).as("in territory").isEqualTo(90);
    }

    @Test
    void shouldLeaveAFunctionNextToTheTargetedOneForAHumanToCheck() {
        TargetProfile securityLeaders = new TargetProfile(Set.of(), List.of(), Set.of(), List.of("CISO"), null);
        Person it = withSeniority(withTitle(aVpAtAFundedFintech("p1", "c1"), "Director, IT Infrastructure"), Seniority.DIRECTOR).person();
        Person risk = withSeniority(withTitle(aVpAtAFundedFintech("p1", "c1"), "Chief Risk Officer"), Seniority.C_LEVEL).person();
        Person marketing = withSeniority(withTitle(aVpAtAFundedFintech("p1", "c1"), "Chief Marketing Officer"), Seniority.C_LEVEL).person();

        CriterionScore itDirector = scorer.authority(it, securityLeaders, 1500);

        assertThat(itDirector.score()).isEqualTo(RuleBasedBantScorer.ADJACENT_FUNCTION);
        assertThat(itDirector.reason()).contains("works in technology, next to security: may co-own this purchase");
        assertThat(scorer.authority(risk, securityLeaders, 2000).score()).isEqualTo(45);
        assertThat(scorer.authority(marketing, securityLeaders, 2000).score()).as("marketing never buys security").isEqualTo(30);
    }

    private static Prospect withEmployees(Prospect prospect, int employees) {
        Company c = prospect.company();
        return new Prospect(prospect.prospectId(), prospect.workspaceId(), prospect.campaignId(), prospect.person(),
                new Company(c.name(), c.domain(), c.industry(), employees, c.annualRevenueUsd(), c.countryCode()),
                prospect.signals());
    }

    private Assessment assess(Prospect prospect) {
        return Assessment.of(prospect, scorer.score(prospect, campaign), campaign.settings(), scorer.kind(), NOW);
    }

    private CriterionScore authority(Prospect prospect, TargetProfile profile) {
        return scorer.authority(prospect.person(), profile);
    }

    private int timeline(Prospect prospect) {
        return scorer.timeline(prospect, NOW).score();
    }
}
