package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static io.opensdr.outreach.domain.QualifiedProspectMother.aQualifiedProspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageModelDraftWriterTest {

    private static final String BODY = "Hello Claire, congratulations to Acme Logistics on the Series B. We help "
            + "logistics teams like yours cut their delivery times. Would a short call next Wednesday be useful?";

    @Test
    void shouldReadTheSubjectAndBodyOfAStrictAnswer() {
        DraftContent draft = LanguageModelDraftWriter.parse("{\"subject\":\" Acme Logistics \",\"body\":\"" + BODY + "\"}");

        assertThat(draft.subject()).isEqualTo("Acme Logistics");
        assertThat(draft.body()).isEqualTo(BODY);
        assertThat(draft.generatedBy()).isEqualTo(DraftGenerator.LANGUAGE_MODEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "Here you go: {\"subject\":\"Hi\",\"body\":\"x\"}",
            "```json\n{\"subject\":\"Acme\",\"body\":\"" + BODY + "\"}\n```",
            "{\"subject\":\"Acme\",\"body\":\"" + BODY + "\"} and more",
            "{\"subject\":\"Acme\"}",
            "{\"subject\":\"Acme\",\"body\":\"" + BODY + "\",\"signature\":\"Camille\"}",
            "{\"subject\":\"Acme\",\"subject\":\"Other\",\"body\":\"" + BODY + "\"}",
            "{\"subject\":42,\"body\":\"" + BODY + "\"}",
            "{\"subject\":\" \",\"body\":\"" + BODY + "\"}",
            "{\"subject\":\"Acme\\nLogistics\",\"body\":\"" + BODY + "\"}",
            "{\"subject\":\"Acme\",\"body\":\"Hi Claire, let us talk.\"}",
            "[\"Acme\", \"body\"]"})
    void shouldRefuseAnythingButTheExactJsonObject(String answer) {
        assertThatThrownBy(() -> LanguageModelDraftWriter.parse(answer)).isInstanceOf(InvalidDraftException.class);
    }

    @Test
    void shouldGiveTheModelTheProspectsDataItsMostRecentSignalsFirstAndTheApprovedTemplate() {
        QualifiedProspect claire = QualifiedProspectMother.withSignals(aQualifiedProspect("p1", "c1"), List.of(
                new BuyingSignal(BuyingSignal.SignalType.HIRING, Instant.parse("2026-10-01T00:00:00Z"), "Hiring 3 account executives"),
                QualifiedProspectMother.seriesB()));

        String input = LanguageModelDraftWriter.describe(anActiveCampaign("c1"), claire, true);

        assertThat(input).contains("first name Claire").contains("role VP Sales").contains("company Acme Logistics")
                .contains("Campaign: Logistics VPs, France; sector Logistics")
                .contains("Booking link: added by the system after your body")
                .contains("Subject: {{companyName}} and faster deliveries");
        assertThat(input.indexOf("FUNDING on 2026-11-12: Raised a Series B of 30 M EUR"))
                .isPositive().isLessThan(input.indexOf("HIRING on 2026-10-01: Hiring 3 account executives"));
    }

    @Test
    void shouldAddTheBookingLinkAndTheSenderUnderTheModelsBody() {
        LanguageModel model = (instructions, input) -> "{\"subject\":\"Acme Logistics\",\"body\":\"" + BODY + "\"}";

        DraftContent draft = new LanguageModelDraftWriter(model).write(anActiveCampaign("c1"), aQualifiedProspect("p1", "c1"));

        assertThat(draft.body()).startsWith(BODY + "\n\nhttps://cal.example/camille/30min?name=Claire%20Martin")
                .contains("utm_campaign=c1&utm_content=p1").endsWith("\n\nCamille Durand");
    }
}
