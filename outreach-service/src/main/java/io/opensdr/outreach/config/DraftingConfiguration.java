package io.opensdr.outreach.config;

import io.opensdr.kit.llm.OpenAiJsonChat;
import io.opensdr.outreach.domain.LanguageModel;
import io.opensdr.outreach.domain.CampaignStore;
import io.opensdr.outreach.domain.ComplianceFooter;
import io.opensdr.outreach.domain.DraftGuardrails;
import io.opensdr.outreach.domain.DraftStore;
import io.opensdr.outreach.domain.DraftWriter;
import io.opensdr.outreach.domain.Drafting;
import io.opensdr.outreach.domain.GuardedDraftWriter;
import io.opensdr.outreach.domain.LanguageModelDraftWriter;
import io.opensdr.outreach.domain.ParkedQualifications;
import io.opensdr.outreach.domain.TemplateDraftWriter;
import io.opensdr.outreach.domain.UnsubscribeLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Drafting: a language model when one is configured, the campaign's template otherwise, guardrails and footer always. */
@Configuration
public class DraftingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DraftingConfiguration.class);

    /**
     * The template alone; or, when a language model is configured, the model with the template as
     * its fall-back. A record may then take up to timeout x (retries + 1) x 2 drafts: the service
     * warns at start when a poll's batch of qualifications could outlast the listener's
     * max.poll.interval.ms.
     */
    @Bean
    DraftWriter draftWriter(DraftingProperties properties) {
        var languageModel = properties.languageModel();
        int maxPollRecords = properties.maxPollRecords();
        long maxPollIntervalMs = properties.maxPollIntervalMs();
        if (!languageModel.enabled()) {
            log.info("Drafts from the campaigns' templates (no opensdr.outreach.drafting.language-model.base-url)");
            return new GuardedDraftWriter(null, new TemplateDraftWriter(), new DraftGuardrails());
        }
        long worstRecordMs = languageModel.timeout().toMillis() * (languageModel.maxRetries() + 1L)
                * GuardedDraftWriter.MODEL_ATTEMPTS;
        if (maxPollRecords * worstRecordMs > maxPollIntervalMs) {
            // A batch of slow model calls would outlast the poll interval: Kafka would take the
            // partitions away mid-batch and redeliver them, again and again.
            log.warn("With the language model, {} qualifications per poll may take up to {} s, longer than the poll "
                    + "interval ({} s): lower opensdr.outreach.drafting.max-poll-records to {} or less", maxPollRecords,
                    maxPollRecords * worstRecordMs / 1000, maxPollIntervalMs / 1000,
                    Math.max(1, maxPollIntervalMs / worstRecordMs / 2));
        }
        log.info("Drafts by the language model {} at {}, the campaigns' templates as fall-back", languageModel.modelName(),
                languageModel.baseUrl());
        return new GuardedDraftWriter(new LanguageModelDraftWriter(languageModel(languageModel)),
                new TemplateDraftWriter(), new DraftGuardrails());
    }

    @Bean
    ComplianceFooter complianceFooter(UnsubscribeLinks unsubscribeLinks, DraftingProperties properties) {
        return new ComplianceFooter(unsubscribeLinks, properties.postalAddress());
    }

    @Bean
    Drafting drafting(CampaignStore campaigns, DraftStore drafts, ParkedQualifications parked, DraftWriter writer,
                      ComplianceFooter footer) {
        return new Drafting(campaigns, drafts, parked, writer, footer);
    }

    /** A little temperature, so that a regenerated draft is not the refused one again. */
    static final double TEMPERATURE = 0.4;

    static LanguageModel languageModel(DraftingProperties.LanguageModelProperties properties) {
        return OpenAiJsonChat.connect(new OpenAiJsonChat.Settings(properties.baseUrl(), properties.apiKey(),
                properties.modelName(), properties.timeout(), properties.maxRetries(), TEMPERATURE))::complete;
    }
}
