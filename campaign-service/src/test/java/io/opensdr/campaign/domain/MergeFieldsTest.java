package io.opensdr.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MergeFieldsTest {

    @Test
    void shouldAcceptEveryKnownMergeField() {
        String text = "{{firstName}} {{lastName}}, {{title}} at {{companyName}}: {{meetingLink}} — {{senderName}}";

        assertThat(MergeFields.unknownIn(text)).isEmpty();
    }

    @Test
    void shouldReportUnknownMergeFieldsOnceEachInOrder() {
        String text = "Hi {{first_name}} from {{company}}, {{firstName}}! Bye {{first_name}}";

        assertThat(MergeFields.unknownIn(text)).containsExactly("{{first_name}}", "{{company}}");
    }

    @Test
    void shouldTreatAMergeFieldWithSpacesOrOtherCaseAsUnknown() {
        assertThat(MergeFields.unknownIn("{{ firstName }} {{FirstName}}"))
                .containsExactly("{{ firstName }}", "{{FirstName}}");
    }

    @Test
    void shouldLeaveTextWithoutDoubleBracesAlone() {
        assertThat(MergeFields.unknownIn("A {single} brace, a } and a {{ never closed")).isEmpty();
        assertThat(MergeFields.unknownIn(null)).isEmpty();
    }

    @Test
    void shouldNameTheUnknownFieldAndTheKnownOnesInItsMessage() {
        assertThat(MergeFields.describeUnknown(MergeFields.unknownIn("{{company}}")))
                .startsWith("Unknown merge field {{company}}; use {{firstName}}, {{lastName}}")
                .endsWith("{{meetingLink}}");
    }

    @Test
    void shouldRefuseATemplateWithAnUnknownMergeField() {
        assertThatThrownBy(() -> new EmailTemplate("Hello {{firstName}}", "We met at {{event}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body")
                .hasMessageContaining("{{event}}");
    }

    @Test
    void shouldRefuseATemplateWithoutSubjectOrBody() {
        assertThatThrownBy(() -> new EmailTemplate(" ", "Hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailTemplate("Hello", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
