package io.opensdr.qualifier.config;

import io.opensdr.kit.llm.OpenAiJsonChat;
import io.opensdr.qualifier.domain.LanguageModel;
import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.qualifier.domain.AssessmentStore;
import io.opensdr.qualifier.domain.BantScorer;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import io.opensdr.qualifier.domain.FallbackBantScorer;
import io.opensdr.qualifier.domain.LanguageModelBantScorer;
import io.opensdr.qualifier.domain.PendingProspects;
import io.opensdr.qualifier.domain.QualificationService;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import io.opensdr.qualifier.persistence.MongoAssessmentStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(QualifierProperties.class)
public class QualifierConfiguration {

    private static final Logger log = LoggerFactory.getLogger(QualifierConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The rules; or, when a language model is configured, the model with the rules as its
     * fall-back. A model call takes hundreds of milliseconds where the rules take microseconds, so
     * a configured model, not the rules, bounds the throughput.
     */
    @Bean
    BantScorer bantScorer(Clock clock, QualifierProperties properties,
                          @Value("${spring.kafka.consumer.max-poll-records:500}") int maxPollRecords,
                          @Value("${spring.kafka.consumer.properties.max.poll.interval.ms:300000}") long maxPollIntervalMs) {
        BantScorer scorer = bantScorer(clock, properties);
        var languageModel = properties.languageModel();
        long worstPollMs = maxPollRecords * languageModel.timeout().toMillis() * (languageModel.maxRetries() + 1L);
        if (languageModel.enabled() && worstPollMs > maxPollIntervalMs) {
            // A batch of slow model calls would outlast the poll interval: Kafka would take the
            // partitions away mid-batch and redeliver them, again and again.
            log.warn("With the language model, {} records per poll may take up to {} s, longer than max.poll.interval.ms"
                    + " ({} s): lower spring.kafka.consumer.max-poll-records to {} or less", maxPollRecords,
                    worstPollMs / 1000, maxPollIntervalMs / 1000,
                    Math.max(1, maxPollIntervalMs / (languageModel.timeout().toMillis() * (languageModel.maxRetries() + 1L)) / 2));
        }
        return scorer;
    }

    BantScorer bantScorer(Clock clock, QualifierProperties properties) {
        RuleBasedBantScorer rules = new RuleBasedBantScorer(clock);
        var languageModel = properties.languageModel();
        if (!languageModel.enabled()) {
            log.info("BANT scoring by rules (no opensdr.qualifier.language-model.base-url)");
            return rules;
        }
        log.info("BANT scoring by the language model {} at {}, rules as fall-back", languageModel.modelName(),
                languageModel.baseUrl());
        return new FallbackBantScorer(new LanguageModelBantScorer(languageModel(languageModel), clock), rules);
    }

    @Bean
    QualificationService qualificationService(CampaignRulesStore campaigns, AssessmentStore assessments,
                                              PendingProspects pending, BantScorer scorer, Clock clock) {
        return new QualificationService(campaigns, assessments, pending, scorer, clock);
    }

    /** The relay publishes the ProspectQualified events waiting in new assessments' outboxes. */
    @Bean
    OutboxCollection assessmentsOutbox() {
        return MongoAssessmentStore.OUTBOX;
    }

    /** Temperature 0: the same prospect should get the same assessment. */
    static LanguageModel languageModel(QualifierProperties.LanguageModelProperties properties) {
        return OpenAiJsonChat.connect(new OpenAiJsonChat.Settings(properties.baseUrl(), properties.apiKey(),
                properties.modelName(), properties.timeout(), properties.maxRetries(), 0.0))::complete;
    }
}
