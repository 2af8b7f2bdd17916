package io.opensdr.qualifier.evaluation;

import io.opensdr.qualifier.evaluation.Evaluation.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The evaluation as text a sales lead and the scoring's engineer can read. */
public final class EvaluationReport {

    /** Tags with fewer prospects than this are left out of the per-tag table: too few to mean anything. */
    static final int MIN_PROSPECTS_PER_TAG = 3;

    private EvaluationReport() {
    }

    public static String render(Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        LabelledSet set = evaluation.set();
        ConfusionMatrix m = evaluation.matrix();
        out.append("BANT evaluation: ").append(m.total()).append(" labelled prospects, ").append(set.campaigns().size())
                .append(" campaigns, evaluation date ").append(set.evaluationDate()).append('\n');
        out.append("Scorer: ").append(evaluation.scorerName()).append("\n\n");
        out.append(String.format(Locale.ROOT, "Agreement (accuracy over the three decisions): %d/%d = %s%n",
                m.agreements(), m.total(), percent(m.agreement())));
        out.append(String.format(Locale.ROOT, "Baseline (always answering the most frequent label): %s%n%n",
                percent(m.majorityBaseline())));
        for (Evaluation.Half half : Evaluation.Half.values()) {
            ConfusionMatrix h = evaluation.matrix(half);
            out.append(String.format(Locale.ROOT, "  %-9s half (%s positions in each file): %d/%d = %s%n",
                    half == Evaluation.Half.TUNING ? "tuning" : "held-out", half == Evaluation.Half.TUNING ? "odd" : "even",
                    h.agreements(), h.total(), percent(h.agreement())));
        }
        out.append('\n');

        out.append("Confusion matrix (rows: human label; columns: qualifier's decision)\n");
        out.append(String.format(Locale.ROOT, "  %-11s %10s %10s %10s %8s%n", "", "QUALIFIED", "REVIEW", "REJECTED", "total"));
        for (Label label : Label.values()) {
            out.append(String.format(Locale.ROOT, "  %-11s %10d %10d %10d %8d%n", label, m.count(label, Label.QUALIFIED),
                    m.count(label, Label.REVIEW), m.count(label, Label.REJECTED), m.labelled(label)));
        }
        out.append(String.format(Locale.ROOT, "  %-11s %10d %10d %10d %8d%n%n", "total", m.decided(Label.QUALIFIED),
                m.decided(Label.REVIEW), m.decided(Label.REJECTED), m.total()));

        out.append("Per decision, that decision taken as the positive class\n");
        out.append(String.format(Locale.ROOT, "  %-11s %10s %10s %10s %10s %10s%n", "", "precision", "recall", "F1", "labelled",
                "decided"));
        for (Label label : Label.values()) {
            out.append(String.format(Locale.ROOT, "  %-11s %10s %10s %10s %10d %10d%n", label, ratio(m.precision(label)),
                    ratio(m.recall(label)), ratio(m.f1(label)), m.labelled(label), m.decided(label)));
        }
        out.append('\n');

        out.append("Costly errors\n");
        costly(out, evaluation, Label.REJECTED, Label.QUALIFIED, "labelled REJECTED but QUALIFIED (would be emailed)");
        costly(out, evaluation, Label.QUALIFIED, Label.REJECTED, "labelled QUALIFIED but REJECTED (lost leads)");
        out.append('\n');

        out.append("Agreement by campaign\n");
        for (Map.Entry<String, ConfusionMatrix> entry : evaluation.byCampaign().entrySet()) {
            ConfusionMatrix c = entry.getValue();
            out.append(String.format(Locale.ROOT, "  %-18s %3d/%-3d %7s   QUALIFIED precision %s recall %s%n", entry.getKey(),
                    c.agreements(), c.total(), percent(c.agreement()), ratio(c.precision(Label.QUALIFIED)),
                    ratio(c.recall(Label.QUALIFIED))));
        }
        out.append('\n');

        out.append("Agreement by tag (worst first; tags on at least ").append(MIN_PROSPECTS_PER_TAG).append(" prospects)\n");
        out.append(String.format(Locale.ROOT, "  %-28s %9s %7s   %s%n", "tag", "agree", "", "label -> decision of the disagreements"));
        evaluation.byTag().entrySet().stream().filter(entry -> entry.getValue().total() >= MIN_PROSPECTS_PER_TAG)
                .sorted(Comparator.comparingDouble((Map.Entry<String, ConfusionMatrix> e) -> e.getValue().agreement())
                        .thenComparing(Map.Entry::getKey))
                .forEach(entry -> {
                    ConfusionMatrix c = entry.getValue();
                    out.append(String.format(Locale.ROOT, "  %-28s %4d/%-4d %7s   %s%n", entry.getKey(), c.agreements(),
                            c.total(), percent(c.agreement()), offDiagonal(c)));
                });
        out.append('\n');

        List<Outcome> disagreements = evaluation.disagreements();
        out.append("Disagreements (").append(disagreements.size()).append(")\n");
        for (Outcome outcome : disagreements) {
            LabelledProspect p = outcome.prospect();
            out.append(String.format(Locale.ROOT, "%n  [%s] %s (%s half): labelled %s, decided %s (score %d)%n", p.id(),
                    p.campaignId(), outcome.half() == Evaluation.Half.TUNING ? "tuning" : "held-out", p.label(),
                    outcome.verdict().decision(), outcome.verdict().totalScore()));
            out.append("    ").append(describe(p)).append('\n');
            out.append("    tags: ").append(String.join(", ", p.tags())).append('\n');
            out.append("    label:  ").append(p.reasoning()).append('\n');
            String indent = "    scorer: ";
            for (String reason : outcome.verdict().reasons()) {
                out.append(indent).append(reason).append('\n');
                indent = "            ";
            }
        }
        return out.toString();
    }

