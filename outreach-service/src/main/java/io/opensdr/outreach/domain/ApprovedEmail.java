package io.opensdr.outreach.domain;

import java.time.Instant;

/** An email a human approved, exactly as it must be sent. */
public record ApprovedEmail(String prospectId, int step, String draftId, String campaignId, String workspaceId,
                           String recipientEmail, String recipientName, String subject, String body,
                           String approvedBy, Instant approvedAt) {
}
