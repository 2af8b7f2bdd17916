package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.DraftEdit;
import io.opensdr.campaign.domain.InvalidFieldException;
import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.Prospects;
import io.opensdr.kit.errors.ConflictException;
import io.opensdr.kit.errors.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final Prospects prospects;

    public DraftController(ReviewQueue reviewQueue, Prospects prospects) {
        this.reviewQueue = reviewQueue;
        this.prospects = prospects;
    }

    /** Newest first; both filters are optional. Each draft comes with its prospect's BANT breakdown. */
    @GetMapping
    public List<DraftView> list(@AuthenticationPrincipal SignedInUser user,
                                @RequestParam(required = false) DraftStatus status,
                                @RequestParam(required = false) String campaignId) {
        if (campaignId != null && (campaignId.isBlank() || campaignId.length() > 100)) {
            throw new InvalidFieldException("campaignId", "must have 1 to 100 characters");
        }
        List<Draft> drafts = reviewQueue.list(user.caller(), status, campaignId);
        Map<String, ProspectRecord> byProspect = prospects.byIds(user.caller(),
                drafts.stream().map(Draft::prospectId).collect(Collectors.toSet()));
        return drafts.stream().map(draft -> DraftView.of(draft, byProspect.get(draft.prospectId()))).toList();
    }

    /**
     * Approves several drafts as they are, each on its own: one result per id (APPROVED, or REFUSED
     * with why, or NOT_FOUND). An approved draft publishes one EmailApproved, however many times or
     * however concurrently it is approved.
     */
    @PostMapping("/bulk-approve")
    public BulkApproval bulkApprove(@AuthenticationPrincipal SignedInUser user,
                                    @Valid @RequestBody DraftRequests.BulkApprove request) {
        List<BulkApproval.Item> items = new ArrayList<>();
        for (String id : new LinkedHashSet<>(request.ids())) {
            try {
                items.add(new BulkApproval.Item(id, "APPROVED", DraftView.of(reviewQueue.approve(user.caller(), id, null)), null));
            } catch (NotFoundException e) {
                items.add(new BulkApproval.Item(id, "NOT_FOUND", null, e.getMessage()));
            } catch (ConflictException | IllegalArgumentException e) {
                items.add(new BulkApproval.Item(id, "REFUSED", null, e.getMessage()));
            }
        }
        return new BulkApproval((int) items.stream().filter(item -> item.result().equals("APPROVED")).count(), items);
    }

    /** The answer to a bulk approval: how many are approved now, and one result per id. */
    public record BulkApproval(int approved, List<Item> results) {
        @Schema(name = "BulkApprovalItem")
        public record Item(String id, String result, DraftView draft, String detail) {
        }
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
