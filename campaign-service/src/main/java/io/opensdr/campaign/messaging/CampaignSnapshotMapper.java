package io.opensdr.campaign.messaging;

import io.opensdr.campaign.config.CampaignProperties;
import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.CampaignStatus;
import io.opensdr.events.EmailTemplate;
import io.opensdr.events.MeetingAvailability;
import io.opensdr.events.ProspectSource;
import io.opensdr.events.QualificationSettings;
import io.opensdr.events.Sender;
import io.opensdr.events.SendingSettings;
import io.opensdr.events.TargetProfile;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A campaign as the whole-state snapshot published on sdr.campaign.v1. */
@Component
public class CampaignSnapshotMapper {

    /**
     * The sending window and campaign cap every campaign gets until the campaign API lets a user
     * choose them: weekdays 9:00-17:00 in each prospect's time zone (the meeting's when unknown),
     * 100 emails a day per campaign on top of the mailbox's own cap.
     */
    static final List<String> DEFAULT_SENDING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
            .map(DayOfWeek::name).toList();
    static final int DEFAULT_SENDING_START_HOUR = 9;
    static final int DEFAULT_SENDING_END_HOUR = 17;
    static final int DEFAULT_CAMPAIGN_DAILY_CAP = 100;

    private final CampaignProperties.Sender sender;

    public CampaignSnapshotMapper(CampaignProperties properties) {
        this.sender = properties.sender();
    }

    /** The campaign's snapshot at its current revision, as of its latest change. */
    public CampaignSnapshot toSnapshot(Campaign campaign) {
        CampaignSettings settings = campaign.settings();
        return CampaignSnapshot.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(campaign.updatedAt())
                .setWorkspaceId(campaign.workspaceId())
                .setCampaignId(campaign.id())
                .setRevision(campaign.revision())
                .setName(settings.name())
                .setSector(settings.sector())
                .setStatus(CampaignStatus.valueOf(campaign.status().name()))
                .setSource(ProspectSource.valueOf(settings.source().name()))
                .setTargetProfile(TargetProfile.newBuilder()
                        .setTitles(settings.targetProfile().titles())
                        .setSeniorities(settings.targetProfile().seniorities())
                        .setCompanySizes(settings.targetProfile().companySizes())
                        .setIndustries(settings.targetProfile().industries())
                        .setCountries(settings.targetProfile().countries())
                        .build())
                .setDailyProspectQuota(settings.dailyProspectQuota())
                .setQualification(QualificationSettings.newBuilder()
                        .setThreshold(settings.qualification().threshold())
                        .setReviewBand(settings.qualification().reviewBand())
                        .setHotScore(settings.qualification().hotScore())
                        .setBudgetWeight(settings.qualification().budgetWeight())
                        .setAuthorityWeight(settings.qualification().authorityWeight())
                        .setNeedWeight(settings.qualification().needWeight())
                        .setTimelineWeight(settings.qualification().timelineWeight())
                        .build())
                .setEmailTemplate(EmailTemplate.newBuilder()
                        .setSubject(settings.emailTemplate().subject())
                        .setBody(settings.emailTemplate().body())
                        .setApproved(campaign.templateApproved())
                        .build())
                .setMeeting(MeetingAvailability.newBuilder()
                        .setDays(settings.meeting().days().stream().map(DayOfWeek::name).toList())
                        .setStartHour(settings.meeting().startHour())
                        .setEndHour(settings.meeting().endHour())
                        .setTimeZone(settings.meeting().timeZone().getId())
                        .setSchedulerLink(settings.meeting().schedulerLink())
                        .build())
                .setSender(Sender.newBuilder()
                        .setFromEmail(sender.fromEmail())
                        .setFromName(sender.fromName())
                        .setTransport(sender.transport())
                        .setDailyCap(sender.dailyCap())
                        .build())
                .setSending(SendingSettings.newBuilder()
                        .setDays(DEFAULT_SENDING_DAYS)
                        .setStartHour(DEFAULT_SENDING_START_HOUR)
                        .setEndHour(DEFAULT_SENDING_END_HOUR)
                        .setTimeZone(null)
                        .setDailyCap(DEFAULT_CAMPAIGN_DAILY_CAP)
                        .build())
                .build();
    }
}
