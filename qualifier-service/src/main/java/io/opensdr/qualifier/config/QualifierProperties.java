package io.opensdr.qualifier.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opensdr.qualifier.*}.
 *
 * @param languageModel the optional language-model assessment: off unless a base URL is set
 */
@ConfigurationProperties("opensdr.qualifier")
public record QualifierProperties(LanguageModelProperties languageModel) {

    public QualifierProperties {
        languageModel = languageModel == null ? new LanguageModelProperties(null, null, null, null, null) : languageModel;
    }

    /**
     * An OpenAI-compatible chat endpoint (OpenAI, vLLM, Ollama, llama.cpp server...).
     *
     * @param baseUrl    e.g. {@code http://127.0.0.1:11434/v1}; blank means no language model, rules only
     * @param apiKey     sent as a bearer token; local servers accept any
     * @param modelName  the model to ask
     * @param timeout    per call; past it, the rules score instead
     * @param maxRetries retries of a failed call before falling back
     */
    public record LanguageModelProperties(String baseUrl, String apiKey, String modelName, Duration timeout,
                                          Integer maxRetries) {

        public LanguageModelProperties {
            apiKey = apiKey == null || apiKey.isBlank() ? "none" : apiKey;
            modelName = modelName == null || modelName.isBlank() ? "gpt-4o-mini" : modelName;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            maxRetries = maxRetries == null ? 1 : maxRetries;
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("opensdr.qualifier.language-model.timeout must be positive");
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("opensdr.qualifier.language-model.max-retries must not be negative");
            }
        }

        public boolean enabled() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }
}
