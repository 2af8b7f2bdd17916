package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.Prospects;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's prospects, filtered, in keyset pages newest first (fast at any depth: no offset). */
@RestController
@RequestMapping("/api/prospects")
public class ProspectController {

    static final Set<String> PARAMETERS = Set.of("campaignId", "status", "minScore", "maxScore", "hot", "source", "after", "limit");

    private final Prospects prospects;

    public ProspectController(Prospects prospects) {
        this.prospects = prospects;
    }

    /** Every filter optional: campaign, status (PENDING, QUALIFIED, REVIEW, REJECTED), score range 0-100, hot, source. */
    @GetMapping
    public ProspectPage list(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
                             @RequestParam(required = false) String campaignId,
                             @RequestParam(required = false) ProspectStatus status,
                             @RequestParam(required = false) Integer minScore,
                             @RequestParam(required = false) Integer maxScore,
                             @RequestParam(required = false) Boolean hot,
                             @RequestParam(required = false) ProspectSource source,
                             @RequestParam(required = false) String after,
                             @RequestParam(required = false) Integer limit) {
        var filter = ProspectPage.filter(request.getParameterMap(), PARAMETERS, campaignId, status, minScore, maxScore,
                hot, source, after, limit);
        return ProspectPage.of(prospects.page(user.caller(), filter));
    }

    @GetMapping("/{id}")
    public ProspectView get(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return ProspectView.of(prospects.get(user.caller(), id));
    }
}
