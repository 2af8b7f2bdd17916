package io.opensdr.qualifier.config;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.opensdr.qualifier.config.QualifierProperties.LanguageModelProperties;
import io.opensdr.qualifier.domain.LanguageModel;

/**
 * The domain's language model over LangChain4j's {@link OpenAiChatModel}: any OpenAI-compatible
 * {@code /chat/completions} endpoint, asked for a JSON object (response_format json_object) at
 * temperature 0.
 */
public class OpenAiLanguageModel implements LanguageModel {

    private final ChatModel chat;

    public OpenAiLanguageModel(ChatModel chat) {
        this.chat = chat;
    }

    public static OpenAiLanguageModel of(LanguageModelProperties properties) {
        return new OpenAiLanguageModel(OpenAiChatModel.builder()
                .baseUrl(properties.baseUrl())
                .apiKey(properties.apiKey())
                .modelName(properties.modelName())
                .timeout(properties.timeout())
                .maxRetries(properties.maxRetries())
                .temperature(0.0)
                .responseFormat("json_object")
                .build());
    }

    @Override
    public String complete(String instructions, String input) {
        return chat.chat(SystemMessage.from(instructions), UserMessage.from(input)).aiMessage().text();
    }
}
