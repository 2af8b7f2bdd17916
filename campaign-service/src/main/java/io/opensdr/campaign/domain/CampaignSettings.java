package io.opensdr.campaign.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user chose when setting the campaign up. A campaign being set up step by step lacks the
 * later steps: {@code targetProfile}, {@code emailTemplate} and {@code meeting} are null until
 * their step is saved, and {@link #missingForLaunch} lists what is still needed.
 *
 * @param source             where the prospector finds prospects
 * @param qualification      how the qualifier scores them (BANT)
 * @param dailyProspectQuota how many prospects the prospector may find per day (1–1000)
 * @param sending            when emails may leave and the campaign's daily cap
 * @param sender             whom the emails come from and the mailbox's daily cap; null: the service's sender
 */
public record CampaignSettings(String name, String sector, TargetProfile targetProfile, EmailTemplate emailTemplate,
                               MeetingAvailability meeting, ProspectSource source,
                               QualificationSettings qualification, int dailyProspectQuota,
                               SendingWindow sending, SenderIdentity sender) {

    public static final int DEFAULT_THRESHOLD = QualificationSettings.DEFAULT_THRESHOLD;
    public static final int DEFAULT_DAILY_PROSPECT_QUOTA = 100;
    public static final ProspectSource DEFAULT_SOURCE = ProspectSource.DEMO;

    public CampaignSettings {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A campaign name has 1 to 120 characters");
        }
        if (sector == null || sector.isBlank()) {
            throw new IllegalArgumentException("The sector is required");
        }
        if (source == null) {
            throw new IllegalArgumentException("The prospect source is required");
        }
        if (qualification == null) {
            throw new IllegalArgumentException("The qualification settings are required");
        }
        if (dailyProspectQuota < 1 || dailyProspectQuota > 1000) {
            throw new IllegalArgumentException("The daily prospect quota is between 1 and 1000");
        }
        if (sending == null) {
            sending = SendingWindow.defaults();
        }
    }

    /** Settings with the default sending window and the service's sender. */
    public CampaignSettings(String name, String sector, TargetProfile targetProfile, EmailTemplate emailTemplate,
                            MeetingAvailability meeting, ProspectSource source, QualificationSettings qualification,
                            int dailyProspectQuota) {
        this(name, sector, targetProfile, emailTemplate, meeting, source, qualification, dailyProspectQuota, null, null);
    }

    /** Step 1 only: a name and a sector, everything else to come (defaults where there are defaults). */
    public static CampaignSettings started(String name, String sector) {
        return new CampaignSettings(name, sector, null, null, null, DEFAULT_SOURCE, QualificationSettings.defaults(),
                DEFAULT_DAILY_PROSPECT_QUOTA);
    }

    /** BANT score (0–100) at or above which a prospect qualifies. */
    public int threshold() {
        return qualification.threshold();
    }

    /** Every step is saved: the campaign can be published to the other services. */
    public boolean complete() {
        return targetProfile != null && emailTemplate != null && meeting != null;
    }

    /** What is missing before launch, step by step; empty when the campaign can be launched. */
    public List<SetupGap> missingForLaunch(boolean templateApproved) {
        List<SetupGap> gaps = new ArrayList<>();
        if (targetProfile == null) {
            gaps.add(new SetupGap(2, "targetProfile", "Choose the target profile (titles, seniorities, company sizes, industries, countries)"));
        } else if (targetProfile.isAnyone()) {
            gaps.add(new SetupGap(2, "targetProfile", "Name at least one title, seniority, company size, industry or country"));
        }
        if (emailTemplate == null) {
            gaps.add(new SetupGap(3, "emailTemplate", "Write the email template"));
        } else if (!templateApproved) {
            gaps.add(new SetupGap(3, "emailTemplate.approved", "Approve the email template after checking its preview"));
        }
        if (meeting == null) {
            gaps.add(new SetupGap(4, "meeting", "Set the meeting availability (days, hours, time zone, scheduler link)"));
        } else {
            if (meeting.days().isEmpty()) {
                gaps.add(new SetupGap(4, "meeting.days", "Choose at least one day for meetings"));
            }
            if (meeting.schedulerLink() == null && emailTemplate != null && emailTemplate.uses("{{meetingLink}}")) {
                gaps.add(new SetupGap(4, "meeting.schedulerLink",
                        "The template uses {{meetingLink}}: give the scheduler link prospects book meetings with"));
            }
        }
        return gaps;
    }

    public CampaignSettings withNameAndSector(String nextName, String nextSector) {
        return new CampaignSettings(nextName, nextSector, targetProfile, emailTemplate, meeting, source, qualification,
                dailyProspectQuota, sending, sender);
    }

    public CampaignSettings withTargetProfile(TargetProfile next) {
        return new CampaignSettings(name, sector, next, emailTemplate, meeting, source, qualification, dailyProspectQuota,
                sending, sender);
    }

    public CampaignSettings withEmailTemplate(EmailTemplate next) {
        return new CampaignSettings(name, sector, targetProfile, next, meeting, source, qualification, dailyProspectQuota,
                sending, sender);
    }

    public CampaignSettings withMeeting(MeetingAvailability next) {
        return new CampaignSettings(name, sector, targetProfile, emailTemplate, next, source, qualification,
                dailyProspectQuota, sending, sender);
    }

    public CampaignSettings withProspecting(ProspectSource nextSource, int nextQuota) {
        return new CampaignSettings(name, sector, targetProfile, emailTemplate, meeting, nextSource, qualification,
                nextQuota, sending, sender);
    }

    public CampaignSettings withQualification(QualificationSettings next) {
        return new CampaignSettings(name, sector, targetProfile, emailTemplate, meeting, source, next, dailyProspectQuota,
                sending, sender);
    }

    public CampaignSettings withSending(SendingWindow nextSending, SenderIdentity nextSender) {
        return new CampaignSettings(name, sector, targetProfile, emailTemplate, meeting, source, qualification,
                dailyProspectQuota, nextSending, nextSender);
    }
}
