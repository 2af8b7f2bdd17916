package io.opensdr.qualifier.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.opensdr.kit.testing.ServiceWebTestSupport;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.kit.testing.WorkspaceIsolationContract;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A member of workspace A gets 404 for every resource of workspace B, on every endpoint, and
 * nobody gets anything without a token. The endpoints come from Spring MVC's mapping: a new
 * endpoint fails {@code shouldCoverEveryEndpoint} until it has a case below (one line) or is
 * public by Seam 1 ({@link WorkspaceIsolationContract}).
 */
class WorkspaceIsolationTest extends ServiceWebTestSupport implements WorkspaceIsolationContract {

    /** One case per endpoint; {campaignId} is workspace B's campaign. */
    static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
            .get("/api/qualifier/campaigns/{campaignId}/summary")
            .get("/api/qualifier/campaigns/{campaignId}/score-histogram")
            .add(HttpMethod.GET, "/api/qualifier/campaigns/{campaignId}/threshold-preview",
                    uri -> get(uri).param("threshold", "60"));

    @Autowired CampaignRulesStore campaigns;

    @Override
    public WorkspaceIsolation isolationCases() {
        return ENDPOINTS;
    }

    @Override
    public Map<String, String> idsOfWorkspaceB() {
        return QualifierWebFixtures.campaignOf(campaigns, "workspace-b");
    }
}
