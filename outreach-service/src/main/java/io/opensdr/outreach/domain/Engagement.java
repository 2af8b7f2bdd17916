package io.opensdr.outreach.domain;

import java.time.Instant;

/**
 * Something that happened to one sent email.
 *
 * @param emailId          the send ledger entry's id (prospectId:step)
 * @param machineGenerated an open or click by a scanner or a privacy proxy: never a human one
 * @param detail           the clicked URL, the bounce reason...; may be null
 * @param providerEventId  the provider's own event id (SendGrid sg_event_id), for deduplication; may be null
 */
public record Engagement(String workspaceId, String campaignId, String prospectId, String emailId,
                         EngagementKind kind, boolean machineGenerated, String detail, String providerEventId,
                         Instant occurredAt) {
}
