package io.opensdr.campaign.web;

import static io.opensdr.campaign.web.CampaignRequestMother.aCampaignRequest;
import static io.opensdr.campaign.web.CampaignRequestMother.meeting;
import static io.opensdr.campaign.web.CampaignRequestMother.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.MailTransport;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.QualificationSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class CampaignApiTest extends WebTestSupport {

    @Test
    void shouldCreateADraftCampaignWithTheDefaultThresholdAndQuota() throws Exception {
        String body = mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/campaigns/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.name").value("Sales leaders in European software"))
                .andExpect(jsonPath("$.threshold").value(60))
                .andExpect(jsonPath("$.source").value("DEMO"))
                .andExpect(jsonPath("$.qualification.threshold").value(60))
                .andExpect(jsonPath("$.qualification.reviewBand").value(5))
                .andExpect(jsonPath("$.qualification.hotScore").value(80))
                .andExpect(jsonPath("$.qualification.weights.budget").value(25))
                .andExpect(jsonPath("$.qualification.weights.timeline").value(25))
                .andExpect(jsonPath("$.dailyProspectQuota").value(100))
                .andExpect(jsonPath("$.targetProfile.countries[1]").value("DE"))
                .andExpect(jsonPath("$.emailTemplate.subject").value("{{firstName}}, a quicker way to fill {{companyName}}'s pipeline"))
                .andExpect(jsonPath("$.meeting.days[0]").value("MONDAY"))
                .andExpect(jsonPath("$.meeting.timeZone").value("Europe/Paris"))
                .andExpect(jsonPath("$.meeting.schedulerLink").value("https://calendly.com/opensdr-demo/20min"))
                .andExpect(jsonPath("$.createdAt").isString())
                .andExpect(jsonPath("$.launchedAt").isEmpty())
                .andReturn().getResponse().getContentAsString();
        String id = read(body).path("id").asText();

        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(content().json(body, true));
        mvc.perform(get("/api/campaigns").with(asDemoUser()))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void shouldKeepAChosenThresholdAndQuota() throws Exception {
        ObjectNode request = aCampaignRequest().put("threshold", 75).put("dailyProspectQuota", 40);

        mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.threshold").value(75))
                .andExpect(jsonPath("$.dailyProspectQuota").value(40));
    }

    @Test
    void shouldKeepAChosenSourceAndBantSettings() throws Exception {
        ObjectNode request = aCampaignRequest().put("source", "CSV");
        ObjectNode qualification = request.putObject("qualification")
                .put("threshold", 70).put("reviewBand", 8).put("hotScore", 85);
        qualification.putObject("weights").put("budget", 10).put("authority", 40).put("need", 30).put("timeline", 20);

        String body = mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = read(body).path("id").asText();

        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser()))
                .andExpect(jsonPath("$.source").value("CSV"))
                .andExpect(jsonPath("$.threshold").value(70))
                .andExpect(content().json("""
                        {"qualification":{"threshold":70,"reviewBand":8,"hotScore":85,
                          "weights":{"budget":10,"authority":40,"need":30,"timeline":20}}}"""));
        CampaignSnapshot created = (CampaignSnapshot) outboxOf("campaigns", id).get(0);
        assertThat(created.getSource()).isEqualTo(ProspectSource.CSV);
        assertThat(created.getQualification()).isEqualTo(new QualificationSettings(70, 8, 85, 10, 40, 30, 20));
    }

    @Test
    void shouldFillLeftOutBantFieldsWithDefaultsAndKeepTheOldTopLevelThreshold() throws Exception {
        ObjectNode request = aCampaignRequest().put("threshold", 90);
        request.putObject("qualification").putObject("weights").put("need", 50);

        mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.threshold").value(90))
                .andExpect(content().json("""
                        {"source":"DEMO","qualification":{"threshold":90,"reviewBand":5,"hotScore":90,
                          "weights":{"budget":25,"authority":25,"need":50,"timeline":25}}}"""));
    }

    @Test
    void shouldRefuseAThresholdGivenTwiceWithDifferentValues() throws Exception {
        ObjectNode request = aCampaignRequest().put("threshold", 70);
        request.putObject("qualification").put("threshold", 65);

        mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "The threshold is given twice with different values (70 and qualification.threshold 65); give it once"));
    }

    @Test
    void shouldListEveryInvalidSourceAndBantField() throws Exception {
        ObjectNode request = aCampaignRequest().put("source", "LINKEDIN");
        ObjectNode qualification = request.putObject("qualification")
                .put("threshold", 70).put("reviewBand", 51).put("hotScore", 65);
        qualification.putObject("weights").put("budget", -1).put("authority", 101).put("need", 0).put("timeline", 0);

        JsonNode problem = read(mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andReturn().getResponse().getContentAsString());

        assertThat(fields(problem)).containsExactlyInAnyOrder("source", "qualification.reviewBand",
                "qualification.hotScore", "qualification.weights.budget", "qualification.weights.authority");
        assertThat(messageOf(problem, "source")).isEqualTo("must be one of DEMO, ROCKETREACH, CSV");
        assertThat(messageOf(problem, "qualification.hotScore")).isEqualTo("must be at least the threshold");
    }

    @Test
    void shouldRefuseWeightsThatAreAllZero() throws Exception {
        ObjectNode request = aCampaignRequest();
        request.putObject("qualification").putObject("weights")
                .put("budget", 0).put("authority", 0).put("need", 0).put("timeline", 0);

        JsonNode problem = read(mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());

        assertThat(fields(problem)).containsExactly("qualification.weights");
        assertThat(messageOf(problem, "qualification.weights")).isEqualTo("at least one weight must be positive");
    }

    @Test
    void shouldChangeTheBantSettingsOfARunningCampaignAndRecordANewSnapshot() throws Exception {
        String id = createCampaign(asDemoUser());
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser())).andExpect(status().isOk());

        mvc.perform(put("/api/campaigns/" + id + "/qualification").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"threshold":55,"reviewBand":10,"hotScore":75,
                                 "weights":{"budget":40,"authority":20,"need":20,"timeline":20}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.threshold").value(55))
                .andExpect(jsonPath("$.qualification.hotScore").value(75))
                .andExpect(jsonPath("$.qualification.weights.budget").value(40));

        List<CampaignSnapshot> snapshots = outboxOf("campaigns", id).stream().map(CampaignSnapshot.class::cast).toList();
        assertThat(snapshots).extracting(CampaignSnapshot::getRevision).containsExactly(1L, 2L, 3L, 4L);
        CampaignSnapshot requalified = snapshots.get(3);
        assertThat(requalified.getStatus().name()).isEqualTo("ACTIVE");
        assertThat(requalified.getQualification()).isEqualTo(new QualificationSettings(55, 10, 75, 40, 20, 20, 20));
        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser())).andExpect(jsonPath("$.qualification.reviewBand").value(10));
    }

    @Test
    void shouldAnswer409ToNewBantSettingsForAStoppedCampaignAndRecordNothing() throws Exception {
        String id = createCampaign(asDemoUser());
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/stop").with(asDemoUser())).andExpect(status().isOk());

        mvc.perform(put("/api/campaigns/" + id + "/qualification").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"threshold\":50}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("A STOPPED campaign cannot be given new qualification settings"));

        assertThat(outboxOf("campaigns", id)).hasSize(4);
        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser())).andExpect(jsonPath("$.threshold").value(60));
    }

    @Test
    void shouldAnswerAProblemWithFieldErrorsToInvalidNewBantSettingsAndKeepTheOldOnes() throws Exception {
        String id = createCampaign(asDemoUser());

        mvc.perform(put("/api/campaigns/" + id + "/qualification").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"threshold\":-5,\"weights\":{\"need\":200}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "threshold", "weights.need")));

        assertThat(outboxOf("campaigns", id)).hasSize(1);
        mvc.perform(put("/api/campaigns/" + id + "/qualification").with(asUserOfAnotherWorkspace())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldListEveryInvalidFieldOfACampaign() throws Exception {
        ObjectNode request = aCampaignRequest().put("name", "").put("threshold", 101).put("dailyProspectQuota", 0);
        template(request).put("body", "Hi {{firstName}}, we met at {{event}}");
        meeting(request).put("startHour", 18).put("endHour", 9).put("timeZone", "Mars/Olympus");
        meeting(request).putArray("days").add("FUNDAY");

        JsonNode problem = read(mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andReturn().getResponse().getContentAsString());

        assertThat(fields(problem)).containsExactlyInAnyOrder("name", "threshold", "dailyProspectQuota",
                "emailTemplate.body", "meeting.endHour", "meeting.timeZone", "meeting.days[0]");
        assertThat(messageOf(problem, "emailTemplate.body"))
                .startsWith("Unknown merge field {{event}}; use {{firstName}}, {{lastName}}, {{title}}, {{companyName}}");
        assertThat(messageOf(problem, "meeting.endHour")).isEqualTo("must be later than the start hour");
    }

    @Test
    void shouldRequireTheTemplateSectorAndHours() throws Exception {
        ObjectNode request = aCampaignRequest();
        request.remove("sector");
        template(request).put("subject", " ");
        meeting(request).remove("startHour");
        meeting(request).put("endHour", 25);

        JsonNode problem = read(mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());

        assertThat(fields(problem)).containsExactlyInAnyOrder("sector", "emailTemplate.subject", "meeting.startHour",
                "meeting.endHour");
    }

    @Test
    void shouldRefuseANameLongerThan120Characters() throws Exception {
        ObjectNode request = aCampaignRequest().put("name", "x".repeat(121));

        mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void shouldAnswerAProblemToABodyThatIsNotJson() throws Exception {
        mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void shouldLaunchPauseResumeAndStopACampaign() throws Exception {
        String id = createCampaign(asDemoUser());

        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.launchedAt").isString());
        mvc.perform(post("/api/campaigns/" + id + "/pause").with(asDemoUser()))
                .andExpect(jsonPath("$.status").value("PAUSED"));
        mvc.perform(post("/api/campaigns/" + id + "/resume").with(asDemoUser()))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(post("/api/campaigns/" + id + "/stop").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STOPPED"));
        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser()))
                .andExpect(jsonPath("$.status").value("STOPPED"));
    }

    @Test
    void shouldRecordTheWholeCampaignAsASnapshotInItsOutboxAtEveryChange() throws Exception {
        String id = createCampaign(asDemoUser());
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/pause").with(asDemoUser())).andExpect(status().isOk());

        List<CampaignSnapshot> snapshots = outboxOf("campaigns", id).stream().map(CampaignSnapshot.class::cast).toList();

        assertThat(snapshots).extracting(CampaignSnapshot::getRevision).containsExactly(1L, 2L, 3L, 4L);
        assertThat(snapshots).extracting(snapshot -> snapshot.getStatus().name()).containsExactly("DRAFT", "DRAFT", "ACTIVE", "PAUSED");
        assertThat(snapshots).extracting(snapshot -> snapshot.getEmailTemplate().getApproved()).containsExactly(false, true, true, true);
        CampaignSnapshot paused = snapshots.get(3);
        assertThat(paused.getCampaignId()).isEqualTo(id);
        assertThat(paused.getWorkspaceId()).isEqualTo(DEMO_WORKSPACE);
        assertThat(paused.getQualification().getThreshold()).isEqualTo(60);
        assertThat(paused.getDailyProspectQuota()).isEqualTo(100);
        assertThat(paused.getMeeting().getDays()).containsExactly("MONDAY", "TUESDAY");
        assertThat(paused.getMeeting().getTimeZone()).isEqualTo("Europe/Paris");
        assertThat(paused.getTargetProfile().getTitles()).containsExactly("VP Sales", "Head of Sales");
        assertThat(paused.getSender().getFromEmail()).isEqualTo("sdr@demo.opensdr.local");
        assertThat(paused.getSender().getFromName()).isEqualTo("OpenSDR Demo");
        assertThat(paused.getSender().getTransport()).isEqualTo(MailTransport.SMTP);
        assertThat(paused.getSender().getDailyCap()).isEqualTo(30);
        assertThat(snapshots).extracting(CampaignSnapshot::getEventId).doesNotHaveDuplicates();
    }

    @Test
    void shouldRecordNoSnapshotForARefusedTransition() throws Exception {
        String id = createCampaign(asDemoUser());

        mvc.perform(post("/api/campaigns/" + id + "/resume").with(asDemoUser())).andExpect(status().isConflict());

        assertThat(outboxOf("campaigns", id)).hasSize(1);
    }

    @Test
    void shouldAnswer409WithAClearDetailToAnIllegalTransition() throws Exception {
        String id = createCampaign(asDemoUser());
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/stop").with(asDemoUser())).andExpect(status().isOk());

        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("A STOPPED campaign cannot be launched"));
    }

    @Test
    void shouldAnswer409ToPausingADraft() throws Exception {
        String id = createCampaign(asDemoUser());

        mvc.perform(post("/api/campaigns/" + id + "/pause").with(asDemoUser()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A DRAFT campaign cannot be paused"));
    }

    @Test
    void shouldHideACampaignFromAnotherWorkspace() throws Exception {
        String id = createCampaign(asDemoUser());

        mvc.perform(get("/api/campaigns/" + id).with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/campaigns/" + id + "/metrics").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/campaigns").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser())).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void shouldAnswer404ToAnUnknownCampaign() throws Exception {
        mvc.perform(get("/api/campaigns/no-such-campaign").with(asDemoUser()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Campaign no-such-campaign was not found"));
    }

    @Test
    void shouldShowZeroMetricsForANewCampaign() throws Exception {
        String id = createCampaign(asDemoUser());

        mvc.perform(get("/api/campaigns/" + id + "/metrics").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"prospectsFound":0,"qualified":0,"inReview":0,"rejected":0,"emailsDrafted":0,
                         "emailsApproved":0,"emailsSent":0,"delivered":0,"humanOpens":0,"clicks":0,"replies":0,
                         "bounces":0,"unsubscribes":0,"spamReports":0,"meetingsBooked":0}""", true));
    }

    private String createCampaign(RequestPostProcessor user) throws Exception {
        String body = mvc.perform(post("/api/campaigns").with(user)
                        .contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return read(body).path("id").asText();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static String messageOf(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error on " + field + " in " + problem);
    }
}
