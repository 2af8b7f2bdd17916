package io.opensdr.outreach.web;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.kit.security.Caller;
import io.opensdr.outreach.domain.EmailSending;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Served under /api/outreach: the gateway forwards the path as it is. Only for a campaign of the
 * caller's workspace (another workspace's, or one outreach has not seen, is 404).
 */
@RestController
@RequestMapping("/api/outreach/campaigns/{campaignId}")
class LedgerSummaryController {

    private final EmailSending sending;

    LedgerSummaryController(EmailSending sending) {
        this.sending = sending;
    }

    @GetMapping("/ledger-summary")
    LedgerSummaryResponse ledgerSummary(Caller caller, @PathVariable String campaignId) {
        return sending.summary(caller.workspaceId(), campaignId).map(LedgerSummaryResponse::of)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }
}
