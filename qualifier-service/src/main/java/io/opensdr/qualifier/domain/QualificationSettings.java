package io.opensdr.qualifier.domain;

/**
 * A campaign's qualification settings.
 *
 * @param threshold  the score a prospect needs to be contacted (0-100)
 * @param reviewBand scores within threshold ± reviewBand go to a human
 * @param hotScore   above this, sales is alerted
 */
public record QualificationSettings(int threshold, int reviewBand, int hotScore, int budgetWeight,
                                    int authorityWeight, int needWeight, int timelineWeight) {

    public QualificationSettings {
        if (threshold < 0 || threshold > 100 || hotScore < 0 || hotScore > 100 || reviewBand < 0) {
            throw new IllegalArgumentException("threshold and hot score are 0-100 and the review band is not negative");
        }
        if (budgetWeight < 0 || authorityWeight < 0 || needWeight < 0 || timelineWeight < 0) {
            throw new IllegalArgumentException("BANT weights are not negative");
        }
    }

    public static QualificationSettings defaults() {
        return new QualificationSettings(60, 5, 80, 25, 25, 25, 25);
    }

    /** The weighted average of the four criteria, 0-100; all weights zero count as equal weights. */
    public int total(BantScores scores) {
        int weights = budgetWeight + authorityWeight + needWeight + timelineWeight;
        if (weights == 0) {
            return Math.round((scores.budget().score() + scores.authority().score() + scores.need().score()
                    + scores.timeline().score()) / 4.0f);
        }
        double weighted = (double) budgetWeight * scores.budget().score() + (double) authorityWeight * scores.authority().score()
                + (double) needWeight * scores.need().score() + (double) timelineWeight * scores.timeline().score();
        return (int) Math.round(weighted / weights);
    }

    public Decision decide(int total) {
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
