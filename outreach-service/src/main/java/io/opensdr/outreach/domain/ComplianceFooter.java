package io.opensdr.outreach.domain;

import java.util.Objects;

/**
 * The footer the system adds under every draft, after the guardrails and never written by a
 * language model: where the prospect's data came from and their right to object (GDPR Art. 14
 * and 21), a signed one-click unsubscribe link, and the sender's postal address when one is set.
 */
public class ComplianceFooter {

    /** Opens the footer: the usual signature delimiter, so that mail clients grey it out. */
    public static final String DELIMITER = "-- ";

    private final UnsubscribeLinks unsubscribeLinks;
    private final String postalAddress;

    /**
     * @param postalAddress the sender's physical postal address (CAN-SPAM), one line; blank for none
     */
    public ComplianceFooter(UnsubscribeLinks unsubscribeLinks, String postalAddress) {
        this.unsubscribeLinks = Objects.requireNonNull(unsubscribeLinks, "unsubscribeLinks");
        this.postalAddress = postalAddress == null ? "" : postalAddress.strip();
    }

    /** The draft with the footer under its body. */
    public DraftContent appendTo(DraftContent content, Campaign campaign, QualifiedProspect prospect) {
        return content.withBody(content.body().stripTrailing() + "\n\n" + footer(campaign, prospect));
    }

    String footer(Campaign campaign, QualifiedProspect prospect) {
        String link = unsubscribeLinks.linkFor(prospect.workspaceId(), prospect.prospectId(), prospect.contact().email());
        StringBuilder footer = new StringBuilder(DELIMITER).append('\n')
                .append("We found your name, role and work email in ").append(describe(campaign.source()))
                .append(". You may object to our use of them at any time: reply \"no\" to this email, "
                        + "or unsubscribe in one click: ")
                .append(link);
        if (!postalAddress.isEmpty()) {
            footer.append('\n').append(postalAddress);
        }
        return footer.toString();
    }

    /** The data source in words a recipient understands. */
    public static String describe(ProspectSource source) {
        return switch (source) {
            case DEMO -> "the OpenSDR demo directory";
            case ROCKETREACH -> "RocketReach, a professional contact database";
            case CSV -> "a contact list our team imported";
        };
    }
}
