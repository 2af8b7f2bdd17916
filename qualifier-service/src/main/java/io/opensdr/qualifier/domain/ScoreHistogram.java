package io.opensdr.qualifier.domain;

import java.util.Arrays;

/**
 * How many of a campaign's prospects have each total score 0-100: enough to say, for any threshold
 * and review band, how many would be QUALIFIED, REVIEW or REJECTED, without reading a prospect.
 */
public record ScoreHistogram(long[] counts) {

    public ScoreHistogram {
        if (counts.length != 101) {
            throw new IllegalArgumentException("a score histogram has 101 buckets, 0-100");
        }
        counts = counts.clone();
    }

    public static ScoreHistogram empty() {
        return new ScoreHistogram(new long[101]);
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** The decisions the prospects would get at this threshold and review band (as {@link QualificationSettings#decide}). */
    public DecisionCounts at(int threshold, int reviewBand) {
        long qualified = 0;
        long review = 0;
        long rejected = 0;
        for (int score = 0; score <= 100; score++) {
            switch (QualificationSettings.decide(score, threshold, reviewBand)) {
                case QUALIFIED -> qualified += counts[score];
                case REVIEW -> review += counts[score];
                case REJECTED -> rejected += counts[score];
            }
        }
        return new DecisionCounts(threshold, reviewBand, qualified, review, rejected);
    }

    public record DecisionCounts(int threshold, int reviewBand, long qualified, long review, long rejected) {

        public long total() {
            return qualified + review + rejected;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreHistogram histogram && Arrays.equals(counts, histogram.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ScoreHistogram" + Arrays.toString(counts);
    }
}
