package io.opensdr.outreach.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.outreach.domain.Drafting;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class CampaignSnapshotListener {

    private final Drafting drafting;

    CampaignSnapshotListener(Drafting drafting) {
        this.drafting = drafting;
    }

    @KafkaListener(topics = TopicNames.CAMPAIGN)
    void on(CampaignSnapshot snapshot) {
        drafting.onCampaign(CampaignSnapshotMapper.toCampaign(snapshot));
    }
}
