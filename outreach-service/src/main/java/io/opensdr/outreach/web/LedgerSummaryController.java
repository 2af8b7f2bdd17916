package io.opensdr.outreach.web;

import io.opensdr.outreach.domain.EmailSending;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Served under /api/outreach: the gateway forwards the path as it is. */
@RestController
@RequestMapping("/api/outreach/campaigns/{campaignId}")
class LedgerSummaryController {

    private final EmailSending sending;

    LedgerSummaryController(EmailSending sending) {
        this.sending = sending;
    }

    @GetMapping("/ledger-summary")
    LedgerSummaryResponse ledgerSummary(@PathVariable String campaignId) {
        return LedgerSummaryResponse.of(sending.summary(campaignId));
    }
}
