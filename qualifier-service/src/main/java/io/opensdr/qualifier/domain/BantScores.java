package io.opensdr.qualifier.domain;

/** The four BANT criteria of one prospect. */
public record BantScores(CriterionScore budget, CriterionScore authority, CriterionScore need, CriterionScore timeline) {
}
