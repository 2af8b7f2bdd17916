package io.opensdr.prospector.web;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.kit.security.Caller;
import io.opensdr.prospector.domain.ProgressReport;
import io.opensdr.prospector.domain.ProspectingService;
import io.opensdr.prospector.domain.SourceStatus;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far prospecting got today, for a campaign of the caller's workspace (another workspace's
 * campaign is 404, as an unknown one).
 */
@RestController
public class ProgressController {

    private final ProspectingService prospecting;

    public ProgressController(ProspectingService prospecting) {
        this.prospecting = prospecting;
    }

    @GetMapping("/api/prospector/campaigns/{campaignId}/progress")
    public ProgressResponse progress(Caller caller, @PathVariable String campaignId) {
        return prospecting.progress(caller.workspaceId(), campaignId).map(ProgressResponse::of)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    /**
     * @param enriching candidates being looked up, checked and recorded at this moment
     * @param source    the campaign's source as the last search left it
     */
    public record ProgressResponse(String campaignId, String status, int foundToday, int dailyQuota, int quotaLeft,
                                   long totalFound, int enriching, Source source) {

        static ProgressResponse of(ProgressReport report) {
            SourceStatus source = report.source();
            return new ProgressResponse(report.campaignId(), report.status().name(), report.foundToday(),
                    report.dailyQuota(), report.quotaLeft(), report.totalFound(), report.enriching(),
                    new Source(source.state().name(), source.detail(), source.at(), source.retryAt()));
        }
    }

    /**
     * @param state   NOT_SEARCHED, READY, EXHAUSTED (nobody more matches the profile), UNAVAILABLE (the
     *                source refused, e.g. its own quota is used up; see detail), or NO_SOURCE
     * @param retryAt when the source will be asked again, if it is being left alone
     */
    public record Source(String state, String detail, Instant at, Instant retryAt) {
    }
}
