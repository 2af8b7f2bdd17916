package io.opensdr.campaign.domain;

/**
 * What the user chose when setting the campaign up.
 *
 * @param source             where the prospector finds prospects
 * @param qualification      how the qualifier scores them (BANT)
 * @param dailyProspectQuota how many prospects the prospector may find per day (1–1000)
 */
public record CampaignSettings(String name, String sector, TargetProfile targetProfile, EmailTemplate emailTemplate,
                               MeetingAvailability meeting, ProspectSource source,
                               QualificationSettings qualification, int dailyProspectQuota) {

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
        if (targetProfile == null || emailTemplate == null || meeting == null) {
            throw new IllegalArgumentException("Target profile, email template and meeting availability are required");
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
    }

    /** BANT score (0–100) at or above which a prospect qualifies. */
    public int threshold() {
        return qualification.threshold();
    }

    public CampaignSettings withQualification(QualificationSettings next) {
        return new CampaignSettings(name, sector, targetProfile, emailTemplate, meeting, source, next, dailyProspectQuota);
    }
}
