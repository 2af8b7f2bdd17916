package io.opensdr.campaign.domain;

/**
 * What the user chose when setting the campaign up.
 *
 * @param threshold          BANT score (0–100) at or above which a prospect qualifies
 * @param dailyProspectQuota how many prospects the prospector may find per day (1–1000)
 */
public record CampaignSettings(String name, String sector, TargetProfile targetProfile, EmailTemplate emailTemplate,
                               MeetingAvailability meeting, int threshold, int dailyProspectQuota) {

    public static final int DEFAULT_THRESHOLD = 60;
    public static final int DEFAULT_DAILY_PROSPECT_QUOTA = 100;

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
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("The threshold is between 0 and 100");
        }
        if (dailyProspectQuota < 1 || dailyProspectQuota > 1000) {
            throw new IllegalArgumentException("The daily prospect quota is between 1 and 1000");
        }
    }
}
