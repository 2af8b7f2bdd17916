package io.opensdr.outreach.domain;

/**
 * What tracking needs to know of an email the ledger holds: whom it went to, from which mailbox,
 * under which Message-ID, so that an engagement can be tied back to its prospect and campaign.
 */
public record SentEmail(String emailId, String workspaceId, String campaignId, String prospectId,
                        String recipientEmail, String messageId, String mailbox) {

    public Engagement engagement(EngagementKind kind, boolean machineGenerated, String detail, String providerEventId,
                                 java.time.Instant at) {
        return new Engagement(workspaceId, campaignId, prospectId, emailId, kind, machineGenerated, detail,
                providerEventId, at);
    }
}
