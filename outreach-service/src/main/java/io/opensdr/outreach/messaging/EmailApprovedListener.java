package io.opensdr.outreach.messaging;

import io.opensdr.events.EmailApproved;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.outreach.domain.Approvals;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class EmailApprovedListener {

    private final Approvals approvals;

    EmailApprovedListener(Approvals approvals) {
        this.approvals = approvals;
    }

    @KafkaListener(topics = TopicNames.EMAIL_APPROVED)
    void on(EmailApproved event) {
        approvals.onApproved(EmailApprovedMapper.toApprovedEmail(event));
    }
}
