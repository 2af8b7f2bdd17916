package io.opensdr.prospector.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.opensdr.kit.testing.ServiceWebTestSupport;
import io.opensdr.kit.testing.WorkspaceIsolation;
import io.opensdr.kit.testing.WorkspaceIsolationContract;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.sources.csv.CsvImportService;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A member of workspace A gets 404 for every resource of workspace B (its campaign, its CSV
 * imports), on every endpoint, and nobody gets anything without a token. The endpoints come from
 * Spring MVC's mapping: a new endpoint fails {@code shouldCoverEveryEndpoint} until it has a case
 * below (one line) or is public by Seam 1 ({@link WorkspaceIsolationContract}).
 */
class WorkspaceIsolationTest extends ServiceWebTestSupport implements WorkspaceIsolationContract {

    /** One case per endpoint; {campaignId} is workspace B's campaign, {importId} one of its imports. */
    static final WorkspaceIsolation ENDPOINTS = new WorkspaceIsolation()
            .get("/api/prospector/campaigns/{campaignId}/progress")
            .add(HttpMethod.POST, "/api/prospector/campaigns/{campaignId}/csv-imports/preview",
                    uri -> multipart(uri).file(ProspectorWebFixtures.csv()))
            .add(HttpMethod.POST, "/api/prospector/campaigns/{campaignId}/csv-imports",
                    uri -> multipart(uri).file(ProspectorWebFixtures.csv()))
            .get("/api/prospector/campaigns/{campaignId}/csv-imports/{importId}")
            .get("/api/prospector/campaigns/{campaignId}/csv-imports");

    @Autowired CampaignStore campaigns;
    @Autowired CsvImportService imports;

    @Override
    public WorkspaceIsolation isolationCases() {
        return ENDPOINTS;
    }

    @Override
    public Map<String, String> idsOfWorkspaceB() {
        return ProspectorWebFixtures.campaignWithAnImport(campaigns, imports, "workspace-b");
    }
}
