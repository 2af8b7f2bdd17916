package io.opensdr.outreach.web;

import static io.opensdr.outreach.domain.ComplianceDoubles.NOW;
import static io.opensdr.outreach.domain.ComplianceDoubles.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.web.ProblemDetailsAdvice;
import io.opensdr.outreach.domain.ComplianceDoubles;
import io.opensdr.outreach.domain.EngagementKind;
import io.opensdr.outreach.domain.SignedTokens;
import io.opensdr.outreach.domain.SuppressionReason;
import io.opensdr.outreach.domain.UnsubscribeToken;
import io.opensdr.outreach.domain.Unsubscribing;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The public unsubscribe route, with the real domain behind it and in-memory stores. */
class UnsubscribeControllerTest {

    private static final String URL = "/api/outreach/unsubscribe/";

    private final SignedTokens tokens = new SignedTokens(SECRET);
    private final ComplianceDoubles.Records records = new ComplianceDoubles.Records()
            .hold("w1", "p1", "c1", "ada@example.com", "p1:1");
    private final ComplianceDoubles.Suppressions suppressions = new ComplianceDoubles.Suppressions();
    private final ComplianceDoubles.EngagementLog engagements = new ComplianceDoubles.EngagementLog();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new UnsubscribeController(
                    new Unsubscribing(tokens, records, suppressions, engagements, Clock.fixed(NOW, ZoneOffset.UTC))))
            .setControllerAdvice(new ProblemDetailsAdvice()).build();
    private final String token = new UnsubscribeToken("w1", "p1", "p1:1").sign(tokens);

    @Test
    void shouldOnlyShowAConfirmationPageOnGet() throws Exception {
        mvc.perform(get(URL + token).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<form method=\"post\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "name=\"List-Unsubscribe\" value=\"One-Click\"")));

        assertThat(suppressions.byAddress).as("a scanner fetching the link unsubscribes nobody").isEmpty();
        assertThat(engagements.recorded).isEmpty();
    }

    @Test
    void shouldUnsubscribeAtOnceOnTheOneClickPost() throws Exception {
        mvc.perform(post(URL + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You are unsubscribed")));

        assertThat(suppressions.reasonFor("w1", "ada@example.com")).isEqualTo(SuppressionReason.UNSUBSCRIBED);
        assertThat(engagements.recorded).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EngagementKind.UNSUBSCRIBED);
            assertThat(e.emailId()).isEqualTo("p1:1");
        });
    }

    @Test
    void shouldAcceptTheOneClickPostAsMultipartToo() throws Exception {
        mvc.perform(multipart(URL + token).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isOk());

        assertThat(suppressions.isSuppressed("w1", "ada@example.com")).isTrue();
    }

    @Test
    void shouldAnswerARepeatedPostTheSameWayAndRecordItOnce() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(URL + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        }

        assertThat(engagements.recorded).hasSize(1);
    }

    @Test
    void shouldRefuseAForgedTokenAndRecordNothing() throws Exception {
        String forged = new UnsubscribeToken("w1", "p1", "p1:1").sign(new SignedTokens("an-attackers-secret-of-32-bytes-or-more"));

        mvc.perform(post(URL + forged).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown unsubscribe link"));
        mvc.perform(get(URL + forged)).andExpect(status().isNotFound());

        assertThat(suppressions.byAddress).isEmpty();
        assertThat(engagements.recorded).isEmpty();
    }

    @Test
    void shouldRefuseAnAlteredTokenAndRecordNothing() throws Exception {
        String other = new UnsubscribeToken("w1", "p2", null).sign(tokens);
        String altered = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));

        mvc.perform(post(URL + altered).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isNotFound());

        assertThat(suppressions.byAddress).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedTokenAsABadRequest() throws Exception {
        mvc.perform(get(URL + "not-a-token")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed unsubscribe link"));
        mvc.perform(post(URL + "a.b").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isBadRequest());

        assertThat(suppressions.byAddress).isEmpty();
    }

    @Test
    void shouldRefuseAPostWithoutTheOneClickField() throws Exception {
        mvc.perform(post(URL + token).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=Maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("List-Unsubscribe=One-Click")));
        mvc.perform(post(URL + token)).andExpect(status().isBadRequest());

        assertThat(suppressions.byAddress).isEmpty();
        assertThat(engagements.recorded).isEmpty();
    }
}
