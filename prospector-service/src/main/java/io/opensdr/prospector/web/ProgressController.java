package io.opensdr.prospector.web;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.prospector.domain.ProgressReport;
import io.opensdr.prospector.domain.ProspectingService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far prospecting got for a campaign today. Reached through the gateway; it checks no
 * workspace membership yet (that comes with the authentication work).
 */
@RestController
public class ProgressController {

    private final ProspectingService prospecting;

    public ProgressController(ProspectingService prospecting) {
        this.prospecting = prospecting;
    }

    @GetMapping("/api/prospector/campaigns/{campaignId}/progress")
    public ProgressResponse progress(@PathVariable String campaignId) {
        return prospecting.progress(campaignId).map(ProgressResponse::of)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    public record ProgressResponse(String campaignId, String status, int foundToday, int dailyQuota, int quotaLeft,
                                   long totalFound) {

        static ProgressResponse of(ProgressReport report) {
            return new ProgressResponse(report.campaignId(), report.status().name(), report.foundToday(),
                    report.dailyQuota(), report.quotaLeft(), report.totalFound());
        }
    }
}
