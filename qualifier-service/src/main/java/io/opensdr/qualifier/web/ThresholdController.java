package io.opensdr.qualifier.web;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.kit.security.Caller;
import io.opensdr.qualifier.domain.QualificationService;
import io.opensdr.qualifier.domain.QualificationService.ScoreDistribution;
import io.opensdr.qualifier.domain.QualificationSettings;
import io.opensdr.qualifier.domain.ScoreHistogram.DecisionCounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "How many prospects would qualify at threshold T": the score histogram lets the SPA's slider
 * answer any T without a call (counts[s] prospects have total score s; at threshold T and review
 * band B, QUALIFIED is s ≥ T + B, REJECTED s &lt; T − B, REVIEW between), and threshold-preview
 * answers one T on the server. Both aggregate the campaign's stored total scores on an index;
 * neither changes anything. Only for a campaign of the caller's workspace (another's is 404).
 */
@RestController
public class ThresholdController {

    private final QualificationService qualification;

    public ThresholdController(QualificationService qualification) {
        this.qualification = qualification;
    }

    @GetMapping("/api/qualifier/campaigns/{campaignId}/score-histogram")
    public HistogramResponse histogram(Caller caller, @PathVariable String campaignId) {
        ScoreDistribution distribution = qualification.scoreDistribution(caller.workspaceId(), campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        QualificationSettings settings = distribution.rules().settings();
        return new HistogramResponse(campaignId, settings.threshold(), settings.reviewBand(), settings.hotScore(),
                distribution.histogram().total(), distribution.histogram().counts());
    }

    @GetMapping("/api/qualifier/campaigns/{campaignId}/threshold-preview")
    public PreviewResponse preview(Caller caller, @PathVariable String campaignId,
                                   @RequestParam @Min(0) @Max(100) int threshold,
                                   @RequestParam(required = false) @Min(0) @Max(QualificationSettings.MAX_REVIEW_BAND) Integer reviewBand) {
        DecisionCounts counts = qualification.preview(caller.workspaceId(), campaignId, threshold, reviewBand)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        return new PreviewResponse(campaignId, counts.threshold(), counts.reviewBand(), counts.qualified(), counts.review(),
                counts.rejected(), counts.total());
    }

    /**
     * @param counts 101 numbers: counts[s] prospects have total score s
     */
    public record HistogramResponse(String campaignId, int threshold, int reviewBand, int hotScore, long total,
                                    long[] counts) {
    }

    public record PreviewResponse(String campaignId, int threshold, int reviewBand, long qualified, long review,
                                  long rejected, long total) {
    }
}
