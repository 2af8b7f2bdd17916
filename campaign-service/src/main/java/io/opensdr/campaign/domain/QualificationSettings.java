package io.opensdr.campaign.domain;

/**
 * How the qualifier scores a campaign's prospects (BANT).
 *
 * @param threshold       score (0–100) at or above which a prospect qualifies
 * @param reviewBand      scores within threshold ± reviewBand (0–50) go to human review
 * @param hotScore        score (0–100, not below the threshold) from which a qualified prospect is hot
 * @param budgetWeight    weight (0–100) of budget; the four weights have a positive sum
 * @param authorityWeight weight (0–100) of authority
 * @param needWeight      weight (0–100) of need
 * @param timelineWeight  weight (0–100) of timeline
 */
public record QualificationSettings(int threshold, int reviewBand, int hotScore, int budgetWeight,
                                    int authorityWeight, int needWeight, int timelineWeight) {

    public static final int DEFAULT_THRESHOLD = 60;
    public static final int DEFAULT_REVIEW_BAND = 5;
    public static final int DEFAULT_HOT_SCORE = 80;
    public static final int DEFAULT_WEIGHT = 25;

    public QualificationSettings {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("The threshold is between 0 and 100");
        }
        if (reviewBand < 0 || reviewBand > 50) {
            throw new IllegalArgumentException("The review band is between 0 and 50");
        }
        if (hotScore < 0 || hotScore > 100) {
            throw new IllegalArgumentException("The hot score is between 0 and 100");
        }
        if (hotScore < threshold) {
            throw new IllegalArgumentException("The hot score is at least the threshold");
        }
        for (int weight : new int[] {budgetWeight, authorityWeight, needWeight, timelineWeight}) {
            if (weight < 0 || weight > 100) {
                throw new IllegalArgumentException("Each BANT weight is between 0 and 100");
            }
        }
        if (budgetWeight + authorityWeight + needWeight + timelineWeight <= 0) {
            throw new IllegalArgumentException("At least one BANT weight is positive");
        }
    }

    /** 60, ±5, hot from 80, equal weights. */
    public static QualificationSettings defaults() {
        return withThreshold(DEFAULT_THRESHOLD);
    }

    /** The defaults around another threshold; the hot score rises to the threshold if it is higher. */
    public static QualificationSettings withThreshold(int threshold) {
        return new QualificationSettings(threshold, DEFAULT_REVIEW_BAND, Math.max(DEFAULT_HOT_SCORE, threshold),
                DEFAULT_WEIGHT, DEFAULT_WEIGHT, DEFAULT_WEIGHT, DEFAULT_WEIGHT);
    }
}
