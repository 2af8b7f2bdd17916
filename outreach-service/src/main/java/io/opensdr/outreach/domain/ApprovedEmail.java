package io.opensdr.outreach.domain;

import java.time.Instant;

/**
 * An email a human approved, exactly as it must be sent.
 *
 * @param recipientTimeZone the prospect's IANA time zone, null when unknown
 */
public record ApprovedEmail(String prospectId, int step, String draftId, String campaignId, String workspaceId,
                           String recipientEmail, String recipientName, String subject, String body,
                           String approvedBy, Instant approvedAt, String recipientTimeZone) {

    public ApprovedEmail(String prospectId, int step, String draftId, String campaignId, String workspaceId,
                         String recipientEmail, String recipientName, String subject, String body,
                         String approvedBy, Instant approvedAt) {
        this(prospectId, step, draftId, campaignId, workspaceId, recipientEmail, recipientName, subject, body,
                approvedBy, approvedAt, null);
    }
}
