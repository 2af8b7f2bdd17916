package io.opensdr.prospector.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.prospector.domain.ProspectingService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows every campaign's latest snapshot: status, target profile, quota. */
@Component
public class CampaignSnapshotListener {

    private final ProspectingService prospecting;

    public CampaignSnapshotListener(ProspectingService prospecting) {
        this.prospecting = prospecting;
    }

    @KafkaListener(topics = TopicNames.CAMPAIGN)
    public void on(CampaignSnapshot snapshot) {
        prospecting.applySnapshot(CampaignSnapshotMapper.toCampaign(snapshot));
    }
}
