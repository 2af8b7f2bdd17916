package io.opensdr.outreach.config;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.opensdr.outreach.config.DraftingProperties.LanguageModelProperties;
import io.opensdr.outreach.domain.LanguageModel;

/**
 * The domain's language model over LangChain4j's {@link OpenAiChatModel}: any OpenAI-compatible
 * {@code /chat/completions} endpoint, asked for a JSON object (response_format json_object). A
 * little temperature, so that a regenerated draft is not the refused one again.
 */
public class OpenAiLanguageModel implements LanguageModel {

    static final double TEMPERATURE = 0.4;

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
                .temperature(TEMPERATURE)
                .responseFormat("json_object")
                .build());
    }

    @Override
    public String complete(String instructions, String input) {
        return chat.chat(SystemMessage.from(instructions), UserMessage.from(input)).aiMessage().text();
    }
}
