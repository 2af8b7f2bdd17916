package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static io.opensdr.outreach.domain.QualifiedProspectMother.aQualifiedProspect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real drafts, good and bad, through the guardrails. */
class DraftGuardrailsTest {

    private static final String LINK = "https://cal.example/camille/30min?name=Claire%20Martin"
            + "&email=claire.martin%40acme.example&utm_source=opensdr&utm_medium=email&utm_campaign=campaign-1"
            + "&utm_content=prospect-1";
    private static final String GOOD_BODY = """
            Hello Claire,

            Congratulations to Acme Logistics on the Series B of 30 M EUR. As VP Sales, you are probably planning \
            how the team will grow from here.

            We help logistics teams like yours cut their delivery times.

            Would a 20-minute call next Wednesday be useful? You can pick a time with the link below.

            """ + LINK + "\n\nCamille Durand";

    private final DraftGuardrails guardrails = new DraftGuardrails();
    private final Campaign campaign = anActiveCampaign("campaign-1");
    private final QualifiedProspect claire = aQualifiedProspect("prospect-1", "campaign-1");

    @Test
    void shouldPassAGoodLanguageModelDraft() {
        assertThat(check("Acme Logistics and your Series B", GOOD_BODY)).isEmpty();
    }

    @Test
    void shouldPassTheCampaignsFilledTemplate() {
        assertThat(guardrails.check(new TemplateDraftWriter().write(campaign, claire), campaign, claire)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi {{firstName}},", "Hi [Name],", "Hi <first name>,", "Hi %FIRST_NAME%,", "Hi ${name},",
            "Hi {firstName},", "Hi Claire, see [Company] below", "Hi Claire, INSERT COMPANY here"})
    void shouldRefuseAnUnresolvedPlaceholder(String opening) {
        assertThat(check("Acme Logistics and your Series B", GOOD_BODY.replace("Hello Claire,", opening)))
                .anyMatch(problem -> problem.contains("placeholder"));
    }

    @Test
    void shouldRefuseANumberThatIsNotInTheProspectsData() {
        assertThat(check("Acme Logistics and your Series B", GOOD_BODY.replace("30 M EUR", "45 M EUR")))
                .anyMatch(problem -> problem.contains("numbers that are not in the prospect's data: 45"));
        assertThat(check("Acme Logistics and your Series B",
                GOOD_BODY.replace("cut their delivery times", "cut their delivery times by 37%")))
                .anyMatch(problem -> problem.contains("37"));
    }

    @Test
    void shouldRefuseACompanyOrNameThatIsNotInTheProspectsData() {
        assertThat(check("Acme Logistics and your Series B",
                GOOD_BODY.replace("We help logistics teams", "We help DHL and Maersk teams")))
                .anyMatch(problem -> problem.contains("names what is not in the prospect's data: DHL, Maersk"));
    }

    @Test
    void shouldRefuseAnEventTheProspectHasNoSignalOf() {
        List<String> problems = check("Acme Logistics is hiring",
                GOOD_BODY.replace("As VP Sales,", "I saw you are hiring, and as VP Sales,"));

        assertThat(problems).anyMatch(problem -> problem.contains("HIRING"));
    }

    @Test
    void shouldRefuseAFundingRoundWhenTheProspectHasNoFundingSignal() {
        QualifiedProspect withoutSignals = QualifiedProspectMother.withSignals(claire, List.of());

        List<String> problems = guardrails.check(modelDraft("Acme Logistics and your Series B", GOOD_BODY),
                campaign, withoutSignals);

        assertThat(problems).anyMatch(problem -> problem.contains("FUNDING"))
                .anyMatch(problem -> problem.contains("30"));
    }

    @Test
    void shouldRefuseASubjectOfFiftyCharactersOrMore() {
        assertThat(check("Acme Logistics: a thought on your Series B round ok", GOOD_BODY))
                .anyMatch(problem -> problem.contains("the subject has 51 characters"));
        assertThat(check("Acme Logistics and your Series B, a short thought", GOOD_BODY))
                .noneMatch(problem -> problem.contains("subject has"));
    }

    @Test
    void shouldLetTheApprovedTemplatesSubjectRunLongerForALongCompanyNameButNotPastSeventyEightCharacters() {
        Contact claire = QualifiedProspectMother.claireMartin();
        QualifiedProspect atALongName = new QualifiedProspect("prospect-1", "campaign-1", "workspace-1",
                new Contact(claire.firstName(), claire.lastName(), claire.email(), claire.title(),
                        "Hamann, Stratmann und Dingelstedt", claire.companyDomain(), claire.industry(), claire.timeZone()),
                78, QualificationDecision.QUALIFIED, true);
        Campaign longer = CampaignMother.withTemplate(campaign, "{{companyName}} and much faster deliveries for your whole team",
                CampaignMother.BODY, 2);

        assertThat(guardrails.check(new TemplateDraftWriter().write(campaign, atALongName), campaign, atALongName))
                .as("55 characters from the approved template").isEmpty();
        assertThat(guardrails.check(new TemplateDraftWriter().write(longer, atALongName), longer, atALongName))
                .contains("the subject has 80 characters, more than 78");
    }

