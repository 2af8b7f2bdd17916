package io.opensdr.outreach.domain;

/**
 * A chat language model: instructions and input in, the model's text out. The adapter throws on a
 * failed call (HTTP error, timeout) once its own retries are spent; the caller treats any
 * exception as "no answer".
 */
public interface LanguageModel {

    String complete(String instructions, String input);
}
