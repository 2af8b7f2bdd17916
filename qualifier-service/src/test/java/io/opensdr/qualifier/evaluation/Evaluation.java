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

    public record Outcome(LabelledProspect prospect, Verdict verdict) {

        public boolean agrees() {
            return prospect.label() == verdict.decision();
        }
    }

    public static Evaluation run(LabelledSet set, DomainQualifier qualifier) {
        List<Outcome> outcomes = new ArrayList<>();
        for (LabelledProspect prospect : set.prospects()) {
            outcomes.add(new Outcome(prospect, qualifier.judge(set.campaign(prospect.campaignId()), prospect)));
        }
        return new Evaluation(set, qualifier.scorerName(), outcomes);
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
