package io.opensdr.outreach.web;

import io.opensdr.outreach.domain.LedgerStatus;
import io.opensdr.outreach.domain.LedgerSummary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * @param counts         entries per status, every status present
 * @param stuckInSending entries in SENDING for too long: they may or may not have left and wait
 *                       for reconciliation (not re-sent automatically)
 */
public record LedgerSummaryResponse(String campaignId, Map<String, Long> counts, long stuckInSending) {

    static LedgerSummaryResponse of(LedgerSummary summary) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LedgerStatus status : LedgerStatus.values()) {
            counts.put(status.name(), summary.counts().getOrDefault(status, 0L));
        }
        return new LedgerSummaryResponse(summary.campaignId(), counts, summary.stuckInSending());
    }
}
