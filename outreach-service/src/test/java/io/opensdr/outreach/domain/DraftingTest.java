package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static io.opensdr.outreach.domain.QualifiedProspectMother.aQualifiedProspect;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftingTest {

    private final InMemoryPorts.Campaigns campaigns = new InMemoryPorts.Campaigns();
    private final InMemoryPorts.Drafts drafts = new InMemoryPorts.Drafts();
    private final InMemoryPorts.Parked parked = new InMemoryPorts.Parked();
    private final Drafting drafting = new Drafting(campaigns, drafts, parked,
            new GuardedDraftWriter(null, new TemplateDraftWriter(), new DraftGuardrails()),
            new ComplianceFooter(new InMemoryPorts.PlainUnsubscribeLinks(), "OpenSDR SAS, 1 rue de la Paix, 75002 Paris"));

    @Test
    void shouldDraftTheFirstEmailOfAQualifiedContactableProspect() {
        drafting.onCampaign(anActiveCampaign("campaign-1"));

        DraftOutcome outcome = drafting.onQualified(aQualifiedProspect("prospect-1", "campaign-1"));

        assertThat(outcome).isEqualTo(DraftOutcome.DRAFTED);
        Draft draft = drafts.byId.get("prospect-1:1");
        assertThat(draft.step()).isEqualTo(1);
        assertThat(draft.subject()).isEqualTo("Acme Logistics and faster deliveries");
        assertThat(draft.recipient().email()).isEqualTo("claire.martin@acme.example");
        assertThat(draft.bantScore()).isEqualTo(78);
        assertThat(draft.generatedBy()).isEqualTo(DraftGenerator.TEMPLATE);
        assertThat(draft.fallbackReason()).isNull();
        assertThat(drafts.announced).hasSize(1);
    }

    @Test
    void shouldEndEveryDraftWithTheFooterNamingTheSourceTheRightToObjectAndTheUnsubscribeLink() {
        drafting.onCampaign(anActiveCampaign("campaign-1"));

        drafting.onQualified(aQualifiedProspect("prospect-1", "campaign-1"));

        String body = drafts.byId.get("prospect-1:1").body();
        assertThat(body).startsWith("Hello Claire,").contains("\nCamille Durand\n\n-- \n");
        assertThat(body.substring(body.indexOf("\n-- \n"))).isEqualTo("\n-- \n"
                + "We found your name, role and work email in RocketReach, a professional contact database. "
                + "You may object to our use of them at any time: reply \"no\" to this email, or unsubscribe in one "
                + "click: https://sdr.example/api/outreach/unsubscribe/workspace-1.prospect-1\n"
                + "OpenSDR SAS, 1 rue de la Paix, 75002 Paris");
    }

    @Test
    void shouldParkWhenTheTemplatesDraftFailsTheGuardrails() {
        drafting.onCampaign(CampaignMother.withTemplate(anActiveCampaign("campaign-1"),
                "FREE TRIAL for {{companyName}}!!", "Hi {{firstName}}", 1));

        DraftOutcome outcome = drafting.onQualified(aQualifiedProspect("prospect-1", "campaign-1"));

        assertThat(outcome).isEqualTo(DraftOutcome.PARKED);
        assertThat(parked.reasons.get("prospect-1")).contains("guardrails").contains("free trial").contains("!!");
        assertThat(drafts.byId).isEmpty();
    }

    @Test
    void shouldNotDraftTwiceWhenTheQualificationIsRedelivered() {
        drafting.onCampaign(anActiveCampaign("campaign-1"));
        QualifiedProspect prospect = aQualifiedProspect("prospect-1", "campaign-1");

        drafting.onQualified(prospect);
        DraftOutcome again = drafting.onQualified(prospect);

        assertThat(again).isEqualTo(DraftOutcome.ALREADY_DRAFTED);
        assertThat(drafts.announced).hasSize(1);
    }

    @Test
    void shouldSkipProspectsInTheReviewBandOrRejected() {
        drafting.onCampaign(anActiveCampaign("campaign-1"));
        QualifiedProspect prospect = aQualifiedProspect("prospect-1", "campaign-1");

        assertThat(drafting.onQualified(QualifiedProspectMother.withDecision(prospect, QualificationDecision.REVIEW)))
                .isEqualTo(DraftOutcome.SKIPPED);
        assertThat(drafting.onQualified(QualifiedProspectMother.withDecision(prospect, QualificationDecision.REJECTED)))
                .isEqualTo(DraftOutcome.SKIPPED);
        assertThat(drafts.byId).isEmpty();
    }

    @Test
    void shouldSkipProspectWithoutEmail() {
        drafting.onCampaign(anActiveCampaign("campaign-1"));

        assertThat(drafting.onQualified(QualifiedProspectMother.notContactable(aQualifiedProspect("prospect-1", "campaign-1"))))
                .isEqualTo(DraftOutcome.SKIPPED);
        assertThat(drafts.byId).isEmpty();
        assertThat(parked.byProspect).isEmpty();
    }

    @Test
    void shouldParkAProspectOfAnUnknownCampaignAndDraftItWhenTheSnapshotArrives() {
        DraftOutcome outcome = drafting.onQualified(aQualifiedProspect("prospect-1", "campaign-1"));

        assertThat(outcome).isEqualTo(DraftOutcome.PARKED);
        assertThat(drafts.byId).isEmpty();

        drafting.onCampaign(anActiveCampaign("campaign-1"));

        assertThat(drafts.byId).containsKey("prospect-1:1");
        assertThat(parked.byProspect).isEmpty();
    }

    @Test
    void shouldParkWhenTheTemplateCannotBeFilledAndDraftOnceItIsCorrected() {
        Campaign broken = CampaignMother.withTemplate(anActiveCampaign("campaign-1"), "Hi {{nickname}}", "Body", 1);
        drafting.onCampaign(broken);

        DraftOutcome outcome = drafting.onQualified(aQualifiedProspect("prospect-1", "campaign-1"));

        assertThat(outcome).isEqualTo(DraftOutcome.PARKED);
        assertThat(parked.reasons.get("prospect-1")).contains("{{nickname}}");

        drafting.onCampaign(CampaignMother.withTemplate(broken, "Hi {{firstName}}", "Body", 2));

        assertThat(drafts.byId.get("prospect-1:1").subject()).isEqualTo("Hi Claire");
        assertThat(parked.byProspect).isEmpty();
    }

    @Test
    void shouldDraftForAPausedCampaignButNotForAStoppedOne() {
        drafting.onCampaign(CampaignMother.withStatus(anActiveCampaign("paused"), CampaignStatus.PAUSED, 1));
        drafting.onCampaign(CampaignMother.withStatus(anActiveCampaign("stopped"), CampaignStatus.STOPPED, 1));

        assertThat(drafting.onQualified(aQualifiedProspect("prospect-1", "paused"))).isEqualTo(DraftOutcome.DRAFTED);
        assertThat(drafting.onQualified(aQualifiedProspect("prospect-2", "stopped"))).isEqualTo(DraftOutcome.SKIPPED);
    }
}
