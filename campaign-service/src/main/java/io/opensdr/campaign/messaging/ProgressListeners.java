package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.ProspectProgress;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EmailSent;
import io.opensdr.events.MeetingBooked;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.ProspectReviewed;
import io.opensdr.events.catalog.TopicNames;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every pipeline event moves its prospect's progress, and with it the dashboard counters (per
 * campaign and per workspace, all time and per day). (EmailDrafted is counted by {@link EmailDraftedListener}, which owns that topic here.)
 */
@Component
public class ProgressListeners {

    private final InboundEventMapper mapper;
    private final ProspectProgress progress;

    public ProgressListeners(InboundEventMapper mapper, ProspectProgress progress) {
        this.mapper = mapper;
        this.progress = progress;
    }

    @KafkaListener(topics = TopicNames.PROSPECT_FOUND)
    void on(ProspectFound event) {
        progress.found(mapper.prospectOf(event), event.getOccurredAt());
    }

    @KafkaListener(topics = TopicNames.PROSPECT_QUALIFIED)
    void on(ProspectQualified event) {
        progress.qualified(mapper.prospectOf(event), mapper.qualificationOf(event), event.getHot(),
                mapper.hotLeadOf(event), event.getOccurredAt());
    }

    /** A human's decision on a prospect of the review band moves it out of "in review". */
    @KafkaListener(topics = TopicNames.PROSPECT_REVIEWED)
    void on(ProspectReviewed event) {
        progress.reviewed(mapper.prospectOf(event), mapper.decisionOf(event), event.getOccurredAt());
    }

    @KafkaListener(topics = TopicNames.EMAIL_APPROVED)
    void on(EmailApproved event) {
        progress.approved(mapper.prospectOf(event), event.getOccurredAt());
    }

    @KafkaListener(topics = TopicNames.EMAIL_SENT)
    void on(EmailSent event) {
        progress.sent(mapper.prospectOf(event), mapper.stepOf(event), event.getOccurredAt());
    }

    @KafkaListener(topics = TopicNames.EMAIL_ENGAGEMENT)
    void on(EmailEngagement event) {
        progress.engaged(mapper.prospectOf(event), mapper.engagementOf(event), event.getMachineGenerated(),
                event.getOccurredAt());
    }

    @KafkaListener(topics = TopicNames.MEETING_BOOKED)
    void on(MeetingBooked event) {
        progress.meeting(mapper.prospectOf(event), mapper.meetingChangeOf(event), event.getOccurredAt());
    }
}
