package io.opensdr.qualifier.evaluation;

import io.opensdr.qualifier.evaluation.DomainQualifier.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The qualifier's decision on every prospect of the labelled set, beside the label. */
public record Evaluation(LabelledSet set, String scorerName, List<Outcome> outcomes) {

    public Evaluation {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * A deterministic half of the set: prospects at even positions (1st, 3rd, ...) of their
     * campaign's file are the tuning half, the others the held-out half. Rules are designed from
     * the tuning half's disagreements only; the held-out half tells whether they generalise.
     */
    public enum Half {
        TUNING, HELD_OUT
    }

    public record Outcome(LabelledProspect prospect, Verdict verdict, Half half) {

        public boolean agrees() {
            return prospect.label() == verdict.decision();
        }
    }

    public static Evaluation run(LabelledSet set, DomainQualifier qualifier) {
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Integer> positions = new TreeMap<>();
        for (LabelledProspect prospect : set.prospects()) {
            int position = positions.merge(prospect.campaignId(), 1, Integer::sum) - 1;
            outcomes.add(new Outcome(prospect, qualifier.judge(set.campaign(prospect.campaignId()), prospect),
                    position % 2 == 0 ? Half.TUNING : Half.HELD_OUT));
        }
        return new Evaluation(set, qualifier.scorerName(), outcomes);
    }

    /** The confusion matrix of one half of the set. */
    public ConfusionMatrix matrix(Half half) {
        return matrixOf(outcomes.stream().filter(o -> o.half() == half).toList());
    }

    public ConfusionMatrix matrix() {
        return matrixOf(outcomes);
    }

    public Map<String, ConfusionMatrix> byCampaign() {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(o.prospect().campaignId(), k -> new ArrayList<>()).add(o));
        Map<String, ConfusionMatrix> matrices = new TreeMap<>();
        groups.forEach((campaign, group) -> matrices.put(campaign, matrixOf(group)));
        return Collections.unmodifiableMap(matrices);
    }

    public Map<String, ConfusionMatrix> byTag() {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> o.prospect().tags().forEach(tag -> groups.computeIfAbsent(tag, k -> new ArrayList<>()).add(o)));
        Map<String, ConfusionMatrix> matrices = new TreeMap<>();
        groups.forEach((tag, group) -> matrices.put(tag, matrixOf(group)));
        return Collections.unmodifiableMap(matrices);
    }

    public List<Outcome> disagreements() {
        return outcomes.stream().filter(outcome -> !outcome.agrees()).toList();
    }

    private static ConfusionMatrix matrixOf(List<Outcome> outcomes) {
        ConfusionMatrix matrix = new ConfusionMatrix();
        outcomes.forEach(o -> matrix.add(o.prospect().label(), o.verdict().decision()));
        return matrix;
    }
}
