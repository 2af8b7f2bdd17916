package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.EmailTemplate;
import io.opensdr.campaign.domain.MeetingAvailability;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.QualificationSettings;
import io.opensdr.campaign.domain.TargetProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;

/** The request bodies of the campaign endpoints, validated field by field before the domain sees them. */
public final class CampaignRequests {

    private CampaignRequests() {
    }

    /**
     * POST /api/campaigns. Source, qualification, threshold and daily quota may be left out (DEMO,
     * the default BANT settings, 60 and 100). The top-level {@code threshold} predates
     * {@code qualification} and still works; given in both places it must be the same.
     */
    public record CreateCampaign(
            @NotBlank @Size(max = 120) String name,
            @NotBlank String sector,
            @NotNull @Valid Target targetProfile,
            @NotNull @Valid Template emailTemplate,
            @NotNull @Valid Meeting meeting,
            @Pattern(regexp = SOURCES, message = "must be one of DEMO, ROCKETREACH, CSV") String source,
            @Valid Qualification qualification,
            @Min(0) @Max(100) Integer threshold,
            @Min(1) @Max(1000) Integer dailyProspectQuota) {

        CampaignSettings toSettings() {
            if (threshold != null && qualification != null && qualification.threshold() != null
                    && !threshold.equals(qualification.threshold())) {
                throw new IllegalArgumentException("The threshold is given twice with different values ("
                        + threshold + " and qualification.threshold " + qualification.threshold() + "); give it once");
            }
            int baseThreshold = threshold == null ? CampaignSettings.DEFAULT_THRESHOLD : threshold;
            return new CampaignSettings(name, sector, targetProfile.toDomain(), emailTemplate.toDomain(),
                    meeting.toDomain(),
                    source == null ? CampaignSettings.DEFAULT_SOURCE : ProspectSource.valueOf(source),
                    qualification == null ? QualificationSettings.withThreshold(baseThreshold)
                            : qualification.toDomain(baseThreshold),
                    dailyProspectQuota == null ? CampaignSettings.DEFAULT_DAILY_PROSPECT_QUOTA : dailyProspectQuota);
        }
    }

    static final String SOURCES = "DEMO|ROCKETREACH|CSV";

    /**
     * The BANT settings, in a new campaign or in PUT /api/campaigns/{id}/qualification (which
     * replaces them all). A field left out takes its default: threshold 60, reviewBand 5, hotScore
     * 80 (or the threshold if higher), each weight 25.
     */
    @ConsistentQualification
    public record Qualification(
            @Min(0) @Max(100) Integer threshold,
            @Min(0) @Max(50) Integer reviewBand,
            @Min(0) @Max(100) Integer hotScore,
            @Valid Weights weights) {

        QualificationSettings toDomain(int defaultThreshold) {
            int chosenThreshold = threshold == null ? defaultThreshold : threshold;
            Weights chosenWeights = weights == null ? new Weights(null, null, null, null) : weights;
            return new QualificationSettings(
                    chosenThreshold,
                    orDefault(reviewBand, QualificationSettings.DEFAULT_REVIEW_BAND),
                    orDefault(hotScore, Math.max(QualificationSettings.DEFAULT_HOT_SCORE, chosenThreshold)),
                    orDefault(chosenWeights.budget(), QualificationSettings.DEFAULT_WEIGHT),
                    orDefault(chosenWeights.authority(), QualificationSettings.DEFAULT_WEIGHT),
                    orDefault(chosenWeights.need(), QualificationSettings.DEFAULT_WEIGHT),
                    orDefault(chosenWeights.timeline(), QualificationSettings.DEFAULT_WEIGHT));
        }

        private static int orDefault(Integer value, int fallback) {
            return value == null ? fallback : value;
        }
    }

    /** The BANT weights, each 0–100, with a positive sum; the qualifier scales them to their sum. */
    public record Weights(
            @Min(0) @Max(100) Integer budget,
            @Min(0) @Max(100) Integer authority,
            @Min(0) @Max(100) Integer need,
            @Min(0) @Max(100) Integer timeline) {
    }

    public record Target(
            List<@NotBlank String> titles,
            List<@NotBlank String> seniorities,
            List<@NotBlank String> companySizes,
            List<@NotBlank String> industries,
            List<@NotBlank String> countries) {

        TargetProfile toDomain() {
            return new TargetProfile(titles, seniorities, companySizes, industries, countries);
        }
    }

    public record Template(
            @NotBlank @KnownMergeFields String subject,
            @NotBlank @KnownMergeFields String body) {

        EmailTemplate toDomain() {
            return new EmailTemplate(subject, body);
        }
    }

    @HoursInOrder
    public record Meeting(
            List<@NotNull @Pattern(regexp = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY",
                    message = "must be a day such as MONDAY") String> days,
            @NotNull @Min(0) @Max(24) Integer startHour,
            @NotNull @Min(0) @Max(24) Integer endHour,
            @NotBlank @IanaTimeZone String timeZone,
            String schedulerLink) {

        MeetingAvailability toDomain() {
            List<DayOfWeek> weekDays = days == null ? List.of() : days.stream().map(DayOfWeek::valueOf).toList();
            String link = schedulerLink == null || schedulerLink.isBlank() ? null : schedulerLink.trim();
            return new MeetingAvailability(weekDays, startHour, endHour, ZoneId.of(timeZone), link);
        }
    }
}
