package io.opensdr.kit.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
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
        return chat.chat(SystemMessage.from(instructions), UserMessage.from(input)).aiMessage().text();
    }
}
