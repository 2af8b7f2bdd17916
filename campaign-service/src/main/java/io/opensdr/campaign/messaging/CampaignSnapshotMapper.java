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
import io.opensdr.events.TargetProfile;
import java.time.DayOfWeek;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A campaign as the whole-state snapshot published on sdr.campaign.v1. */
@Component
public class CampaignSnapshotMapper {

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
                .build();
    }
}
