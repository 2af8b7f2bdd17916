package io.opensdr.outreach.domain;

/**
 * What tracking needs to know of an email the ledger holds: whom it went to, from which mailbox,
 * under which Message-ID, so that an engagement can be tied back to its prospect and campaign.
 *
 * @param body the approved text, where click redirects find their destination; null once erased
 */
public record SentEmail(String emailId, String workspaceId, String campaignId, String prospectId,
                        String recipientEmail, String messageId, String mailbox, String body) {

    /** Addresses, plain or URL-encoded (a booking link's prefilled email, a bounce's diagnostic). */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "[A-Za-z0-9._%+-]+(?:@|%40|%2540)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /**
     * An engagement with this email. Its detail travels on Kafka to every consumer, so any address
     * in it (the clicked booking link's prefilled email, a bounce diagnostic) is masked.
     */
    public Engagement engagement(EngagementKind kind, boolean machineGenerated, String detail, String providerEventId,
                                 java.time.Instant at) {
        String masked = detail == null ? null : ADDRESS.matcher(detail).replaceAll("[address]");
        return new Engagement(workspaceId, campaignId, prospectId, emailId, kind, machineGenerated, masked,
                providerEventId, at);
    }
}
