package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.EmailTemplate;
import io.opensdr.campaign.domain.MeetingAvailability;
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

    /** POST /api/campaigns. Threshold and daily quota may be left out (60 and 100). */
    public record CreateCampaign(
            @NotBlank @Size(max = 120) String name,
            @NotBlank String sector,
            @NotNull @Valid Target targetProfile,
            @NotNull @Valid Template emailTemplate,
            @NotNull @Valid Meeting meeting,
            @Min(0) @Max(100) Integer threshold,
            @Min(1) @Max(1000) Integer dailyProspectQuota) {

        CampaignSettings toSettings() {
            return new CampaignSettings(name, sector, targetProfile.toDomain(), emailTemplate.toDomain(),
                    meeting.toDomain(),
                    threshold == null ? CampaignSettings.DEFAULT_THRESHOLD : threshold,
                    dailyProspectQuota == null ? CampaignSettings.DEFAULT_DAILY_PROSPECT_QUOTA : dailyProspectQuota);
        }
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