    /**
     * One row per prospect: id, campaign, label, decision, total, the four criteria, whether they
     * agree, tags; for analysis in a spreadsheet or a notebook.
     */
    public static String csv(Evaluation evaluation) {
        StringBuilder out = new StringBuilder("id,campaign,label,decision,total,budget,authority,need,timeline,agrees,tags\n");
        for (Outcome o : evaluation.outcomes()) {
            LabelledProspect p = o.prospect();
            List<Integer> c = o.verdict().criterionScores();
            out.append(String.join(",", p.id(), p.campaignId(), p.label().name(), o.verdict().decision().name(),
                    String.valueOf(o.verdict().totalScore()), String.valueOf(c.get(0)), String.valueOf(c.get(1)),
                    String.valueOf(c.get(2)), String.valueOf(c.get(3)), String.valueOf(o.agrees()),
                    String.join(" ", p.tags()))).append('\n');
        }
        return out.toString();
    }

    /** One line with what the prospect is: title, company, industry, size, country, signals. */
    static String describe(LabelledProspect p) {
        LabelledProspect.PersonData person = p.person();
        LabelledProspect.CompanyData company = p.company();
        String size = company.employeeCount() == null ? "size unknown" : company.employeeCount() + " employees";
        String signals = p.signals().isEmpty() ? "no signals" : p.signals().stream()
                .map(s -> s.type().toLowerCase(Locale.ROOT) + " " + s.daysAgo() + "d ago")
                .collect(Collectors.joining(", "));
        return (person.title() == null ? "(no title)" : person.title()) + " [" + person.seniority() + "] at "
                + company.name() + " (" + (company.industry() == null ? "industry unknown" : company.industry()) + ", "
                + size + ", " + person.countryCode() + "); email " + person.emailGrade() + "; " + signals;
    }

    private static void costly(StringBuilder out, Evaluation evaluation, Label label, Label decision, String what) {
        List<String> ids = evaluation.outcomes().stream()
                .filter(o -> o.prospect().label() == label && o.verdict().decision() == decision)
                .map(o -> o.prospect().id()).toList();
        out.append(String.format(Locale.ROOT, "  %-55s %3d%s%n", what, ids.size(), ids.isEmpty() ? "" : "  " + String.join(" ", ids)));
    }

    private static String offDiagonal(ConfusionMatrix c) {
        StringBuilder text = new StringBuilder();
        for (Label label : Label.values()) {
            for (Label decision : Label.values()) {
                long count = c.count(label, decision);
                if (label != decision && count > 0) {
                    text.append(text.isEmpty() ? "" : ", ").append(abbreviation(label)).append("->")
                            .append(abbreviation(decision)).append(' ').append(count);
                }
            }
        }
        return text.toString();
    }

    private static String abbreviation(Label label) {
        return switch (label) {
            case QUALIFIED -> "Q";
            case REVIEW -> "RV";
            case REJECTED -> "RJ";
        };
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
