package io.opensdr.campaign.web;

import static io.opensdr.campaign.web.CampaignRequestMother.aCampaignRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.opensdr.events.CampaignSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The 5-step setup, one step per request, each validated on its own; launch only when nothing is missing. */
class CampaignSetupApiTest extends WebTestSupport {

    private static final String TARGET = """
            {"titles":["VP Sales"],"seniorities":["VP"],"companySizes":["51-200","10001+"],
             "industries":["Software"],"countries":["FR","DE"]}""";
    private static final String TEMPLATE = """
            {"subject":"{{firstName}}, about {{companyName}}",
             "body":"Hi {{firstName}},\\nAs {{title}} at {{companyName}}... {{meetingLink}}\\n{{senderName}}"}""";
    private static final String MEETING = """
            {"days":["TUESDAY","THURSDAY"],"startHour":10,"endHour":16,"timeZone":"Europe/Paris",
             "schedulerLink":"https://calendly.com/ana/30min"}""";

    @Test
    void shouldTakeACampaignThroughTheFiveStepsOneByOne() throws Exception {
        String id = startCampaign();
        JsonNode started = read(mvc.perform(get("/api/campaigns/" + id + "/setup").with(asDemoUser()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(started.path("launchable").asBoolean()).isFalse();
        assertThat(fieldsOf(started.path("missing"))).containsExactly("targetProfile", "emailTemplate", "meeting");
        assertThat(outboxOf("campaigns", id)).as("an unfinished setup is not published").isEmpty();

        send(put("/api/campaigns/" + id + "/target-profile"), TARGET).andExpect(status().isOk())
                .andExpect(jsonPath("$.targetProfile.countries[1]").value("DE"));
        send(put("/api/campaigns/" + id + "/email-template"), TEMPLATE).andExpect(status().isOk())
                .andExpect(jsonPath("$.emailTemplate.approved").value(false));

        mvc.perform(get("/api/campaigns/" + id + "/email-template/preview").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sampleSource").value("SAMPLE"))
                .andExpect(jsonPath("$.subject").value("Claire, about Northwind Analytics"))
                .andExpect(jsonPath("$.unfilled[0]").value("{{meetingLink}}"));

        JsonNode refused = read(mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Campaign setup incomplete"))
                .andReturn().getResponse().getContentAsString());
        assertThat(fieldsOf(refused.path("missing"))).containsExactly("emailTemplate.approved", "meeting");
        assertThat(refused.path("missing").get(1).path("step").asInt()).isEqualTo(4);

        send(put("/api/campaigns/" + id + "/meeting"), MEETING).andExpect(status().isOk());
        mvc.perform(get("/api/campaigns/" + id + "/email-template/preview").with(asDemoUser()))
                .andExpect(jsonPath("$.body").value("Hi Claire,\nAs VP Sales at Northwind Analytics... "
                        + "https://calendly.com/ana/30min\nOpenSDR Demo"));
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.emailTemplate.approved").value(true));
        mvc.perform(get("/api/campaigns/" + id + "/setup").with(asDemoUser()))
                .andExpect(jsonPath("$.launchable").value(true)).andExpect(jsonPath("$.missing").isEmpty());
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));

        List<CampaignSnapshot> snapshots = outboxOf("campaigns", id).stream().map(CampaignSnapshot.class::cast).toList();
        assertThat(snapshots).as("published from the step that completed the setup on")
                .extracting(snapshot -> snapshot.getStatus().name()).containsExactly("DRAFT", "DRAFT", "ACTIVE");
        assertThat(snapshots.get(2).getMeeting().getSchedulerLink()).isEqualTo("https://calendly.com/ana/30min");
    }

    @Test
    void shouldWithdrawTheTemplateApprovalWhenTheTemplateChanges() throws Exception {
        String id = createWholeCampaign();
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());

        send(put("/api/campaigns/" + id + "/email-template"), TEMPLATE)
                .andExpect(jsonPath("$.emailTemplate.approved").value(false))
                .andExpect(jsonPath("$.missing[0].field").value("emailTemplate.approved"));
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser())).andExpect(status().isConflict());
    }

    @Test
    void shouldApproveTheTemplateInTheWholeCampaignBodyOnlyWhenItSaysSo() throws Exception {
        var request = aCampaignRequest();
        CampaignRequestMother.template(request).put("approved", true);
        String body = mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                        .content(request.toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.emailTemplate.approved").value(true))
                .andExpect(jsonPath("$.missing").isEmpty())
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post("/api/campaigns/" + read(body).path("id").asText() + "/launch").with(asDemoUser()))
                .andExpect(status().isOk());
    }

    @Test
    void shouldValidateEachStepOnItsOwnAndChangeNothingWhenRefused() throws Exception {
        String id = startCampaign();

        assertThat(errorFields(send(put("/api/campaigns/" + id + "/target-profile"), """
                {"titles":[""],"companySizes":["big"],"countries":["France"]}""")))
                .containsExactlyInAnyOrder("titles[0]", "companySizes[0]", "countries[0]");
        assertThat(errorFields(send(put("/api/campaigns/" + id + "/email-template"), """
                {"subject":"Hi {{nickname}}","body":" "}"""))).containsExactlyInAnyOrder("subject", "body");
        assertThat(errorFields(send(put("/api/campaigns/" + id + "/email-template"), """
                {"subject":"Hi","body":"Hello","approved":true}"""))).containsExactly("approved");
        assertThat(errorFields(send(put("/api/campaigns/" + id + "/meeting"), """
                {"days":["FUNDAY"],"startHour":17,"endHour":9,"timeZone":"Mars/Olympus","schedulerLink":"javascript:alert(1)"}""")))
                .containsExactlyInAnyOrder("days[0]", "endHour", "timeZone", "schedulerLink");
        assertThat(errorFields(send(put("/api/campaigns/" + id + "/sending"), """
                {"window":{"days":[],"startHour":18,"endHour":8,"timeZone":"Nowhere","dailyCap":0},
                 "sender":{"fromEmail":"not-an-address","fromName":"Ana\\r\\nBcc: x@y.z","dailyCap":5000}}""")))
                .containsExactlyInAnyOrder("window.days", "window.endHour", "window.timeZone", "window.dailyCap",
                        "sender.fromEmail", "sender.fromName", "sender.dailyCap");
        assertThat(errorFields(send(put("/api/campaigns/" + id + "/prospecting"), """
                {"source":"LINKEDIN","dailyProspectQuota":0}"""))).containsExactlyInAnyOrder("source", "dailyProspectQuota");
        assertThat(errorFields(send(put("/api/campaigns/" + id + "/name-and-sector"), """
                {"name":"","sector":"x"}"""))).containsExactly("name");

        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser()))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.targetProfile").isEmpty())
                .andExpect(jsonPath("$.emailTemplate").isEmpty());
    }

    @Test
    void shouldPublishTheChosenSendingWindowCapsAndSender() throws Exception {
        String id = createWholeCampaign();

        send(put("/api/campaigns/" + id + "/sending"), """
                {"window":{"days":["WEDNESDAY","MONDAY"],"startHour":8,"endHour":12,"timeZone":"America/New_York","dailyCap":40},
                 "sender":{"fromEmail":"ana@acme.example","fromName":"Ana Lopez","dailyCap":25}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sending.days[0]").value("MONDAY"))
                .andExpect(jsonPath("$.sender.fromEmail").value("ana@acme.example"));
        send(put("/api/campaigns/" + id + "/prospecting"), """
                {"source":"CSV","dailyProspectQuota":250}""").andExpect(status().isOk());

        List<CampaignSnapshot> snapshots = outboxOf("campaigns", id).stream().map(CampaignSnapshot.class::cast).toList();
        CampaignSnapshot latest = snapshots.get(snapshots.size() - 1);
        assertThat(latest.getSending().getDays()).containsExactly("MONDAY", "WEDNESDAY");
        assertThat(latest.getSending().getStartHour()).isEqualTo(8);
        assertThat(latest.getSending().getEndHour()).isEqualTo(12);
        assertThat(latest.getSending().getTimeZone()).isEqualTo("America/New_York");
        assertThat(latest.getSending().getDailyCap()).isEqualTo(40);
        assertThat(latest.getSender().getFromEmail()).isEqualTo("ana@acme.example");
        assertThat(latest.getSender().getFromName()).isEqualTo("Ana Lopez");
        assertThat(latest.getSender().getDailyCap()).isEqualTo(25);
        assertThat(latest.getSource().name()).isEqualTo("CSV");
        assertThat(latest.getDailyProspectQuota()).isEqualTo(250);
    }

    @Test
    void shouldRefuseSetupStepsOnceLaunchedButTuneTheSending() throws Exception {
        String id = createWholeCampaign();
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser()));
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser())).andExpect(status().isOk());

        send(put("/api/campaigns/" + id + "/target-profile"), TARGET)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The setup of an ACTIVE campaign cannot change")));
        send(put("/api/campaigns/" + id + "/prospecting"), """
                {"source":"CSV","dailyProspectQuota":50}""")
                .andExpect(status().isConflict());
        send(put("/api/campaigns/" + id + "/prospecting"), """
                {"source":"DEMO","dailyProspectQuota":50}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.dailyProspectQuota").value(50));
        send(put("/api/campaigns/" + id + "/sending"), """
                {"window":{"days":["MONDAY"],"startHour":9,"endHour":11,"dailyCap":10}}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.sending.timeZone").isEmpty());
    }

    @Test
    void shouldCompleteARunningCampaignAndRefuseEverythingAfter() throws Exception {
        String id = createWholeCampaign();
        mvc.perform(post("/api/campaigns/" + id + "/email-template/approve").with(asDemoUser()));
        mvc.perform(post("/api/campaigns/" + id + "/launch").with(asDemoUser())).andExpect(status().isOk());

        mvc.perform(post("/api/campaigns/" + id + "/complete").with(asDemoUser()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(post("/api/campaigns/" + id + "/resume").with(asDemoUser()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A COMPLETED campaign cannot be resumed"));
        List<CampaignSnapshot> snapshots = outboxOf("campaigns", id).stream().map(CampaignSnapshot.class::cast).toList();
        assertThat(snapshots.get(snapshots.size() - 1).getStatus().name()).isEqualTo("COMPLETED");
    }

    @Test
    void shouldActOnEachCampaignOfABulkActionOnItsOwn() throws Exception {
        String active = createWholeCampaign();
        mvc.perform(post("/api/campaigns/" + active + "/email-template/approve").with(asDemoUser()));
        mvc.perform(post("/api/campaigns/" + active + "/launch").with(asDemoUser())).andExpect(status().isOk());
        String draft = createWholeCampaign();
        String theirs = read(mvc.perform(post("/api/campaigns").with(asUserOfAnotherWorkspace())
                        .contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andReturn().getResponse().getContentAsString()).path("id").asText();

        JsonNode answer = read(send(post("/api/campaigns/bulk"),
                "{\"action\":\"PAUSE\",\"ids\":[\"" + active + "\",\"" + draft + "\",\"" + theirs + "\",\"" + active + "\"]}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(answer.path("done").asInt()).isEqualTo(1);
        assertThat(answer.path("refused").asInt()).isEqualTo(1);
        assertThat(answer.path("notFound").asInt()).isEqualTo(1);
        assertThat(answer.path("results")).hasSize(3);
        assertThat(answer.path("results").get(0).path("campaign").path("status").asText()).isEqualTo("PAUSED");
        assertThat(answer.path("results").get(1).path("detail").asText()).isEqualTo("A DRAFT campaign cannot be paused");
        assertThat(answer.path("results").get(2).path("result").asText()).isEqualTo("NOT_FOUND");
        mvc.perform(get("/api/campaigns/" + theirs).with(asUserOfAnotherWorkspace())).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/campaigns/" + draft).with(asDemoUser())).andExpect(jsonPath("$.revision").value(1));
    }

    @Test
    void shouldRefuseUnknownFieldsWrongTypesOperatorsAndOversizedValuesOnEveryCampaignBody() throws Exception {
        String id = createWholeCampaign();
        record Case(MockHttpServletRequestBuilder request, String body, String field) { }
        List<Case> cases = List.of(
                new Case(post("/api/campaigns"), "{\"name\":{\"$gt\":\"\"},\"sector\":\"x\"}", "name"),
                new Case(post("/api/campaigns"), "{\"name\":\"n\",\"sector\":\"x\",\"workspaceId\":\"rival-workspace\"}", "workspaceId"),
                new Case(post("/api/campaigns"), "{\"name\":\"" + "n".repeat(100_000) + "\",\"sector\":\"x\"}", "name"),
                new Case(put("/api/campaigns/" + id + "/name-and-sector"), "{\"name\":\"n\",\"sector\":{\"$ne\":null}}", "sector"),
                new Case(put("/api/campaigns/" + id + "/target-profile"), "{\"titles\":[{\"$gt\":\"\"}]}", "titles[0]"),
                new Case(put("/api/campaigns/" + id + "/target-profile"), "{\"$where\":\"sleep(1000)\"}", "$where"),
                new Case(put("/api/campaigns/" + id + "/target-profile"), "{\"titles\":" + manyTitles(51) + "}", "titles"),
                new Case(put("/api/campaigns/" + id + "/email-template"), "{\"subject\":\"s\",\"body\":\"" + "b".repeat(10_001) + "\"}", "body"),
                new Case(put("/api/campaigns/" + id + "/meeting"), "{\"days\":[\"MONDAY\"],\"startHour\":\"nine\",\"endHour\":17,\"timeZone\":\"UTC\"}", "startHour"),
                new Case(put("/api/campaigns/" + id + "/prospecting"), "{\"source\":\"DEMO\",\"dailyProspectQuota\":10,\"extra\":1}", "extra"),
                new Case(put("/api/campaigns/" + id + "/sending"), "{\"window\":{\"days\":[\"MONDAY\"],\"startHour\":9,\"endHour\":10,\"dailyCap\":{\"$gt\":0}}}", "window.dailyCap"),
                new Case(put("/api/campaigns/" + id + "/qualification"), "{\"threshold\":{\"$gt\":0}}", "threshold"),
                new Case(post("/api/campaigns/bulk"), "{\"action\":\"STOP\",\"ids\":[{\"$gt\":\"\"}]}", "ids[0]"),
                new Case(post("/api/campaigns/bulk"), "{\"action\":\"DELETE\",\"ids\":[\"" + id + "\"]}", "action"),
                new Case(post("/api/campaigns/bulk"), "{\"action\":\"STOP\",\"ids\":" + manyTitles(101) + "}", "ids"));
        for (Case c : cases) {
            assertThat(errorFields(send(c.request(), c.body()))).as(c.body().length() > 200 ? c.field() : c.body())
                    .contains(c.field());
        }
        mvc.perform(get("/api/campaigns/" + id).with(asDemoUser()))
                .andExpect(jsonPath("$.revision").value(1)).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    private static String manyTitles(int count) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            titles.add("\"t" + i + "\"");
        }
        return "[" + String.join(",", titles) + "]";
    }

    private String startCampaign() throws Exception {
        String body = mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nordic fintech\",\"sector\":\"Fintech\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return read(body).path("id").asText();
    }

    private String createWholeCampaign() throws Exception {
        String body = mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                        .content(aCampaignRequest().toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return read(body).path("id").asText();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(asDemoUser()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<String> errorFields(ResultActions result) throws Exception {
        JsonNode problem = read(result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static List<String> fieldsOf(JsonNode missing) {
        List<String> fields = new ArrayList<>();
        missing.forEach(gap -> fields.add(gap.path("field").asText()));
        return fields;
    }
}
