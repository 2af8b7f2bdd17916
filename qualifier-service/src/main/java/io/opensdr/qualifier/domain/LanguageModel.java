package io.opensdr.qualifier.domain;

/**
 * A chat language model: instructions and input in, the model's text out. The adapter throws on a
 * failed call (HTTP error, timeout); the caller treats any exception as "no answer".
 */
public interface LanguageModel {

    String complete(String instructions, String input);
}
