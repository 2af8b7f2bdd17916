package io.opensdr.prospector.web;

import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.sources.csv.CsvImportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.mock.web.MockMultipartFile;

/** A workspace's campaign with one CSV import, for the endpoint-by-endpoint web tests. */
final class ProspectorWebFixtures {

    static final String CSV = "E-mail,First name,Last name,Job title,Company\nada.web@b.example,Ada,L,CEO,B Corp\n";

    private ProspectorWebFixtures() {
    }

    /** {campaignId} and {importId} of a new campaign of the workspace, paused (the background prospecting leaves it alone). */
    static Map<String, String> campaignWithAnImport(CampaignStore campaigns, CsvImportService imports, String workspaceId) {
        String campaignId = "campaign-" + UUID.randomUUID();
        campaigns.saveSnapshot(new Campaign(campaignId, workspaceId, 1, CampaignStatus.PAUSED, SourceKind.CSV,
                TargetProfile.anyone(), 100), false);
        String importId = imports.importCsv(workspaceId, campaignId, "people.csv",
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), null, null).importId();
        return Map.of("campaignId", campaignId, "importId", importId);
    }

    static MockMultipartFile csv() {
        return csv("file", CSV.getBytes(StandardCharsets.UTF_8));
    }

    static MockMultipartFile csv(String part, byte[] content) {
        return new MockMultipartFile(part, "people.csv", "text/csv", content);
    }
}
