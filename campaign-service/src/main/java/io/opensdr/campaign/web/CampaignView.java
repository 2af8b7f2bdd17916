package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.CampaignStatus;
import io.opensdr.campaign.domain.MeetingAvailability;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.QualificationSettings;
import io.opensdr.campaign.domain.SenderIdentity;
import io.opensdr.campaign.domain.SendingWindow;
import io.opensdr.campaign.domain.SetupGap;
import io.opensdr.campaign.domain.TargetProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

/**
 * A campaign as the API shows it; {@code threshold} repeats {@code qualification.threshold} for
 * older clients. A campaign being set up has null {@code targetProfile}, {@code emailTemplate} or
 * {@code meeting} until their step is saved; {@code missing} lists what it lacks before launch
 * (empty once it can be launched, and once launched). {@code sender} is null when the campaign
 * sends as the service's configured sender.
 */
public record CampaignView(String id, String name, String sector, CampaignStatus status, @Schema(nullable = true) Target targetProfile,
                           @Schema(nullable = true) Template emailTemplate, @Schema(nullable = true) Meeting meeting, ProspectSource source, Qualification qualification,
                           int threshold, int dailyProspectQuota, Sending sending, @Schema(nullable = true) Sender sender,
                           List<SetupGap> missing, long revision,
                           Instant createdAt, @Schema(nullable = true) Instant launchedAt) {

    public record Target(List<String> titles, List<String> seniorities, List<String> companySizes,
                         List<String> industries, List<String> countries) {
    }

    public record Template(String subject, String body, boolean approved) {
    }

    public record Qualification(int threshold, int reviewBand, int hotScore, Weights weights) {
    }

    public record Weights(int budget, int authority, int need, int timeline) {
    }

    public record Meeting(List<String> days, int startHour, int endHour, String timeZone, @Schema(nullable = true) String schedulerLink) {
    }

    public record Sending(List<String> days, int startHour, int endHour, @Schema(nullable = true) String timeZone, int dailyCap) {
    }

    public record Sender(String fromEmail, String fromName, int dailyCap) {
    }

    static CampaignView of(Campaign campaign) {
        CampaignSettings settings = campaign.settings();
        QualificationSettings q = settings.qualification();
        TargetProfile target = settings.targetProfile();
        MeetingAvailability meeting = settings.meeting();
        SendingWindow sending = settings.sending();
        SenderIdentity sender = settings.sender();
        return new CampaignView(
                campaign.id(),
                settings.name(),
                settings.sector(),
                campaign.status(),
                target == null ? null : new Target(target.titles(), target.seniorities(), target.companySizes(),
                        target.industries(), target.countries()),
                settings.emailTemplate() == null ? null : new Template(settings.emailTemplate().subject(),
                        settings.emailTemplate().body(), campaign.templateApproved()),
                meeting == null ? null : new Meeting(meeting.days().stream().map(DayOfWeek::name).toList(),
                        meeting.startHour(), meeting.endHour(), meeting.timeZone().getId(), meeting.schedulerLink()),
                settings.source(),
                new Qualification(q.threshold(), q.reviewBand(), q.hotScore(),
                        new Weights(q.budgetWeight(), q.authorityWeight(), q.needWeight(), q.timelineWeight())),
                settings.threshold(),
                settings.dailyProspectQuota(),
                new Sending(sending.days().stream().map(DayOfWeek::name).toList(), sending.startHour(),
                        sending.endHour(), sending.timeZone() == null ? null : sending.timeZone().getId(),
                        sending.dailyCap()),
                sender == null ? null : new Sender(sender.fromEmail(), sender.fromName(), sender.dailyCap()),
                campaign.status() == CampaignStatus.DRAFT ? settings.missingForLaunch(campaign.templateApproved()) : List.of(),
                campaign.revision(),
                campaign.createdAt(),
                campaign.launchedAt());
    }
}
