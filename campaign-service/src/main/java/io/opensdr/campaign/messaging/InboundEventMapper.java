package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.Engagement;
import io.opensdr.campaign.domain.HotLead;
import io.opensdr.campaign.domain.MeetingChange;
import io.opensdr.campaign.domain.ProspectRef;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.Recipient;
import io.opensdr.events.Contact;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.EmailDrafted;
import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EmailSent;
import io.opensdr.events.MeetingBooked;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.ProspectReviewed;
import io.opensdr.kit.messaging.InvalidEventException;
import org.springframework.stereotype.Component;

/**
 * Turns the events this service consumes into domain values, rejecting a record that lacks what
 * the service needs with {@link InvalidEventException}: retrying it could never succeed, so it
 * goes straight to the dead-letter topic.
 */
@Component
public class InboundEventMapper {

    public Draft toDraft(EmailDrafted event) {
        String what = "EmailDrafted " + event.getEventId();
        requireText(event.getDraftId(), what, "draftId");
        Contact contact = event.getRecipient();
        if (contact == null) {
            throw new InvalidEventException(what + " has no recipient");
        }
        requireText(contact.getEmail(), what, "recipient.email");
        requireText(event.getSubject(), what, "subject");
        requireText(event.getBody(), what, "body");
        if (event.getBantScore() < 0 || event.getBantScore() > 100) {
            throw new InvalidEventException(what + " has a BANT score out of 0-100: " + event.getBantScore());
        }
        if (event.getStep() < 1) {
            throw new InvalidEventException(what + " has step " + event.getStep() + "; steps start at 1");
        }
        ProspectRef prospect = prospect(what, event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
        Recipient recipient = new Recipient(contact.getFirstName(), contact.getLastName(), contact.getEmail(),
                contact.getTitle(), contact.getCompanyName(), contact.getCompanyDomain(), contact.getIndustry(),
                contact.getTimeZone());
        return Draft.proposed(event.getDraftId(), prospect.workspaceId(), prospect.campaignId(), prospect.prospectId(),
                event.getStep(), recipient, event.getSubject(), event.getBody(), event.getBantScore(), event.getOccurredAt());
    }

    public ProspectRef prospectOf(ProspectFound event) {
        return prospect("ProspectFound " + event.getEventId(), event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
    }

    public ProspectRef prospectOf(ProspectQualified event) {
        return prospect("ProspectQualified " + event.getEventId(), event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
    }

    public ProspectRef prospectOf(ProspectReviewed event) {
        return prospect("ProspectReviewed " + event.getEventId(), event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
    }

    public Qualification decisionOf(ProspectReviewed event) {
        return Qualification.valueOf(event.getDecision().name());
    }

    public ProspectRef prospectOf(EmailApproved event) {
        return prospect("EmailApproved " + event.getEventId(), event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
    }

    public ProspectRef prospectOf(EmailSent event) {
        return prospect("EmailSent " + event.getEventId(), event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
    }

    public ProspectRef prospectOf(EmailEngagement event) {
        return prospect("EmailEngagement " + event.getEventId(), event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
    }

    public ProspectRef prospectOf(MeetingBooked event) {
        return prospect("MeetingBooked " + event.getEventId(), event.getWorkspaceId(), event.getCampaignId(), event.getProspectId());
    }

    public int stepOf(EmailSent event) {
        if (event.getStep() < 1) {
            throw new InvalidEventException("EmailSent " + event.getEventId() + " has step " + event.getStep() + "; steps start at 1");
        }
        return event.getStep();
    }

    /** The alert for sales when the prospect scored hot; null otherwise. */
    public HotLead hotLeadOf(ProspectQualified event) {
        if (!event.getHot()) {
            return null;
        }
        Contact contact = event.getContact();
        String name = contact == null ? "" : (nullToEmpty(contact.getFirstName()) + " " + nullToEmpty(contact.getLastName())).trim();
        return new HotLead(event.getProspectId(), event.getCampaignId(), name, contact == null ? null : contact.getTitle(),
                contact == null ? null : contact.getCompanyName(), event.getTotalScore(), event.getOccurredAt());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public Qualification qualificationOf(ProspectQualified event) {
        return Qualification.valueOf(event.getDecision().name());
    }

    public Engagement engagementOf(EmailEngagement event) {
        return Engagement.valueOf(event.getType().name());
    }

    public MeetingChange meetingChangeOf(MeetingBooked event) {
        return MeetingChange.valueOf(event.getStatus().name());
    }

    private static ProspectRef prospect(String what, String workspaceId, String campaignId, String prospectId) {
        requireText(workspaceId, what, "workspaceId");
        requireText(campaignId, what, "campaignId");
        requireText(prospectId, what, "prospectId");
        return new ProspectRef(workspaceId, campaignId, prospectId);
    }

    private static void requireText(String value, String what, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(what + " has no " + field);
        }
    }
}
