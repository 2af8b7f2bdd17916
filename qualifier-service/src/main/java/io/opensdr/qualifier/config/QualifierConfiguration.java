package io.opensdr.qualifier.config;

import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.qualifier.domain.AssessmentStore;
import io.opensdr.qualifier.domain.BantScorer;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import io.opensdr.qualifier.domain.PendingProspects;
import io.opensdr.qualifier.domain.QualificationService;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class QualifierConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BantScorer bantScorer(Clock clock) {
        return new RuleBasedBantScorer(clock);
    }

    @Bean
    QualificationService qualificationService(CampaignRulesStore campaigns, AssessmentStore assessments,
                                              PendingProspects pending, BantScorer scorer, Clock clock) {
        return new QualificationService(campaigns, assessments, pending, scorer, clock);
    }

    /** The relay publishes the ProspectQualified events waiting in new assessments' outboxes. */
    @Bean
    OutboxCollection assessmentsOutbox() {
        return new OutboxCollection("assessments");
    }
}
