package io.opensdr.outreach.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code opensdr.outreach.drafting}.
 *
 * @param languageModel the optional language-model drafts: off unless a base URL is set
 * @param postalAddress the sender's physical postal address, one line, added to every draft's
 *                      compliance footer; blank for none
 * @param maxPollRecords qualifications the drafting listener takes per poll
 * @param maxPollIntervalMs the time the drafting listener has for them before Kafka takes its partitions away
 */
@ConfigurationProperties("opensdr.outreach.drafting")
public record DraftingProperties(LanguageModelProperties languageModel, String postalAddress, Integer maxPollRecords,
                                 Long maxPollIntervalMs) {

    public DraftingProperties {
        languageModel = languageModel == null ? new LanguageModelProperties(null, null, null, null, null) : languageModel;
        postalAddress = postalAddress == null ? "" : postalAddress.strip();
        maxPollRecords = maxPollRecords == null ? 5 : maxPollRecords;
        maxPollIntervalMs = maxPollIntervalMs == null ? 600_000L : maxPollIntervalMs;
        if (maxPollRecords < 1 || maxPollIntervalMs < 1) {
            throw new IllegalArgumentException("opensdr.outreach.drafting.max-poll-records and max-poll-interval-ms must be positive");
        }
    }

    /**
     * An OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp server...).
     *
     * @param baseUrl    e.g. {@code http://127.0.0.1:11434/v1}; blank means no language model, templates only
     * @param apiKey     sent as a bearer token; local servers accept any
     * @param modelName  the model to ask
     * @param timeout    per call; past it, the template writes the draft
     * @param maxRetries retries of a failed call before falling back
     */
    public record LanguageModelProperties(String baseUrl, String apiKey, String modelName, Duration timeout,
                                          Integer maxRetries) {

        public LanguageModelProperties {
            apiKey = apiKey == null || apiKey.isBlank() ? "none" : apiKey;
            modelName = modelName == null || modelName.isBlank() ? "gpt-4o-mini" : modelName;
            timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
            maxRetries = maxRetries == null ? 1 : maxRetries;
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("opensdr.outreach.drafting.language-model.timeout must be positive");
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("opensdr.outreach.drafting.language-model.max-retries must not be negative");
            }
        }

        public boolean enabled() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }
}
