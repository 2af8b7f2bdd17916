package io.opensdr.outreach.domain;

import java.util.Map;

/**
 * How a campaign's approved emails stand.
 *
 * @param stuckInSending entries in SENDING for longer than a send can take: they may or may not
 *                       have left, and wait for reconciliation (a later issue) rather than a resend
 */
public record LedgerSummary(String campaignId, Map<LedgerStatus, Long> counts, long stuckInSending) {
}
