package io.opensdr.qualifier.messaging;

import static io.opensdr.qualifier.messaging.CampaignSnapshotMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        Prospect prospect = ProspectMapper.toProspect(ProspectFoundMother.aVpAtAFundedFintech("w1", "c1", "p1").build());
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
}
