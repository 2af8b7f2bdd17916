package io.opensdr.qualifier.domain;

/**
 * One BANT criterion's score, 0-100, and why, in words a salesperson can check against the
 * prospect's data.
 */
public record CriterionScore(int score, String reason) {

    public CriterionScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A criterion scores 0-100, not " + score);
        }
    }
}
