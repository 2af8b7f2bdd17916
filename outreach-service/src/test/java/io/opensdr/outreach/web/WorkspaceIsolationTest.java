package io.opensdr.outreach.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.opensdr.kit.testing.TestTokens;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.kit.testing.WorkspaceIsolationContract;
import java.util.Map;
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
        return campaignWithADraft("workspace-b", PERSON_OF_B);
    }
}
