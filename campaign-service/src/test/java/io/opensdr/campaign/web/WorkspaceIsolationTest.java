package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.Prospects;
import io.opensdr.campaign.domain.Qualification;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.Recipient;
import io.opensdr.campaign.domain.ReviewQueue;
import io.opensdr.kit.security.PublicEndpoints;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.kit.testing.WorkspaceIsolationContract;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A member of workspace A gets 404 for every resource of workspace B, on every endpoint, and
 * nobody gets anything without credentials. The endpoints come from Spring MVC's own mapping:
 * a new endpoint fails {@code shouldCoverEveryEndpoint} ({@link WorkspaceIsolationContract}) until it has a case in {@link #ENDPOINTS}
 * (one line; see "How to cover a new endpoint" below) or is public (SecurityConfiguration#openRoutes).
 *
 * <p>How to cover a new endpoint: add one line to {@link #ENDPOINTS}, with the path exactly as
 * mapped. Its path variables are filled from {@link #idsOfWorkspaceB} ({@code "campaigns.id"} is the
 * {@code {id}} after {@code /campaigns/}); add an id there if the endpoint names a new kind of
 * resource. {@code get/post/put/patch/delete(pattern[, json])} or {@code add(method, pattern,
 * uri -> request)} for a resource of B (A must get 404, B must not get 401/403/404/5xx);
 * {@code listing(pattern)} or {@code callersOwn(method, pattern, uri -> request)} for an endpoint
 * that names no resource (A's answer must mention none of B's ids). Cases run in their order, so
 * a case that ends something (stop) goes last.
 */
class WorkspaceIsolationTest extends WebTestSupport implements WorkspaceIsolationContract {

    /** One line per endpoint. B is the demo workspace, A the rival one. */
    static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
            .listing("/api/me")
            .listing("/api/workspaces")
            .get("/api/workspaces/{id}/members")
            .post("/api/workspaces/{id}/invitations", "{\"email\":\"invitee-" + UUID.randomUUID() + "@example.com\"}")
            .get("/api/workspaces/{id}/invitations")
            .delete("/api/workspaces/{id}/invitations/{invitationId}")
            .put("/api/workspaces/{id}/members/{userId}/role", "{\"role\":\"OWNER\"}")
            .delete("/api/workspaces/{id}/members/{userId}")
            .post("/api/auth/switch-workspace", "{\"workspaceId\":\"" + DEMO_WORKSPACE + "\"}")
            .listing("/api/campaigns")
            .callersOwn(HttpMethod.POST, "/api/campaigns", uri -> post(uri).contentType(MediaType.APPLICATION_JSON)
                    .content(CampaignRequestMother.aCampaignRequest().toString()))
            .get("/api/campaigns/{id}")
            .get("/api/campaigns/{id}/metrics")
            .post("/api/campaigns/{id}/launch", null)
            .put("/api/campaigns/{id}/qualification", "{\"threshold\":70}")
            .get("/api/campaigns/{id}/setup")
            .put("/api/campaigns/{id}/name-and-sector", "{\"name\":\"Renamed\",\"sector\":\"Software\"}")
            .put("/api/campaigns/{id}/target-profile", "{\"titles\":[\"VP Sales\"],\"countries\":[\"FR\"]}")
            .put("/api/campaigns/{id}/email-template", "{\"subject\":\"Hi {{firstName}}\",\"body\":\"Hello {{firstName}}, {{meetingLink}}\"}")
            .get("/api/campaigns/{id}/email-template/preview")
            .post("/api/campaigns/{id}/email-template/approve", null)
            .put("/api/campaigns/{id}/meeting", "{\"days\":[\"MONDAY\"],\"startHour\":9,\"endHour\":17,"
                    + "\"timeZone\":\"Europe/Paris\",\"schedulerLink\":\"https://calendly.com/demo/30min\"}")
            .put("/api/campaigns/{id}/prospecting", "{\"source\":\"DEMO\",\"dailyProspectQuota\":50}")
            .put("/api/campaigns/{id}/sending", "{\"window\":{\"days\":[\"MONDAY\"],\"startHour\":9,\"endHour\":17,\"dailyCap\":20}}")
            .callersOwn(HttpMethod.POST, "/api/campaigns/bulk", uri -> post(uri).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"action\":\"PAUSE\",\"ids\":[\"no-such-campaign\"]}"))
            .listing("/api/drafts")
            .callersOwn(HttpMethod.POST, "/api/drafts/bulk-approve", uri -> post(uri).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"ids\":[\"no-such-draft\"]}"))
            .listing("/api/prospects")
            .get("/api/prospects/{id}")
            .listing("/api/review/prospects")
            .post("/api/review/prospects/{id}/qualify", null)
            .post("/api/review/prospects/{id}/reject", "{\"reason\":\"Not our market\"}")
            .post("/api/drafts/{id}/approve", null)
            .post("/api/drafts/{id}/reject", "{\"reason\":\"Not our market\"}")
            .listing("/api/dashboard")
            .get("/api/dashboard/campaigns/{id}")
            .get("/api/dashboard/campaigns/{id}/tracker")
            .listing("/api/dashboard/stream")
            .post("/api/campaigns/{id}/pause", null)
            .post("/api/campaigns/{id}/resume", null)
            .post("/api/campaigns/{id}/complete", null)
            .post("/api/campaigns/{id}/stop", null);

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired PublicEndpoints publicEndpoints;
    @Autowired ReviewQueue reviewQueue;
    @Autowired Prospects prospects;

    @Override
    public WorkspaceIsolation isolationCases() {
        return ENDPOINTS;
    }

    @Override
    public MockMvc mockMvc() {
        return mvc;
    }

    @Override
    public RequestMappingHandlerMapping handlerMapping() {
        return mapping;
    }

    @Override
    public PublicEndpoints publicEndpoints() {
        return publicEndpoints;
    }

    @Override
    public String memberOfWorkspaceA() {
        return basic(OTHER_EMAIL, OTHER_PASSWORD);
    }

    @Override
    public String memberOfWorkspaceB() {
        return basic(DEMO_EMAIL, DEMO_PASSWORD);
    }

    /** Workspace B's resources: the demo workspace, one of its campaigns (launched) and a pending draft. */
    @Override
    public Map<String, String> idsOfWorkspaceB() throws Exception {
        String campaignId = read(mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                        .content(CampaignRequestMother.aCampaignRequest().toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asText();
        String draftId = "draft-" + UUID.randomUUID();
        reviewQueue.receive(Draft.proposed(draftId, DEMO_WORKSPACE, campaignId, "prospect-" + UUID.randomUUID(), 1,
                new Recipient("Grace", "Hopper", "grace@acme.example", "VP Sales", "Acme", "acme.example", "Software",
                        "Europe/Paris"),
                "Grace, a quicker way to fill Acme's pipeline", "Hi Grace,\n\nShall we talk?", 78, Instant.now()));
        String prospectId = "prospect-" + UUID.randomUUID();
        prospects.qualified(new ProspectRecord(prospectId, DEMO_WORKSPACE, campaignId, null,
                new ProspectRecord.Person("Ada", "Lovelace", "ada@acme.example", "CTO", "Acme", "acme.example", "Software", null),
                ProspectStatus.REVIEW, new ProspectRecord.Bant(57, new ProspectRecord.Criterion(50, "b"),
                        new ProspectRecord.Criterion(60, "a"), new ProspectRecord.Criterion(55, "n"),
                        new ProspectRecord.Criterion(60, "t"), 60, Qualification.REVIEW, false, true, Instant.now()),
                java.util.List.of(), null, Instant.now()));
        String invitationId = read(mvc.perform(post("/api/workspaces/" + DEMO_WORKSPACE + "/invitations").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"pending-" + UUID.randomUUID() + "@example.com\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asText();
        String memberEmail = "member-" + UUID.randomUUID() + "@example.com";
        String memberToken = read(mvc.perform(post("/api/workspaces/" + DEMO_WORKSPACE + "/invitations").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + memberEmail + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("token").asText();
        mvc.perform(post("/api/invitations/accept").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + memberToken + "\",\"password\":\"violet-harbour-lantern-42\",\"name\":\"Grace\"}"))
                .andExpect(status().isOk());
        String memberId = accounts.findByEmail(memberEmail).orElseThrow().id();
        return Map.of("campaigns.id", campaignId, "drafts.id", draftId, "workspaces.id", DEMO_WORKSPACE,
                "prospects.id", prospectId, "invitations.invitationId", invitationId, "members.userId", memberId);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
