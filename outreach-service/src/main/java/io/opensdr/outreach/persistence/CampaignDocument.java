package io.opensdr.outreach.persistence;

import io.opensdr.outreach.domain.Campaign;
import io.opensdr.outreach.domain.CampaignStatus;
import io.opensdr.outreach.domain.EmailTemplate;
import io.opensdr.outreach.domain.ProspectSource;
import io.opensdr.outreach.domain.SenderMailbox;
import io.opensdr.outreach.domain.CampaignSending;
import io.opensdr.outreach.domain.MailTransport;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest snapshot seen of one campaign, as outreach needs it. A document stored before name,
 * sector and source were kept reads as a demo-directory campaign without name or sector.
 */
@Document(CampaignDocument.COLLECTION)
record CampaignDocument(@Id String id, String workspaceId, long revision, @Indexed String status,
                        String templateSubject, String templateBody, String senderEmail, String senderName,
                        int dailyCap, String meetingLink, Instant storedAt,
                        String name, String sector, String source, String transport,
                        List<String> sendingDays, Integer sendingStartHour, Integer sendingEndHour,
                        String sendingZone, Integer campaignDailyCap) {

    static final String COLLECTION = "campaigns";

    Campaign toDomain() {
        return new Campaign(id, workspaceId, revision, CampaignStatus.valueOf(status),
                new EmailTemplate(templateSubject, templateBody),
                new SenderMailbox(senderEmail, senderName, dailyCap,
                        transport == null ? MailTransport.Kind.SMTP : MailTransport.Kind.valueOf(transport)),
                meetingLink, name, sector, source == null ? ProspectSource.DEMO : ProspectSource.valueOf(source),
                sending());
    }

    /** A document stored before the sending window was kept reads as the defaults. */
    private CampaignSending sending() {
        if (sendingDays == null || sendingStartHour == null || sendingEndHour == null || sendingZone == null
                || campaignDailyCap == null) {
            return CampaignSending.defaults(ZoneOffset.UTC);
        }
        return new CampaignSending(sendingDays.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                sendingStartHour, sendingEndHour, ZoneId.of(sendingZone), campaignDailyCap);
    }
}
