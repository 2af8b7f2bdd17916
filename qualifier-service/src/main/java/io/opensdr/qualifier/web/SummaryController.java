package io.opensdr.qualifier.web;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.kit.security.Caller;
import io.opensdr.qualifier.domain.DecisionSummary;
import io.opensdr.qualifier.domain.QualificationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a campaign's prospects were decided, for a campaign of the caller's workspace (another
 * workspace's campaign is 404, as an unknown one).
 */
@RestController
public class SummaryController {

    private final QualificationService qualification;

    public SummaryController(QualificationService qualification) {
        this.qualification = qualification;
    }

    @GetMapping("/api/qualifier/campaigns/{campaignId}/summary")
    public SummaryResponse summary(Caller caller, @PathVariable String campaignId) {
        return qualification.summary(caller.workspaceId(), campaignId).map(SummaryResponse::of)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    public record SummaryResponse(String campaignId, long qualified, long review, long rejected, long total, long hot) {

        static SummaryResponse of(DecisionSummary summary) {
            return new SummaryResponse(summary.campaignId(), summary.qualified(), summary.review(), summary.rejected(),
                    summary.total(), summary.hot());
        }
    }
}
