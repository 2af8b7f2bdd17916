package io.opensdr.campaign.messaging;

import io.opensdr.campaign.config.CampaignProperties;
import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.SenderIdentity;
import io.opensdr.campaign.domain.SendingWindow;
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
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A campaign as the whole-state snapshot published on sdr.campaign.v1. */
@Component
public class CampaignSnapshotMapper {

    private final CampaignProperties.Sender sender;

    public CampaignSnapshotMapper(CampaignProperties properties) {
        this.sender = properties.sender();
    }

    /**
     * The campaign's snapshot at its current revision, as of its latest change. Only a campaign whose
     * every setup step is saved has one ({@link Campaign#publishable()}). A campaign without its
     * own sender sends as the service's configured one.
     */
    public CampaignSnapshot toSnapshot(Campaign campaign) {
        CampaignSettings settings = campaign.settings();
        if (!campaign.publishable()) {
            throw new IllegalStateException("Campaign " + campaign.id() + " is still being set up: it has no snapshot");
        }
        SendingWindow sending = settings.sending();
        SenderIdentity chosenSender = settings.sender();
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
                        .setFromEmail(chosenSender == null ? sender.fromEmail() : chosenSender.fromEmail())
                        .setFromName(chosenSender == null ? sender.fromName() : chosenSender.fromName())
                        .setTransport(sender.transport())
                        .setDailyCap(chosenSender == null ? sender.dailyCap() : chosenSender.dailyCap())
                        .build())
                .setSending(SendingSettings.newBuilder()
                        .setDays(sending.days().stream().map(DayOfWeek::name).toList())
                        .setStartHour(sending.startHour())
                        .setEndHour(sending.endHour())
                        .setTimeZone(sending.timeZone() == null ? null : sending.timeZone().getId())
                        .setDailyCap(sending.dailyCap())
                        .build())
                .build();
    }
}
