package io.opensdr.outreach.messaging;

import io.opensdr.events.EmailEngagement;
import io.opensdr.events.EngagementType;
import io.opensdr.outreach.domain.Engagement;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** EmailEngagement, the event every recorded {@link Engagement} publishes. */
public final class EngagementEvents {

    private EngagementEvents() {
    }

    public static EmailEngagement emailEngagement(Engagement engagement) {
        return EmailEngagement.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(engagement.occurredAt().truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(engagement.workspaceId())
                .setCampaignId(engagement.campaignId())
                .setProspectId(engagement.prospectId())
                .setEmailId(engagement.emailId())
                .setType(EngagementType.valueOf(engagement.kind().name()))
                .setMachineGenerated(engagement.machineGenerated())
                .setDetail(engagement.detail())
                .setProviderEventId(engagement.providerEventId())
                .build();
    }
}
