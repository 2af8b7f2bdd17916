package io.opensdr.outreach.messaging;

import io.opensdr.events.PersonSuppressed;
import io.opensdr.outreach.domain.SuppressionReason;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** PersonSuppressed, published for every suppression and erasure so that every service keeps the person out. */
public final class SuppressionEvents {

    private SuppressionEvents() {
    }

    /**
     * @param campaignId  the campaign the suppression came from, when it came from one campaign's email; may be null
     * @param prospectIds the prospects outreach holds with this address
     */
    public static PersonSuppressed personSuppressed(String workspaceId, String campaignId, String addressHash,
                                                    SuppressionReason reason, List<String> prospectIds, Instant at) {
        return PersonSuppressed.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(workspaceId)
                .setCampaignId(campaignId)
                .setAddressHash(addressHash)
                .setReason(io.opensdr.events.SuppressionReason.valueOf(reason.name()))
                .setErase(reason == SuppressionReason.ERASED)
                .setProspectIds(List.copyOf(prospectIds))
                .build();
    }
}
