package io.opensdr.qualifier.evaluation;

/**
 * Counts of (human label, qualifier decision) pairs over the three classes, and the figures drawn
 * from them. A figure whose denominator is zero is NaN: "not measurable", never a flattering 0 or 1.
 */
public final class ConfusionMatrix {

    private final long[][] counts = new long[Label.values().length][Label.values().length];

    public void add(Label label, Label decision) {
        counts[label.ordinal()][decision.ordinal()]++;
    }

    public long count(Label label, Label decision) {
        return counts[label.ordinal()][decision.ordinal()];
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    /** How many prospects carry this label. */
    public long labelled(Label label) {
        long sum = 0;
        for (Label decision : Label.values()) {
            sum += count(label, decision);
        }
        return sum;
    }

    /** How many prospects the qualifier gave this decision. */
    public long decided(Label decision) {
        long sum = 0;
        for (Label label : Label.values()) {
            sum += count(label, decision);
        }
        return sum;
    }

    public long agreements() {
        long sum = 0;
        for (Label label : Label.values()) {
            sum += count(label, label);
        }
        return sum;
    }

    /** Share of prospects whose decision equals their label (accuracy over the three classes). */
    public double agreement() {
        return ratio(agreements(), total());
    }

    /** The agreement of a qualifier that always answers the most frequent label: the figure to beat. */
    public double majorityBaseline() {
        long most = 0;
        for (Label label : Label.values()) {
            most = Math.max(most, labelled(label));
        }
        return ratio(most, total());
    }

    /** Of the prospects decided {@code positive}, the share labelled so. */
    public double precision(Label positive) {
        return ratio(count(positive, positive), decided(positive));
    }

    /** Of the prospects labelled {@code positive}, the share decided so. */
    public double recall(Label positive) {
        return ratio(count(positive, positive), labelled(positive));
    }

    public double f1(Label positive) {
        double precision = precision(positive);
        double recall = recall(positive);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
