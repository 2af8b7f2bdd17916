package io.opensdr.outreach.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.opensdr.kit.testing.TestTokens;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.kit.testing.WorkspaceIsolationContract;
import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.CampaignMother;
import io.opensdr.outreach.domain.CampaignStore;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * A member of workspace A gets 404 for every resource of workspace B, on every endpoint, and
 * nothing but the public routes (webhooks, unsubscribe, tracking: each checks its own signature)
 * answers without a token. The endpoints come from Spring MVC's mapping: a new endpoint fails
 * {@code shouldCoverEveryEndpoint} until it has a case below (one line) or is public by Seam 1
 * ({@link WorkspaceIsolationContract}).
 */
class WorkspaceIsolationTest extends OutreachWebTestSupport implements WorkspaceIsolationContract {

    static final String PERSON_OF_B = "ada.isolation@b.example";

    /** One case per endpoint; {campaignId} is workspace B's campaign. */
    static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
            .get("/api/outreach/campaigns/{campaignId}/ledger-summary")
            // Erasure names no resource: it always acts in the caller's workspace, so A's request for B's
            // person erases nothing of B's (its answer must not name B's prospect).
            .callersOwn(HttpMethod.POST, "/api/outreach/erasure-requests", uri -> post(uri)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + PERSON_OF_B + "\"}"));

    @Autowired CampaignStore campaigns;

    /** Erasure is an owner's act (ErasureRolesTest); isolation is the same for either role, so A and B call as owners. */
    @Override
    public String memberOfWorkspaceA() {
        return TOKENS.bearer(TestTokens.owner("workspace-a"));
    }

    @Override
    public String memberOfWorkspaceB() {
        return TOKENS.bearer(TestTokens.owner("workspace-b"));
    }

    @Override
    public WorkspaceIsolation isolationCases() {
        return ENDPOINTS;
    }

    @Override
    public Map<String, String> idsOfWorkspaceB() {
        String campaignOfB = "campaign-" + UUID.randomUUID();
        Campaign campaign = CampaignMother.anActiveCampaign(campaignOfB);
        campaigns.saveIfNewer(new Campaign(campaign.id(), "workspace-b", campaign.revision(), campaign.status(),
                campaign.template(), campaign.sender(), campaign.meetingLink(), campaign.name(), campaign.sector(),
                campaign.source(), campaign.sending()));
        String prospectOfB = "prospect-" + UUID.randomUUID();
        mongo.insert(new Document("_id", prospectOfB + ":1").append("prospectId", prospectOfB).append("step", 1)
                .append("campaignId", campaignOfB).append("workspaceId", "workspace-b")
                .append("recipient", new Document("firstName", "Ada").append("email", PERSON_OF_B))
                .append("subject", "Hello Ada").append("body", "Hi Ada"), "drafts");
        return Map.of("campaignId", campaignOfB, "prospectId", prospectOfB);
    }
}
