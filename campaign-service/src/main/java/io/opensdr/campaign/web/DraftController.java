package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.DraftEdit;
import io.opensdr.campaign.domain.DraftStatus;
import io.opensdr.campaign.domain.ReviewQueue;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue: drafted emails a human approves (possibly edited) or rejects before anything is sent. */
@RestController
@RequestMapping("/api/drafts")
public class DraftController {

    private final ReviewQueue reviewQueue;

    public DraftController(ReviewQueue reviewQueue) {
        this.reviewQueue = reviewQueue;
    }

    /** Newest first; both filters are optional. */
    @GetMapping
    public List<DraftView> list(@AuthenticationPrincipal SignedInUser user,
                                @RequestParam(required = false) DraftStatus status,
                                @RequestParam(required = false) String campaignId) {
        return reviewQueue.list(user.caller(), status, campaignId).stream().map(DraftView::of).toList();
    }

    /** Approving an approved draft again returns it unchanged and publishes nothing more. */
    @PostMapping("/{id}/approve")
    public DraftView approve(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                             @Valid @RequestBody(required = false) DraftRequests.Approve edit) {
        DraftEdit change = edit == null ? null : new DraftEdit(edit.subject(), edit.body());
        return DraftView.of(reviewQueue.approve(user.caller(), id, change));
    }

    @PostMapping("/{id}/reject")
    public DraftView reject(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                            @Valid @RequestBody(required = false) DraftRequests.Reject rejection) {
        String reason = rejection == null ? null : rejection.reason();
        return DraftView.of(reviewQueue.reject(user.caller(), id, reason));
    }
}
