package io.opensdr.campaign.messaging;

import io.opensdr.events.Contact;
import io.opensdr.events.CriterionScore;
import io.opensdr.events.DraftGenerator;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.EmailDrafted;
import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EmailSent;
import io.opensdr.events.EngagementType;
import io.opensdr.events.MailTransport;
import io.opensdr.events.MeetingBooked;
import io.opensdr.events.MeetingStatus;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.Scheduler;
import io.opensdr.events.Scorer;
import io.opensdr.kit.ProspectFoundMother;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Test data: the events of the pipeline, as the other services publish them, for one prospect. */
public final class PipelineEventsMother {

    private PipelineEventsMother() {
    }

    public static Contact aContact() {
        return Contact.newBuilder()
                .setFirstName("Claire").setLastName("Martin").setEmail("claire.martin@acme.example")
                .setTitle("VP Sales").setCompanyName("Acme Logistics").setCompanyDomain("acme.example")
                .setIndustry("Logistics").setTimeZone("Europe/Paris")
                .build();
    }

    public static ProspectFound.Builder aProspectFound(String workspaceId, String campaignId, String prospectId) {
        return ProspectFoundMother.aProspectFound(prospectId).setWorkspaceId(workspaceId).setCampaignId(campaignId);
    }

    public static ProspectQualified.Builder aProspectQualified(String workspaceId, String campaignId, String prospectId,
                                                               QualificationDecision decision) {
        CriterionScore score = CriterionScore.newBuilder().setScore(70).setReason("240 employees, Series B").build();
        return ProspectQualified.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now())
                .setWorkspaceId(workspaceId).setCampaignId(campaignId).setProspectId(prospectId)
                .setContact(aContact())
                .setTotalScore(70).setBudget(score).setAuthority(score).setNeed(score).setTimeline(score)
                .setThreshold(60).setDecision(decision).setHot(false).setContactable(true).setScoredBy(Scorer.RULES);
    }

    public static EmailDrafted.Builder anEmailDrafted(String workspaceId, String campaignId, String prospectId,
                                                      String draftId) {
        return EmailDrafted.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now())
                .setWorkspaceId(workspaceId).setCampaignId(campaignId).setProspectId(prospectId)
                .setDraftId(draftId).setStep(1).setRecipient(aContact())
                .setSubject("Claire, a quicker way to fill Acme Logistics' pipeline")
                .setBody("Hi Claire,\n\nWould 20 minutes next week work?\n\nOpenSDR Demo")
                .setBantScore(72).setGeneratedBy(DraftGenerator.TEMPLATE);
    }

    public static EmailApproved.Builder anEmailApproved(String workspaceId, String campaignId, String prospectId) {
        return EmailApproved.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now())
                .setWorkspaceId(workspaceId).setCampaignId(campaignId).setProspectId(prospectId)
                .setDraftId("draft-" + prospectId).setStep(1).setRecipient(aContact())
                .setSubject("Claire, quick question").setBody("Hi Claire").setEdited(false).setApprovedBy("demo-user");
    }

    public static EmailSent.Builder anEmailSent(String workspaceId, String campaignId, String prospectId) {
        return EmailSent.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now())
                .setWorkspaceId(workspaceId).setCampaignId(campaignId).setProspectId(prospectId)
                .setDraftId("draft-" + prospectId).setEmailId(prospectId + ":1").setStep(1)
                .setTransport(MailTransport.SMTP).setMessageId("<" + UUID.randomUUID() + "@demo.opensdr.local>")
                .setSubject("Claire, quick question");
    }

    public static EmailEngagement.Builder anEngagement(String workspaceId, String campaignId, String prospectId,
                                                       EngagementType type) {
        return EmailEngagement.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now())
                .setWorkspaceId(workspaceId).setCampaignId(campaignId).setProspectId(prospectId)
                .setEmailId(prospectId + ":1").setType(type).setMachineGenerated(false);
    }

    public static MeetingBooked.Builder aMeetingBooked(String workspaceId, String campaignId, String prospectId) {
        Instant startsAt = now().plus(2, ChronoUnit.DAYS);
        return MeetingBooked.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(now())
                .setWorkspaceId(workspaceId).setCampaignId(campaignId).setProspectId(prospectId)
                .setMeetingId("meeting-" + prospectId).setScheduler(Scheduler.CALENDLY).setStatus(MeetingStatus.BOOKED)
                .setStartsAt(startsAt).setEndsAt(startsAt.plus(30, ChronoUnit.MINUTES));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
