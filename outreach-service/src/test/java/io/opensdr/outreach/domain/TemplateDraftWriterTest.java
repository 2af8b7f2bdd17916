package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static io.opensdr.outreach.domain.QualifiedProspectMother.aQualifiedProspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateDraftWriterTest {

    private final TemplateDraftWriter writer = new TemplateDraftWriter();

    @Test
    void shouldFillEveryMergeFieldFromTheProspectAndTheCampaign() {
        DraftContent draft = writer.write(anActiveCampaign("campaign-1"), aQualifiedProspect("prospect-1", "campaign-1"));

        assertThat(draft.subject()).isEqualTo("Acme Logistics and faster deliveries");
        assertThat(draft.body()).isEqualTo("""
                Hello Claire,

                As VP Sales at Acme Logistics, you may like how teams like yours cut their delivery times.
                Would 30 minutes on Wednesday work? \
                https://cal.example/camille/30min?name=Claire%20Martin&email=claire.martin%40acme.example\
                &utm_source=opensdr&utm_medium=email&utm_campaign=campaign-1&utm_content=prospect-1

                Camille Durand""");
        assertThat(draft.generatedBy()).isEqualTo(DraftGenerator.TEMPLATE);
    }

    @Test
    void shouldFillLastNameAndRepeatedFields() {
        assertThat(MergeFieldTemplate.render("{{firstName}} {{lastName}}, {{firstName}}!", allFields()))
                .isEqualTo("Claire Martin, Claire!");
    }

    @Test
    void shouldRejectAnUnknownMergeField() {
        assertThatThrownBy(() -> MergeFieldTemplate.render("Hello {{nickname}}", allFields()))
                .isInstanceOf(DraftNotWritableException.class)
                .hasMessageContaining("Unknown merge field {{nickname}}");
    }

    @Test
    void shouldRejectAMergeFieldWrittenWithSpaces() {
        assertThatThrownBy(() -> MergeFieldTemplate.render("Hello {{ firstName }}", allFields()))
                .isInstanceOf(DraftNotWritableException.class)
                .hasMessageContaining("Unknown merge field {{ firstName }}");
    }

    @Test
    void shouldRejectAnUnclosedPlaceholderInsteadOfLeavingItInTheText() {
        assertThatThrownBy(() -> MergeFieldTemplate.render("Hello {{firstName}, welcome", allFields()))
                .isInstanceOf(DraftNotWritableException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> MergeFieldTemplate.render("Hello firstName}}", allFields()))
                .isInstanceOf(DraftNotWritableException.class);
    }

    @Test
    void shouldRejectAMergeFieldWithoutAValue() {
        Campaign withoutLink = CampaignMother.withMeetingLink(anActiveCampaign("campaign-1"), null);

        assertThatThrownBy(() -> writer.write(withoutLink, aQualifiedProspect("prospect-1", "campaign-1")))
                .isInstanceOf(DraftNotWritableException.class)
                .hasMessageContaining("{{meetingLink}} has no value");
    }

    @Test
    void shouldRejectABlankValue() {
        Map<String, String> values = allFields();
        values.put("title", "  ");

        assertThatThrownBy(() -> MergeFieldTemplate.render("As {{title}}", values))
                .isInstanceOf(DraftNotWritableException.class)
                .hasMessageContaining("{{title}} has no value");
    }

    @Test
    void shouldAcceptATemplateThatDoesNotUseAMissingValue() {
        Campaign withoutLink = CampaignMother.withMeetingLink(
                CampaignMother.withTemplate(anActiveCampaign("campaign-1"), "Hi {{firstName}}", "Bye {{senderName}}", 1), null);

        DraftContent draft = writer.write(withoutLink, aQualifiedProspect("prospect-1", "campaign-1"));

        assertThat(draft.subject()).isEqualTo("Hi Claire");
        assertThat(draft.body()).isEqualTo("Bye Camille Durand");
    }

    @Test
    void shouldInsertValuesVerbatimEvenWhenTheyLookLikePlaceholders() {
        Map<String, String> values = allFields();
        values.put("companyName", "{{Acme}}");

        assertThat(MergeFieldTemplate.render("At {{companyName}}", values)).isEqualTo("At {{Acme}}");
    }

    @Test
    void shouldRejectAnEmptyTemplate() {
        assertThatThrownBy(() -> MergeFieldTemplate.render(" ", allFields()))
                .isInstanceOf(DraftNotWritableException.class);
    }

    private static Map<String, String> allFields() {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", "Claire");
        values.put("lastName", "Martin");
        values.put("title", "VP Sales");
        values.put("companyName", "Acme Logistics");
        values.put("senderName", "Camille Durand");
        values.put("meetingLink", "https://cal.example/camille/30min");
        return values;
    }
}
