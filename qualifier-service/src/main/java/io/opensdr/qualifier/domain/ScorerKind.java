package io.opensdr.qualifier.domain;

public enum ScorerKind {
    RULES, LANGUAGE_MODEL
}