    @Test
    void shouldRefuseAnOverlongBody() {
        String rambling = GOOD_BODY.replace("We help logistics teams like yours cut their delivery times.",
                "We help logistics teams like yours cut their delivery times. ".repeat(30));

        assertThat(check("Acme Logistics and your Series B", rambling))
                .anyMatch(problem -> problem.contains("characters, more than 1500"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Act now: this is a limited time offer.", "It is 100% free for you.",
            "We GUARANTEE results.", "Great news!!", "Great news! Really! Truly!", "We can save money for you.",
            "Teams like yours earn $40,000 more.", "Offre exclusive pour vous.", "CLICK HERE NOW TODAY"})
    void shouldRefuseSpamTriggers(String sentence) {
        List<String> problems = check("Acme Logistics and your Series B",
                GOOD_BODY.replace("We help logistics teams like yours cut their delivery times.", sentence));

        assertThat(problems).as(sentence).isNotEmpty();
    }

    @Test
    void shouldNotTakeTheProspectsOwnCompanyNameForSpam() {
        Contact claire = QualifiedProspectMother.claireMartin();
        QualifiedProspect atCashAndCarry = new QualifiedProspect("prospect-1", "campaign-1", "workspace-1",
                new Contact(claire.firstName(), claire.lastName(), claire.email(), claire.title(), "Cash & Carry FREIGHT",
                        claire.companyDomain(), claire.industry(), claire.timeZone()), 78, QualificationDecision.QUALIFIED, true);

        assertThat(guardrails.check(new TemplateDraftWriter().write(campaign, atCashAndCarry), campaign, atCashAndCarry))
                .isEmpty();
    }

    @Test
    void shouldRefuseSpamInTheApprovedTemplateToo() {
        Campaign spammy = CampaignMother.withTemplate(campaign, "Hi {{firstName}}",
                "Hello {{firstName}}, get a free trial of our cheap tool.", 2);

        assertThat(guardrails.check(new TemplateDraftWriter().write(spammy, claire), spammy, claire))
                .contains("uses the spam trigger \"free trial\"", "uses the spam trigger \"cheap\"");
    }

    @Test
    void shouldAcceptAnAcronymTheApprovedTemplateUsesButNotOneItDoesNot() {
        Campaign withAcronym = CampaignMother.withTemplate(campaign, "{{companyName}} and GDPR-ready deliveries",
                "Hello {{firstName}}, our GDPR-ready routing cuts delivery times. {{meetingLink}}", 2);

        assertThat(guardrails.check(new TemplateDraftWriter().write(withAcronym, claire), withAcronym, claire)).isEmpty();
        assertThat(guardrails.check(modelDraft("Acme Logistics and your Series B",
                GOOD_BODY.replace("We help", "Our GDPR-ready routing helps")), withAcronym, claire)).isEmpty();
        assertThat(check("Acme Logistics and your Series B", GOOD_BODY.replace("We help", "We HELP")))
                .contains("shouts \"HELP\" in capitals");
    }

    @Test
    void shouldRefuseAnExclamationMarkInTheSubject() {
        assertThat(check("Acme Logistics and your Series B!", GOOD_BODY))
                .contains("has an exclamation mark in the subject");
    }

    @Test
    void shouldRefuseALinkOtherThanTheBookingLink() {
        assertThat(check("Acme Logistics and your Series B",
                GOOD_BODY.replace(LINK, "https://calendly.com/someone-else/30min")))
                .anyMatch(problem -> problem.contains("link that is neither"));
    }

    @Test
    void shouldRefuseComplianceTextWrittenByTheModel() {
        assertThat(check("Acme Logistics and your Series B", GOOD_BODY + "\n\nReply STOP to unsubscribe."))
                .anyMatch(problem -> problem.contains("compliance text"));
    }

    @Test
    void shouldRefuseAModelDraftThatDoesNotNameTheProspectsCompany() {
        assertThat(check("Your Series B", GOOD_BODY.replace("Acme Logistics", "your company")))
                .contains("does not name the prospect's company (Acme Logistics)");
    }

    @Test
    void shouldAcceptAFrenchDraftBuiltOnTheData() {
        QualifiedProspect french = QualifiedProspectMother.withSignals(claire, List.of(new BuyingSignal(
                BuyingSignal.SignalType.FUNDING, QualifiedProspectMother.FUNDING_SEEN, "Levée de fonds de 30 M EUR")));

        assertThat(guardrails.check(modelDraft("Acme Logistics et votre levée de fonds", """
                Bonjour Claire,

                Bravo à Acme Logistics pour la levée de fonds de 30 M EUR. En tant que VP Sales, vous préparez \
                sans doute la suite avec votre équipe commerciale.

                Nous aidons les équipes logistiques à réduire leurs délais de livraison.

                Un échange de 20 minutes mercredi prochain vous serait-il utile ? Le lien ci-dessous permet de \
                choisir un créneau.

                """ + LINK + "\n\nCamille Durand"), campaign, french)).isEmpty();
    }

    private List<String> check(String subject, String body) {
        return guardrails.check(modelDraft(subject, body), campaign, claire);
    }

    private static DraftContent modelDraft(String subject, String body) {
        return new DraftContent(subject, body, DraftGenerator.LANGUAGE_MODEL);
    }
}
