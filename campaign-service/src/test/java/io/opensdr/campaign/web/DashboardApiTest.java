package io.opensdr.campaign.web;

import static io.opensdr.campaign.web.CampaignRequestMother.aCampaignRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.opensdr.campaign.domain.Engagement;
import io.opensdr.campaign.domain.HotLead;
import io.opensdr.campaign.domain.MeetingChange;
import io.opensdr.campaign.domain.ProspectProgress;
import io.opensdr.campaign.domain.ProspectRef;
import io.opensdr.campaign.domain.Qualification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The dashboard, campaign card and tracker endpoints, scoped to the caller's workspace. */
class DashboardApiTest extends WebTestSupport {

    @Autowired ProspectProgress progress;

    @Test
    void shouldShowTheWorkspacesMetricsBarCardsAndHotLeads() throws Exception {
        JsonNode before = dashboard();
        String campaignId = createCampaign();
        ProspectRef hot = pipelineOfOneProspect(campaignId, true);
        pipelineOfOneProspect(campaignId, false);

        JsonNode after = dashboard();

        assertThat(delta(before, after, "/metricsBar/prospectsFound")).isEqualTo(2);
        assertThat(delta(before, after, "/metricsBar/qualified")).isEqualTo(2);
        assertThat(delta(before, after, "/metricsBar/emailsSent")).isEqualTo(2);
        assertThat(delta(before, after, "/metricsBar/responses")).isEqualTo(2);
        assertThat(after.at("/version").asLong()).isGreaterThan(before.at("/version").asLong());
        assertThat(after.at("/campaignStatus/byStatus/DRAFT").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode card = campaignCard(after, campaignId);
        assertThat(card.at("/counts/meetingsBooked").asLong()).isEqualTo(2);
        assertThat(card.at("/rates/reply").asDouble()).isEqualTo(1.0);
        assertThat(after.at("/engagement/recentDays")).hasSize(14);
        assertThat(after.at("/engagement/recentDays/13/day").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(after.at("/hotLeads/0/prospectId").asText()).isEqualTo(hot.prospectId());
        assertThat(after.at("/hotLeads/0/campaignName").asText()).isEqualTo(card.path("name").asText());
        assertThat(after.at("/hotLeads/0/score").asInt()).isEqualTo(92);
    }

    @Test
    void shouldServeTheTrackersSeriesAndFunnelAndTheMetricsFromTheSameCounters() throws Exception {
        String campaignId = createCampaign();
        pipelineOfOneProspect(campaignId, false);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String weekAgo = LocalDate.now(ZoneOffset.UTC).minusDays(6).toString();

        JsonNode tracker = read(mvc.perform(get("/api/dashboard/campaigns/" + campaignId + "/tracker")
                        .param("from", weekAgo).param("to", today).with(asDemoUser()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(tracker.path("days")).hasSize(7);
        assertThat(tracker.at("/days/6/day").asText()).isEqualTo(today);
        assertThat(tracker.at("/days/6/counts/emailsSent").asLong()).isEqualTo(1);
        assertThat(tracker.at("/days/6/counts/humanOpens").asLong()).isEqualTo(1);
        assertThat(tracker.at("/days/6/runningRates/open").asDouble()).isEqualTo(1.0);
        assertThat(tracker.at("/days/0/counts/emailsSent").asLong()).isZero();
        assertThat(tracker.at("/rangeTotals/meetingsBooked").asLong()).isEqualTo(1);
        assertThat(tracker.path("funnel")).extracting(stage -> stage.path("stage").asText())
                .containsExactly("found", "qualified", "drafted", "approved", "sent", "opened", "replied", "meeting");
        assertThat(tracker.path("funnel")).allSatisfy(stage -> assertThat(stage.path("prospects").asLong()).isEqualTo(1));
        mvc.perform(get("/api/campaigns/" + campaignId + "/metrics").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.prospectsFound").value(1))
                .andExpect(jsonPath("$.emailsSent").value(1))
                .andExpect(jsonPath("$.meetingsBooked").value(1));
        mvc.perform(get("/api/dashboard/campaigns/" + campaignId).with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaign.id").value(campaignId))
                .andExpect(jsonPath("$.metricsBar.responses").value(1))
                .andExpect(jsonPath("$.funnel[7].prospects").value(1))
                .andExpect(jsonPath("$.recentDays.length()").value(14));
    }

    @Test
    void shouldAnswerNotFoundForAnotherWorkspacesCampaign() throws Exception {
        String campaignId = createCampaign();
        pipelineOfOneProspect(campaignId, true);

        mvc.perform(get("/api/dashboard/campaigns/" + campaignId).with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/dashboard/campaigns/" + campaignId + "/tracker").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/dashboard").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metricsBar.prospectsFound").value(0))
                .andExpect(jsonPath("$.hotLeads.length()").value(0))
                .andExpect(jsonPath("$.campaignStatus.campaigns.length()").value(0));
    }

    @Test
    void shouldRefuseAnInvalidTrackerRangeWithAProblem() throws Exception {
        String campaignId = createCampaign();
        String tracker = "/api/dashboard/campaigns/" + campaignId + "/tracker";

        mvc.perform(get(tracker).param("from", "yesterday").with(asDemoUser()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(tracker).param("from", "2026-02-10").param("to", "2026-02-01").with(asDemoUser()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(tracker).param("from", "2024-01-01").param("to", "2026-01-01").with(asDemoUser()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get(tracker).param("to", "{\"$gt\":\"\"}").with(asDemoUser()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/dashboard"))
                .andExpect(status().isUnauthorized());
    }

    private ProspectRef pipelineOfOneProspect(String campaignId, boolean hot) {
        ProspectRef prospect = new ProspectRef(DEMO_WORKSPACE, campaignId, "prospect-" + UUID.randomUUID());
        Instant now = Instant.now();
        HotLead lead = hot ? new HotLead(prospect.prospectId(), campaignId, "Claire Martin", "VP Sales", "Acme", 92, now) : null;
        for (int delivery = 0; delivery < 2; delivery++) {
            progress.found(prospect, now);
            progress.qualified(prospect, Qualification.QUALIFIED, hot, lead, now);
            progress.drafted(prospect);
            progress.approved(prospect, now);
            progress.sent(prospect, 1, now);
            progress.engaged(prospect, Engagement.DELIVERED, false, now);
            progress.engaged(prospect, Engagement.OPENED, false, now);
            progress.engaged(prospect, Engagement.REPLIED, false, now);
            progress.meeting(prospect, MeetingChange.BOOKED, now);
        }
        return prospect;
    }

    private JsonNode dashboard() throws Exception {
        return read(mvc.perform(get("/api/dashboard").with(asDemoUser()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String createCampaign() throws Exception {
        String body = mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return read(body).path("id").asText();
    }

    private static JsonNode campaignCard(JsonNode dashboard, String campaignId) {
        for (JsonNode card : dashboard.at("/campaignStatus/campaigns")) {
            if (card.path("id").asText().equals(campaignId)) {
                return card;
            }
        }
        throw new AssertionError("no card for campaign " + campaignId + " in " + dashboard);
    }

    private static long delta(JsonNode before, JsonNode after, String pointer) {
        return after.at(pointer).asLong() - before.at(pointer).asLong();
    }
}
