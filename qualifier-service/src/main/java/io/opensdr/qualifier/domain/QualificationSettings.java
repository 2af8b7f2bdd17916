package io.opensdr.qualifier.domain;

/**
 * A campaign's qualification settings, validated when built: a campaign cannot hold settings that
 * would make decisions meaningless.
 *
 * @param threshold  the score a prospect needs to be contacted (0-100)
 * @param reviewBand scores within threshold ± reviewBand go to a human (0-50)
 * @param hotScore   above this, sales is alerted (0-100)
 * @param budgetWeight and the three other weights: relative, not negative, at least one above
 *                   zero; {@link #total} normalises them by their sum
 */
public record QualificationSettings(int threshold, int reviewBand, int hotScore, int budgetWeight,
                                    int authorityWeight, int needWeight, int timelineWeight) {

    public static final int DEFAULT_THRESHOLD = 60;
    public static final int MAX_REVIEW_BAND = 50;

    public QualificationSettings {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("the threshold is 0-100, not " + threshold);
        }
        if (hotScore < 0 || hotScore > 100) {
            throw new IllegalArgumentException("the hot score is 0-100, not " + hotScore);
        }
        if (reviewBand < 0 || reviewBand > MAX_REVIEW_BAND) {
            throw new IllegalArgumentException("the review band is 0-" + MAX_REVIEW_BAND + ", not " + reviewBand);
        }
        if (budgetWeight < 0 || authorityWeight < 0 || needWeight < 0 || timelineWeight < 0) {
            throw new IllegalArgumentException("BANT weights are not negative (budget " + budgetWeight + ", authority "
                    + authorityWeight + ", need " + needWeight + ", timeline " + timelineWeight + ")");
        }
        // Sum in long: four large ints must not overflow into a negative or zero sum.
        if ((long) budgetWeight + authorityWeight + needWeight + timelineWeight == 0) {
            throw new IllegalArgumentException("at least one BANT weight is above zero");
        }
    }

    public static QualificationSettings defaults() {
        return new QualificationSettings(DEFAULT_THRESHOLD, 5, 80, 25, 25, 25, 25);
    }

    /** The weighted average of the four criteria, 0-100: each weight counts as its share of the weights' sum. */
    public int total(BantScores scores) {
        return total(scores.budget().score(), scores.authority().score(), scores.need().score(), scores.timeline().score());
    }

    public int total(int budget, int authority, int need, int timeline) {
        double weights = (double) budgetWeight + authorityWeight + needWeight + timelineWeight;
        double weighted = (double) budgetWeight * budget + (double) authorityWeight * authority
                + (double) needWeight * need + (double) timelineWeight * timeline;
        return (int) Math.round(weighted / weights);
    }

    /** The weights as shares of 1, in BANT order. */
    public double[] normalisedWeights() {
        double sum = (double) budgetWeight + authorityWeight + needWeight + timelineWeight;
        return new double[] {budgetWeight / sum, authorityWeight / sum, needWeight / sum, timelineWeight / sum};
    }

    public Decision decide(int total) {
        return decide(total, threshold, reviewBand);
    }

    /** QUALIFIED from threshold + band, REJECTED below threshold − band, REVIEW between. */
    public static Decision decide(int total, int threshold, int reviewBand) {
        if (total >= threshold + reviewBand) {
            return Decision.QUALIFIED;
        }
        if (total < threshold - reviewBand) {
            return Decision.REJECTED;
        }
        return Decision.REVIEW;
    }

    public boolean isHot(int total) {
        return total > hotScore;
    }
}
