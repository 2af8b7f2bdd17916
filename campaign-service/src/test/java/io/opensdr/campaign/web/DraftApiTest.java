package io.opensdr.campaign.web;

import static io.opensdr.campaign.web.CampaignRequestMother.aCampaignRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.Recipient;
import io.opensdr.campaign.domain.ReviewQueue;
import io.opensdr.events.EmailApproved;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class DraftApiTest extends WebTestSupport {

    private static final Instant DRAFTED_AT = Instant.parse("2026-01-08T10:00:00Z");

    @Autowired ReviewQueue reviewQueue;

    private String campaignId;

    @BeforeEach
    void anActiveCampaign() throws Exception {
        campaignId = createCampaign();
        mvc.perform(post("/api/campaigns/" + campaignId + "/email-template/approve").with(asDemoUser())).andExpect(status().isOk());
        mvc.perform(post("/api/campaigns/" + campaignId + "/launch").with(asDemoUser())).andExpect(status().isOk());
    }

    @Test
    void shouldListTheCampaignsPendingDraftsNewestFirst() throws Exception {
        String older = draftFor(campaignId, DRAFTED_AT);
        String newer = draftFor(campaignId, DRAFTED_AT.plusSeconds(60));

        mvc.perform(get("/api/drafts").param("status", "PENDING").param("campaignId", campaignId).with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(newer))
                .andExpect(jsonPath("$[1].id").value(older))
                .andExpect(jsonPath("$[0].campaignId").value(campaignId))
                .andExpect(jsonPath("$[0].recipient.firstName").value("Grace"))
                .andExpect(jsonPath("$[0].recipient.email").value("grace@acme.example"))
                .andExpect(jsonPath("$[0].recipient.companyName").value("Acme"))
                .andExpect(jsonPath("$[0].bantScore").value(78))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].createdAt").value("2026-01-08T10:01:00Z"));
    }

    @Test
    void shouldApproveOnceAndRecordOneEmailApprovedWhenPressedTwice() throws Exception {
        String draftId = draftFor(campaignId, DRAFTED_AT);
        String edit = """
                {"subject": "Grace, quick question", "body": "Hi Grace,\\n\\nEdited by a human."}""";

        String first = mvc.perform(post("/api/drafts/" + draftId + "/approve").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.subject").value("Grace, quick question"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/drafts/" + draftId + "/approve").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().isOk())
                .andExpect(content().json(first, true));

        assertThat(outboxOf("drafts", draftId)).singleElement().isInstanceOfSatisfying(EmailApproved.class, approved -> {
            assertThat(approved.getDraftId()).isEqualTo(draftId);
            assertThat(approved.getCampaignId()).isEqualTo(campaignId);
            assertThat(approved.getWorkspaceId()).isEqualTo(DEMO_WORKSPACE);
            assertThat(approved.getSubject()).isEqualTo("Grace, quick question");
            assertThat(approved.getBody()).isEqualTo("Hi Grace,\n\nEdited by a human.");
            assertThat(approved.getEdited()).isTrue();
            assertThat(approved.getApprovedBy()).isEqualTo("demo-user");
            assertThat(approved.getRecipient().getEmail()).isEqualTo("grace@acme.example");
            assertThat(approved.getRecipient().getCompanyDomain()).isEqualTo("acme.example");
        });
    }

    @Test
    void shouldApproveTheDraftedTextWhenNoEditIsSent() throws Exception {
        String draftId = draftFor(campaignId, DRAFTED_AT);

        mvc.perform(post("/api/drafts/" + draftId + "/approve").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Grace, a quicker way to fill Acme's pipeline"));

        assertThat(outboxOf("drafts", draftId)).singleElement()
                .isInstanceOfSatisfying(EmailApproved.class, approved -> assertThat(approved.getEdited()).isFalse());
    }

    @Test
    void shouldRefuseAnEditWithABlankBodyOrASubjectOver200Characters() throws Exception {
        String draftId = draftFor(campaignId, DRAFTED_AT);

        mvc.perform(post("/api/drafts/" + draftId + "/approve").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"" + "s".repeat(201) + "\", \"body\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'body')]").exists());
        mvc.perform(get("/api/drafts").param("campaignId", campaignId).with(asDemoUser()))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
    }

    @Test
    void shouldAnswer409ToApprovingADraftOfACampaignThatIsNotRunning() throws Exception {
        String notLaunched = createCampaign();
        String draftId = draftFor(notLaunched, DRAFTED_AT);

        mvc.perform(post("/api/drafts/" + draftId + "/approve").with(asDemoUser()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("Drafts of a DRAFT campaign cannot be approved")));

        assertThat(outboxOf("drafts", draftId)).isEmpty();
    }

    @Test
    void shouldRejectADraftWithAReasonAndThenRefuseToApproveIt() throws Exception {
        String draftId = draftFor(campaignId, DRAFTED_AT);

        mvc.perform(post("/api/drafts/" + draftId + "/reject").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Not our market\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/drafts/" + draftId + "/approve").with(asDemoUser()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A REJECTED draft cannot be approved"));

        assertThat(outboxOf("drafts", draftId)).isEmpty();
        mvc.perform(get("/api/drafts").param("status", "REJECTED").param("campaignId", campaignId).with(asDemoUser()))
                .andExpect(jsonPath("$[0].id").value(draftId));
    }

    @Test
    void shouldHideADraftFromAnotherWorkspace() throws Exception {
        String draftId = draftFor(campaignId, DRAFTED_AT);

        mvc.perform(post("/api/drafts/" + draftId + "/approve").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/drafts/" + draftId + "/reject").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/drafts").param("campaignId", campaignId).with(asUserOfAnotherWorkspace()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/drafts").param("campaignId", campaignId).with(asDemoUser()))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
    }

    @Test
    void shouldAnswer400ToAnUnknownStatusFilter() throws Exception {
        mvc.perform(get("/api/drafts").param("status", "MAYBE").with(asDemoUser()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    private String createCampaign() throws Exception {
        String body = mvc.perform(post("/api/campaigns").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return read(body).path("id").asText();
    }

    /** A draft proposed by outreach, as the EmailDrafted listener hands it to the review queue. */
    private String draftFor(String campaign, Instant draftedAt) {
        String draftId = "draft-" + UUID.randomUUID();
        reviewQueue.receive(Draft.proposed(draftId, DEMO_WORKSPACE, campaign, "prospect-" + UUID.randomUUID(), 1,
                new Recipient("Grace", "Hopper", "grace@acme.example", "VP Sales", "Acme", "acme.example", "Software",
                        "Europe/Paris"),
                "Grace, a quicker way to fill Acme's pipeline", "Hi Grace,\n\nShall we talk?", 78, draftedAt));
        return draftId;
    }
}
