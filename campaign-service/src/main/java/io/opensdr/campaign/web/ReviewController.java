package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.Prospects;
import io.opensdr.campaign.domain.ReviewDecision;
import io.opensdr.kit.web.StrictJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review band: prospects the qualifier could not decide (score within threshold ± review band)
 * wait here for a human, who qualifies them (outreach then drafts their first email, through
 * ProspectReviewed) or rejects them. Deciding twice the same way changes nothing more.
 */
@RestController
@RequestMapping("/api/review/prospects")
public class ReviewController {

    private static final Set<String> PARAMETERS = Set.of("campaignId", "after", "limit");

    private final Prospects prospects;

    public ReviewController(Prospects prospects) {
        this.prospects = prospects;
    }

    @GetMapping
    public ProspectPage list(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
                             @RequestParam(required = false) String campaignId,
                             @RequestParam(required = false) String after,
                             @RequestParam(required = false) Integer limit) {
        var filter = ProspectPage.filter(request.getParameterMap(), PARAMETERS, campaignId, ProspectStatus.REVIEW, null,
                null, null, null, after, limit);
        return ProspectPage.of(prospects.page(user.caller(), filter));
    }

    @PostMapping("/{id}/qualify")
    public ProspectView qualify(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                @Valid @RequestBody(required = false) Decision decision) {
        return ProspectView.of(prospects.review(user.caller(), id, ReviewDecision.QUALIFIED,
                decision == null ? null : decision.reason()));
    }

    @PostMapping("/{id}/reject")
    public ProspectView reject(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                               @Valid @RequestBody(required = false) Decision decision) {
        return ProspectView.of(prospects.review(user.caller(), id, ReviewDecision.REJECTED,
                decision == null ? null : decision.reason()));
    }

    /** Why, optionally. */
    public record Decision(@Size(max = 1000) String reason) implements StrictJson {
    }
}
