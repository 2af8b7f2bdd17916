package io.opensdr.campaign.persistence;

import io.opensdr.kit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign as stored, with the outbox of snapshot events not yet relayed to Kafka. {@code threshold}
 * repeats {@code qualification.threshold}; documents written before {@code source} and
 * {@code qualification} existed lack them and load as DEMO with the default BANT settings. A campaign
 * being set up step by step lacks {@code targetProfile}, {@code emailTemplate} or {@code meeting}
 * until their step is saved.
 */
@Document(CampaignDocument.COLLECTION)
@CompoundIndex(name = "workspace_created", def = "{'workspaceId': 1, 'createdAt': -1}")
record CampaignDocument(
        @Id String id,
        String workspaceId,
        String name,
        String sector,
        String status,
        TargetProfileDocument targetProfile,
        EmailTemplateDocument emailTemplate,
        MeetingDocument meeting,
        int threshold,
        String source,
        QualificationDocument qualification,
        int dailyProspectQuota,
        SendingDocument sending,
        SenderDocument sender,
        long revision,
        Instant createdAt,
        Instant launchedAt,
        Instant updatedAt,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "campaigns";

    record TargetProfileDocument(List<String> titles, List<String> seniorities, List<String> companySizes,
                                 List<String> industries, List<String> countries) {
    }

    record EmailTemplateDocument(String subject, String body, boolean approved) {
    }

    /** Missing in campaigns stored before sources and BANT settings could be chosen (then DEMO, defaults). */
    record QualificationDocument(int threshold, int reviewBand, int hotScore, int budgetWeight, int authorityWeight,
                                 int needWeight, int timelineWeight) {
    }

    /** Missing in campaigns stored before the sending window could be chosen (then the defaults). */
    record SendingDocument(List<String> days, int startHour, int endHour, String timeZone, int dailyCap) {
    }

    /** Null when the campaign sends as the service's configured sender. */
    record SenderDocument(String fromEmail, String fromName, int dailyCap) {
    }

    record MeetingDocument(List<String> days, int startHour, int endHour, String timeZone, String schedulerLink) {
    }
}
