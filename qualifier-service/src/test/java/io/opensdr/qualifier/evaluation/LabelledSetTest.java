package io.opensdr.qualifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The labelled set kept in the repository stays large, valid and varied enough to mean something. */
class LabelledSetTest {

    /** The kinds of prospect the set must keep covering (each at least three times). */
    static final List<String> REQUIRED_TAGS = List.of("strong-fit", "borderline", "non-fit-industry", "too-small",
            "tiny-company", "huge-company", "individual-contributor", "student", "competitor", "wrong-function",
            "junior-right-function", "non-english-title", "missing-title", "missing-email", "missing-revenue",
            "missing-size", "missing-industry", "stale-signal", "recent-signal", "funding", "hiring", "job-change",
            "wrong-country", "adjacent-industry");

    private final LabelledSet set = LabelledSet.load();

    @Test
    void shouldHoldAtLeastTwoHundredValidProspects() {
        // load() validates every record and throws, listing each problem, when one is invalid.
        assertThat(set.prospects()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void shouldGiveEveryProspectAUniqueId() {
        List<String> ids = set.prospects().stream().map(LabelledProspect::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void shouldExplainEveryLabelInAtLeastASentence() {
        List<String> unexplained = set.prospects().stream()
                .filter(prospect -> prospect.reasoning().strip().length() < 30 || !prospect.reasoning().strip().endsWith("."))
                .map(LabelledProspect::id).toList();
        assertThat(unexplained).as("labels whose reasoning is shorter than a sentence").isEmpty();
    }

    @Test
    void shouldSpreadTheLabelsSoThatAgreementIsNotWonByAlwaysAnsweringTheSame() {
        Map<Label, Long> counts = set.prospects().stream()
                .collect(Collectors.groupingBy(LabelledProspect::label, Collectors.counting()));
        assertThat(counts.keySet()).containsExactlyInAnyOrder(Label.values());
        long total = set.prospects().size();
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(total * 15 / 100, total * 50 / 100));
    }

    @Test
    void shouldUseEveryCampaignWithEveryLabel() {
        assertThat(set.campaigns()).hasSizeBetween(3, 5);
        for (EvaluationCampaign campaign : set.campaigns()) {
            Set<Label> labels = set.prospects().stream().filter(p -> p.campaignId().equals(campaign.id()))
                    .map(LabelledProspect::label).collect(Collectors.toSet());
            assertThat(labels).as(campaign.id()).containsExactlyInAnyOrder(Label.values());
        }
    }

    @Test
    void shouldCoverTheKindsOfProspectASalesTeamMeets() {
        Map<String, Long> tags = set.prospects().stream().flatMap(prospect -> prospect.tags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(REQUIRED_TAGS).allSatisfy(tag -> assertThat(tags.getOrDefault(tag, 0L)).as(tag).isGreaterThanOrEqualTo(3));
    }

    @Test
    void shouldDateSignalsBothRecentAndStale() {
        List<Integer> ages = set.prospects().stream().flatMap(prospect -> prospect.signals().stream())
                .map(LabelledProspect.SignalData::daysAgo).toList();
        assertThat(ages).anyMatch(days -> days <= 30).anyMatch(days -> days > 730);
        assertThat(set.prospects()).anyMatch(prospect -> prospect.signals().isEmpty());
    }

    @Test
    void shouldLeaveSomeDataUnknownAsRealSourcesDo() {
        assertThat(set.prospects()).anyMatch(p -> p.person().title() == null)
                .anyMatch(p -> p.person().email() == null)
                .anyMatch(p -> p.company().employeeCount() == null)
                .anyMatch(p -> p.company().annualRevenueUsd() == null)
                .anyMatch(p -> p.company().industry() == null);
    }
}
