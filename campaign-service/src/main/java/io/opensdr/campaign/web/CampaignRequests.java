package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.EmailTemplate;
import io.opensdr.campaign.domain.MeetingAvailability;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.QualificationSettings;
import io.opensdr.campaign.domain.SenderIdentity;
import io.opensdr.campaign.domain.SendingWindow;
import io.opensdr.campaign.domain.TargetProfile;
import io.opensdr.kit.web.StrictJson;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
     * POST /api/campaigns: step 1 (name and sector) at least. The other steps may come in the same
     * body (the whole campaign at once, as the SPA's one-page form sends it) or later, one by one.
     * Source, qualification, threshold, daily quota, sending window and sender may be left out
     * (DEMO, the default BANT settings, 60, 100, weekdays 9-17 with 100 a day, the service's sender).
     * The top-level {@code threshold} predates {@code qualification} and still works; given in both
     * places it must be the same.
     */
    public record CreateCampaign(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 120) String sector,
            @Valid Target targetProfile,
            @Valid Template emailTemplate,
            @Valid Meeting meeting,
            @Pattern(regexp = SOURCES, message = "must be one of DEMO, ROCKETREACH, CSV") String source,
            @Valid Qualification qualification,
            @Min(0) @Max(100) Integer threshold,
            @Min(1) @Max(1000) Integer dailyProspectQuota,
            @Valid Sending sending,
            @Valid SenderRequest sender) implements StrictJson {

        /** The template is approved in the same request only when the body says so. */
        boolean templateApproved() {
            return emailTemplate != null && Boolean.TRUE.equals(emailTemplate.approved());
        }

        CampaignSettings toSettings() {
            if (threshold != null && qualification != null && qualification.threshold() != null
                    && !threshold.equals(qualification.threshold())) {
                throw new IllegalArgumentException("The threshold is given twice with different values ("
                        + threshold + " and qualification.threshold " + qualification.threshold() + "); give it once");
            }
            int baseThreshold = threshold == null ? CampaignSettings.DEFAULT_THRESHOLD : threshold;
            return new CampaignSettings(name.strip(), sector.strip(),
                    targetProfile == null ? null : targetProfile.toDomain(),
                    emailTemplate == null ? null : emailTemplate.toDomain(),
                    meeting == null ? null : meeting.toDomain(),
                    source == null ? CampaignSettings.DEFAULT_SOURCE : ProspectSource.valueOf(source),
                    qualification == null ? QualificationSettings.withThreshold(baseThreshold)
                            : qualification.toDomain(baseThreshold),
                    dailyProspectQuota == null ? CampaignSettings.DEFAULT_DAILY_PROSPECT_QUOTA : dailyProspectQuota,
                    sending == null ? null : sending.toDomain(),
                    sender == null ? null : sender.toDomain());
        }
    }

    static final String SOURCES = "DEMO|ROCKETREACH|CSV";

    /**
     * The BANT settings, in a new campaign or in PUT /api/campaigns/{id}/qualification (which
     * replaces them all). A field left out takes its default: threshold 60, reviewBand 5, hotScore
     * 80 (or the threshold if higher), each weight 25.
     */
    @ConsistentQualification
    @Schema(name = "QualificationRequest")
    public record Qualification(
            @Min(0) @Max(100) Integer threshold,
            @Min(0) @Max(50) Integer reviewBand,
            @Min(0) @Max(100) Integer hotScore,
            @Valid Weights weights) implements StrictJson {

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
    @Schema(name = "WeightsRequest")
    public record Weights(
            @Min(0) @Max(100) Integer budget,
            @Min(0) @Max(100) Integer authority,
            @Min(0) @Max(100) Integer need,
            @Min(0) @Max(100) Integer timeline) implements StrictJson {
    }

    /** Step 2. Each list has at most 50 entries; an empty or missing list means "any". */
    @Schema(name = "TargetProfileRequest")
    public record Target(
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> titles,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> seniorities,
            @Size(max = 50) List<@NotBlank @Pattern(regexp = "\\d{1,6}-\\d{1,6}|\\d{1,6}\\+",
                    message = "must be an employee range such as 51-200 or 10001+") String> companySizes,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> industries,
            @Size(max = 50) List<@NotBlank @Pattern(regexp = "[A-Z]{2}",
                    message = "must be an ISO 3166-1 alpha-2 code such as FR") String> countries) implements StrictJson {

        TargetProfile toDomain() {
            return new TargetProfile(titles, seniorities, companySizes, industries, countries);
        }
    }

    /** Step 3. {@code approved} is only read by POST /api/campaigns (the whole campaign at once). */
    @Schema(name = "EmailTemplateRequest")
    public record Template(
            @NotBlank @Size(max = 200) @KnownMergeFields String subject,
            @NotBlank @Size(max = 10_000) @KnownMergeFields String body,
            Boolean approved) implements StrictJson {

        EmailTemplate toDomain() {
            return new EmailTemplate(subject, body);
        }
    }

    /** Start and end hours, checked in order by {@link HoursInOrder}. */
    public interface HourRange {
        Integer startHour();

        Integer endHour();
    }

    static final String DAYS = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

    /** Step 4. The scheduler link is an https URL (Calendly, Cal.com...). */
    @HoursInOrder
    @Schema(name = "MeetingRequest")
    public record Meeting(
            @Size(max = 7) List<@NotNull @Pattern(regexp = DAYS, message = "must be a day such as MONDAY") String> days,
            @NotNull @Min(0) @Max(24) Integer startHour,
            @NotNull @Min(0) @Max(24) Integer endHour,
            @NotBlank @IanaTimeZone String timeZone,
            @Size(max = 500) @Pattern(regexp = "https://[^\\s<>\"]+", message = "must be an https URL such as https://calendly.com/you/30min")
            String schedulerLink) implements HourRange, StrictJson {

        MeetingAvailability toDomain() {
            List<DayOfWeek> weekDays = days == null ? List.of() : days.stream().map(DayOfWeek::valueOf).distinct().toList();
            String link = schedulerLink == null || schedulerLink.isBlank() ? null : schedulerLink.trim();
            return new MeetingAvailability(weekDays, startHour, endHour, ZoneId.of(timeZone), link);
        }
    }

    /** Step 1 again: a new name and sector for a DRAFT. */
    public record NameAndSector(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 120) String sector) implements StrictJson {
    }

    /** Where prospects come from (before launch only) and how many a day. */
    public record Prospecting(
            @NotNull @Pattern(regexp = SOURCES, message = "must be one of DEMO, ROCKETREACH, CSV") String source,
            @NotNull @Min(1) @Max(1000) Integer dailyProspectQuota) implements StrictJson {
    }

    /**
     * When the campaign's emails may leave (in each prospect's time zone, else {@code timeZone},
     * else the meeting's) and how many a day for the whole campaign.
     */
    @HoursInOrder
    @Schema(name = "SendingRequest")
    public record Sending(
            @NotEmpty @Size(max = 7) List<@NotNull @Pattern(regexp = DAYS, message = "must be a day such as MONDAY") String> days,
            @NotNull @Min(0) @Max(23) Integer startHour,
            @NotNull @Min(1) @Max(24) Integer endHour,
            @IanaTimeZone String timeZone,
            @NotNull @Min(1) @Max(SendingWindow.MAX_DAILY_CAP) Integer dailyCap) implements HourRange, StrictJson {

        SendingWindow toDomain() {
            return new SendingWindow(days.stream().map(DayOfWeek::valueOf).toList(), startHour, endHour,
                    timeZone == null || timeZone.isBlank() ? null : ZoneId.of(timeZone), dailyCap);
        }
    }

    /** Whom the emails come from, and the mailbox's own daily cap. */
    public record SenderRequest(
            @NotBlank @Email @Size(max = 254) String fromEmail,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain line breaks") String fromName,
            @NotNull @Min(1) @Max(SenderIdentity.MAX_DAILY_CAP) Integer dailyCap) implements StrictJson {

        SenderIdentity toDomain() {
            return new SenderIdentity(fromEmail.strip(), fromName.strip(), dailyCap);
        }
    }

    /** PUT /api/campaigns/{id}/sending: the window, and the sender (null: the service's). */
    public record SendingAndSender(@NotNull @Valid Sending window, @Valid SenderRequest sender) implements StrictJson {
    }

    /** POST /api/campaigns/bulk: one lifecycle action on up to 100 campaigns. */
    public record Bulk(
            @NotNull @Pattern(regexp = "LAUNCH|PAUSE|RESUME|STOP|COMPLETE",
                    message = "must be one of LAUNCH, PAUSE, RESUME, STOP, COMPLETE") String action,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> ids) implements StrictJson {
    }
}
