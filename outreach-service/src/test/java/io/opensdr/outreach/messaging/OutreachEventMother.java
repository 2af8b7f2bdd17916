package io.opensdr.outreach.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.Contact;
import io.opensdr.events.CriterionScore;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.EmailTemplate;
import io.opensdr.events.MeetingAvailability;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.ProspectReviewed;
import io.opensdr.events.ReviewDecision;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.QualificationSettings;
import io.opensdr.events.Sender;
import io.opensdr.events.TargetProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Test data: the events outreach consumes, as campaign-service and qualifier-service publish them. */
public final class OutreachEventMother {

    public static final String SUBJECT = "{{companyName}} and faster deliveries";
    public static final String BODY = "Hello {{firstName}},\n\nAs {{title}} at {{companyName}}, would 30 minutes on "
            + "Wednesday work? {{meetingLink}}\n\n{{senderName}}";

    private OutreachEventMother() {
    }

    public static CampaignSnapshot.Builder aCampaignSnapshot(String campaignId, long revision, CampaignStatus status,
                                                             String senderEmail) {
        return CampaignSnapshot.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now())
                .setWorkspaceId("workspace-1")
                .setCampaignId(campaignId)
                .setRevision(revision)
                .setName("Logistics VPs, France")
                .setSector("Logistics")
                .setStatus(status)
                .setTargetProfile(TargetProfile.newBuilder().setTitles(List.of("VP Sales")).build())
                .setQualification(QualificationSettings.newBuilder().build())
                .setEmailTemplate(EmailTemplate.newBuilder().setSubject(SUBJECT).setBody(BODY).setApproved(true).build())
                .setMeeting(MeetingAvailability.newBuilder().setDays(List.of("WEDNESDAY"))
                        .setSchedulerLink("https://cal.example/camille/30min").build())
                .setSender(Sender.newBuilder().setFromEmail(senderEmail).setFromName("Camille Durand").setDailyCap(30).build());
    }

    public static Contact.Builder aContact(String email) {
        return Contact.newBuilder()
                .setFirstName("Claire").setLastName("Martin").setEmail(email).setTitle("VP Sales")
                .setCompanyName("Acme Logistics").setCompanyDomain("acme.example").setIndustry("Logistics")
                .setTimeZone("Europe/Paris");
    }

    public static ProspectQualified.Builder aProspectQualified(String prospectId, String campaignId, String email) {
        CriterionScore good = CriterionScore.newBuilder().setScore(80).setReason("240 employees").build();
        return ProspectQualified.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now())
                .setWorkspaceId("workspace-1")
                .setCampaignId(campaignId)
                .setProspectId(prospectId)
                .setContact(aContact(email).build())
                .setTotalScore(78)
                .setBudget(good).setAuthority(good).setNeed(good).setTimeline(good)
                .setThreshold(60)
                .setDecision(QualificationDecision.QUALIFIED)
                .setContactable(true);
    }

    /** A human's decision on a prospect of the review band (score 58, under the threshold of 60). */
    public static ProspectReviewed.Builder aProspectReviewed(String prospectId, String campaignId, String email) {
        return ProspectReviewed.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now())
                .setWorkspaceId("workspace-1")
                .setCampaignId(campaignId)
                .setProspectId(prospectId)
                .setDecision(ReviewDecision.QUALIFIED)
                .setContact(aContact(email).build())
                .setTotalScore(58)
                .setContactable(true)
                .setReviewedBy("user-1");
    }

    public static EmailApproved.Builder anEmailApproved(String prospectId, String campaignId, String email) {
        return EmailApproved.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now())
                .setWorkspaceId("workspace-1")
                .setCampaignId(campaignId)
                .setProspectId(prospectId)
                .setDraftId(prospectId + ":1")
                .setStep(1)
                .setRecipient(aContact(email).build())
                .setSubject("Acme Logistics and faster deliveries")
                .setBody("Hello Claire,\n\nEdited by a human: would Thursday work?\n\nCamille Durand")
                .setEdited(true)
                .setApprovedBy("user-7");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
