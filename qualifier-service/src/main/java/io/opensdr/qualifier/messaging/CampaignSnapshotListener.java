package io.opensdr.qualifier.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.qualifier.domain.QualificationService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows every campaign's qualification settings and target profile. */
@Component
public class CampaignSnapshotListener {

    private final QualificationService qualification;

    public CampaignSnapshotListener(QualificationService qualification) {
        this.qualification = qualification;
    }

    @KafkaListener(topics = TopicNames.CAMPAIGN)
    public void on(CampaignSnapshot snapshot) {
        qualification.applyCampaign(CampaignRulesMapper.toRules(snapshot));
    }
}
