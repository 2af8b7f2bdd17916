package io.opensdr.qualifier.domain;

/**
 * Scores and who produced them.
 *
 * @param fallbackReason why the language model's assessment was not used and the rules scored
 *                       instead; null when the scorer that was asked produced the scores
 */
public record ScoredBant(BantScores scores, ScorerKind scoredBy, String fallbackReason) {

    public boolean fellBack() {
        return fallbackReason != null;
    }
}
