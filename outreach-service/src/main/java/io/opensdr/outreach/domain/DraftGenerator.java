package io.opensdr.outreach.domain;

/** What wrote a draft: the campaign's template, or a language model. */
public enum DraftGenerator {
    TEMPLATE, LANGUAGE_MODEL
}
