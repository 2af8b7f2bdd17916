package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.CampaignStatus;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.QualificationSettings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

/** A campaign as the API shows it; {@code threshold} repeats {@code qualification.threshold} for older clients. */
public record CampaignView(String id, String name, String sector, CampaignStatus status, Target targetProfile,
                           Template emailTemplate, Meeting meeting, ProspectSource source, Qualification qualification,
                           int threshold, int dailyProspectQuota,
                           Instant createdAt, Instant launchedAt) {

    public record Target(List<String> titles, List<String> seniorities, List<String> companySizes,
                         List<String> industries, List<String> countries) {
    }

    public record Template(String subject, String body) {
    }

    public record Qualification(int threshold, int reviewBand, int hotScore, Weights weights) {
    }

    public record Weights(int budget, int authority, int need, int timeline) {
    }

    public record Meeting(List<String> days, int startHour, int endHour, String timeZone, String schedulerLink) {
    }

    static CampaignView of(Campaign campaign) {
        CampaignSettings settings = campaign.settings();
        QualificationSettings q = settings.qualification();
        return new CampaignView(
                campaign.id(),
                settings.name(),
                settings.sector(),
                campaign.status(),
                new Target(settings.targetProfile().titles(), settings.targetProfile().seniorities(),
                        settings.targetProfile().companySizes(), settings.targetProfile().industries(),
                        settings.targetProfile().countries()),
                new Template(settings.emailTemplate().subject(), settings.emailTemplate().body()),
                new Meeting(settings.meeting().days().stream().map(DayOfWeek::name).toList(),
                        settings.meeting().startHour(), settings.meeting().endHour(),
                        settings.meeting().timeZone().getId(), settings.meeting().schedulerLink()),
                settings.source(),
                new Qualification(q.threshold(), q.reviewBand(), q.hotScore(),
                        new Weights(q.budgetWeight(), q.authorityWeight(), q.needWeight(), q.timelineWeight())),
                settings.threshold(),
                settings.dailyProspectQuota(),
                campaign.createdAt(),
                campaign.launchedAt());
    }
}
