package io.opensdr.kit.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The one way the services talk to a language model: LangChain4j's {@link OpenAiChatModel} on any
 * OpenAI-compatible {@code /chat/completions} endpoint (OpenAI, vLLM, Ollama, llama.cpp server),
 * asked for a JSON object (response_format json_object). Each service's domain declares its own
 * {@code LanguageModel} port and is given {@code chat::complete}.
 *
 * <p>LangChain4j is an optional dependency of the kit: a service that uses this class declares
 * {@code langchain4j-open-ai} and {@code langchain4j-http-client-jdk} itself.
 */
public final class OpenAiJsonChat {

    /**
     * @param maxRetries  retries of a failed call (HTTP error, timeout) before {@link #complete} throws
     * @param temperature 0 for repeatable answers; a little more where a second try must differ
     */
    public record Settings(String baseUrl, String apiKey, String modelName, Duration timeout, int maxRetries,
                           double temperature) {
    }

    /** Timer of every call, retries included, by outcome (success, failure). */
    public static final String REQUESTS = "opensdr.llm.requests";
    public static final String FALLBACKS = "opensdr.llm.fallbacks";

    private final ChatModel chat;

    OpenAiJsonChat(ChatModel chat) {
        this.chat = chat;
    }

    public static OpenAiJsonChat connect(Settings settings) {
        return new OpenAiJsonChat(OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.modelName())
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .temperature(settings.temperature())
                .responseFormat("json_object")
                .build());
    }

    /**
     * The model's text for these instructions (the system message) and this input (the user message).
     *
     * @throws RuntimeException when the call failed once its retries were spent
     */
    public String complete(String instructions, String input) {
        Timer.Sample sample = Timer.start();
        String outcome = "failure";
        try {
            String text = chat.chat(SystemMessage.from(instructions), UserMessage.from(input)).aiMessage().text();
            outcome = "success";
            return text;
        } finally {
            sample.stop(Metrics.timer(REQUESTS, "outcome", outcome));
        }
    }

    /**
     * Counts an answer of the model that the service did not use (failure, timeout, invalid answer)
     * and replaced by its fall-back (rules, template): {@value #FALLBACKS}.
     */
    public static void fellBack() {
        Metrics.counter(FALLBACKS).increment();
    }
}
