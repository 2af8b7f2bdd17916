package io.opensdr.qualifier.messaging;

import static io.opensdr.qualifier.messaging.CampaignSnapshotMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.QualificationSettings;
import io.opensdr.events.Scorer;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class MappersTest {

    private final RuleBasedBantScorer scorer = new RuleBasedBantScorer(Clock.systemUTC());

    @Test
    void shouldTakeTheQualificationSettingsAndTargetsFromASnapshot() {
        CampaignRules rules = CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).setRevision(4)
                .setQualification(QualificationSettings.newBuilder().setThreshold(70).setReviewBand(10).setNeedWeight(50).build())
                .build());

        assertThat(rules.revision()).isEqualTo(4);
        assertThat(rules.settings().threshold()).isEqualTo(70);
        assertThat(rules.settings().reviewBand()).isEqualTo(10);
        assertThat(rules.settings().needWeight()).isEqualTo(50);
        assertThat(rules.settings().budgetWeight()).isEqualTo(25);
        assertThat(rules.targetProfile().targetsIndustry("fintech")).isTrue();
        assertThat(rules.targetProfile().targetsSize(300)).isTrue();
    }

    @Test
    void shouldRejectASnapshotWithImpossibleSettings() {
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10)
                .setQualification(QualificationSettings.newBuilder().setThreshold(140).build()).build()))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("", "c1", 10).build()))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void shouldRejectAProspectWithoutCampaign() {
        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFoundMother.aVpAtAFundedFintech("w1", " ", "p1").build()))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void shouldAnnounceTheAssessmentWithTheContactAndEveryReason() {
        ProspectFound found = ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1").build();
        Prospect prospect = ProspectMapper.toProspect(found);
        CampaignRules rules = CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).build());

        ProspectQualified event = ProspectQualifiedMapper.toEvent(
                Assessment.of(prospect, scorer.score(prospect, rules), rules.settings(), scorer.kind(), java.time.Instant.now()));

        assertThat(event.getProspectId()).isEqualTo("p1");
        assertThat(event.getDecision()).isEqualTo(QualificationDecision.QUALIFIED);
        assertThat(event.getThreshold()).isEqualTo(60);
        assertThat(event.getContactable()).isTrue();
        assertThat(event.getScoredBy()).isEqualTo(Scorer.RULES);
        assertThat(event.getContact().getEmail()).isEqualTo("claire.martin@fintech.example");
        assertThat(event.getContact().getCompanyName()).isEqualTo("Fintech One");
        assertThat(event.getContact().getTimeZone()).isEqualTo("Europe/Paris");
        assertThat(event.getBudget().getReason()).contains("300 employees");
        assertThat(event.getSignals()).as("the signals outreach names in its first email")
                .isEqualTo(found.getSignals())
                .extracting(signal -> signal.getDetail()).containsExactly("Raised a Series B of 30 M EUR");
    }

    @Test
    void shouldLeaveTheEmailOutOfTheContactWhenItIsNotUsable() {
        Prospect prospect = ProspectMapper.toProspect(ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1")
                .setPerson(io.opensdr.events.ProspectPerson.newBuilder().setFirstName("A").setLastName("B").setTitle("CEO")
                        .setSeniority(io.opensdr.events.Seniority.C_LEVEL).setEmail("a.b@x.example")
                        .setEmailGrade(io.opensdr.events.EmailGrade.INVALID).build())
                .build());
        CampaignRules rules = CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).build());

        ProspectQualified event = ProspectQualifiedMapper.toEvent(
                Assessment.of(prospect, scorer.score(prospect, rules), rules.settings(), scorer.kind(), java.time.Instant.now()));

        assertThat(event.getContactable()).isFalse();
        assertThat(event.getContact().getEmail()).isNull();
    }

    @Test
    void shouldTakeTheTargetTitlesAndSectorFromASnapshot() {
        CampaignRules rules = CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).build());

        assertThat(rules.targetProfile().titles()).containsExactly("VP Sales", "Head of Sales");
        assertThat(rules.targetProfile().functions()).containsExactly("sales");
        assertThat(rules.targetProfile().sector()).isEqualTo("Fintech");
    }

    @Test
    void shouldRejectASnapshotWhoseWeightsAreAllZeroOrNegativeWithTheReason() {
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10)
                .setQualification(QualificationSettings.newBuilder().setBudgetWeight(0).setAuthorityWeight(0)
                        .setNeedWeight(0).setTimelineWeight(0).build()).build()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("CampaignSnapshot c1 has invalid qualification settings: at least one BANT weight is above zero");
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10)
                .setQualification(QualificationSettings.newBuilder().setNeedWeight(-1).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("not negative");
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10)
                .setQualification(QualificationSettings.newBuilder().setReviewBand(60).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("review band is 0-50, not 60");
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10)
                .setQualification(QualificationSettings.newBuilder().setHotScore(-3).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("hot score is 0-100, not -3");
    }

    @Test
    void shouldRejectASnapshotWithOversizedTargetsOrANegativeRevision() {
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).setTargetProfile(
                io.opensdr.events.TargetProfile.newBuilder().setIndustries(java.util.Collections.nCopies(101, "Software")).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("targetProfile.industries has 101 entries");
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).setTargetProfile(
                io.opensdr.events.TargetProfile.newBuilder().setTitles(java.util.List.of("x".repeat(201))).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("targetProfile.titles is longer than 200");
        assertThatThrownBy(() -> CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).setRevision(-1).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("negative revision");
    }

    @Test
    void shouldRejectAProspectWithOutOfRangeNumbersWithTheReason() {
        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1")
                .setCompany(io.opensdr.events.ProspectCompany.newBuilder().setName("X").setEmployeeCount(-5).build()).build()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("ProspectFound p1 has company.employeeCount -5, outside 0-5000000");
        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1")
                .setCompany(io.opensdr.events.ProspectCompany.newBuilder().setName("X").setAnnualRevenueUsd(-1L).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("company.annualRevenueUsd -1");
    }

    @Test
    void shouldRejectAProspectWithMalformedFieldsWithTheReason() {
        var vp = ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1").build();
        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFound.newBuilder(vp)
                .setCompany(io.opensdr.events.ProspectCompany.newBuilder(vp.getCompany()).setCountryCode("France").build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("company.countryCode \"France\", not an ISO 3166-1");
        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFound.newBuilder(vp)
                .setPerson(io.opensdr.events.ProspectPerson.newBuilder(vp.getPerson()).setTitle("t".repeat(201)).build()).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("person.title of 201 characters");
        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFound.newBuilder(vp).setProspectId("p".repeat(201)).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("prospectId of 201 characters");
        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFound.newBuilder(vp)
                .setSignals(java.util.Collections.nCopies(201, vp.getSignals().get(0))).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("201 signals");
    }

    @Test
    void shouldRejectAProspectWithASignalFromTheFuture() {
        var vp = ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1").build();
        var future = io.opensdr.events.BuyingSignal.newBuilder(vp.getSignals().get(0))
                .setObservedAt(vp.getOccurredAt().plus(java.time.Duration.ofDays(3))).build();

        assertThatThrownBy(() -> ProspectMapper.toProspect(ProspectFound.newBuilder(vp).setSignals(java.util.List.of(future)).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("FUNDING signal observed at", "after the event itself");
    }

    @Test
    void shouldAcceptAProspectWithUnknownNumbersAndNoSignals() {
        var vp = ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1").build();

        Prospect prospect = ProspectMapper.toProspect(ProspectFound.newBuilder(vp)
                .setCompany(io.opensdr.events.ProspectCompany.newBuilder().setName("X").build())
                .setSignals(java.util.List.of()).build());

        assertThat(prospect.company().employeeCount()).isNull();
        assertThat(prospect.signals()).isEmpty();
    }

    @Test
    void shouldAnnounceAReDecisionWithTheNewThresholdAndDecision() {
        Prospect prospect = ProspectMapper.toProspect(ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1").build());
        CampaignRules rules = CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).build());
        Assessment first = Assessment.of(prospect, scorer.score(prospect, rules), rules.settings(), scorer.kind(), java.time.Instant.now());

        var stricterSettings = new io.opensdr.qualifier.domain.QualificationSettings(95, 0, 99, 25, 25, 25, 25);
        Assessment stricter = first.reweighed(stricterSettings, 2, java.time.Instant.now());
        ProspectQualified event = ProspectQualifiedMapper.toReDecisionEvent(stricter);

        assertThat(event.getProspectId()).isEqualTo("p1");
        assertThat(event.getEventId()).as("derived from the prospect and the revision, so a redelivery announces it under the same id")
                .isEqualTo(ProspectQualifiedMapper.toReDecisionEvent(stricter).getEventId())
                .isNotEqualTo(ProspectQualifiedMapper.toFirstEvent(first).getEventId())
                .isNotEqualTo(ProspectQualifiedMapper.toReDecisionEvent(first.reweighed(stricterSettings, 3, java.time.Instant.now())).getEventId());
        assertThat(event.getThreshold()).isEqualTo(95);
        assertThat(event.getDecision()).isEqualTo(QualificationDecision.REJECTED);
        assertThat(event.getHot()).isFalse();
        assertThat(event.getBudget().getReason()).isEqualTo(first.scores().budget().reason());
    }

    @Test
    void shouldSayInTheEventWhyTheRulesScoredInPlaceOfTheLanguageModel() {
        Prospect prospect = ProspectMapper.toProspect(ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1").build());
        CampaignRules rules = CampaignRulesMapper.toRules(anActiveCampaign("w1", "c1", 10).build());
        io.opensdr.qualifier.domain.ScoredBant fellBack = new io.opensdr.qualifier.domain.FallbackBantScorer(
                new io.opensdr.qualifier.domain.LanguageModelBantScorer((instructions, input) -> "{}", java.time.Clock.systemUTC()),
                scorer).assess(prospect, rules);

        ProspectQualified event = ProspectQualifiedMapper.toEvent(Assessment.of(prospect, fellBack, rules.settings(), java.time.Instant.now(), 1));
        ProspectQualified byRules = ProspectQualifiedMapper.toEvent(
                Assessment.of(prospect, scorer.score(prospect, rules), rules.settings(), scorer.kind(), java.time.Instant.now()));

        assertThat(event.getScoredBy()).isEqualTo(Scorer.RULES);
        assertThat(event.getFallbackReason()).isEqualTo("the answer lacks budget");
        assertThat(byRules.getFallbackReason()).isNull();
    }
}
