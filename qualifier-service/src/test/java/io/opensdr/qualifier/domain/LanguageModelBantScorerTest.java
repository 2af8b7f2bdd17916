package io.opensdr.qualifier.domain;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static io.opensdr.qualifier.domain.ProspectMother.NOW;
import static io.opensdr.qualifier.domain.ProspectMother.aVpAtAFundedFintech;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageModelBantScorerTest {

    static final String VALID = """
            {"budget":{"score":80,"reason":"300 employees and a Series B 10 days ago."},
             "authority":{"score":90,"reason":"VP Sales decides."},
             "need":{"score":85,"reason":"A French fintech of the target size."},
             "timeline":{"score":92,"reason":"Funded on 2025-12-27."}}""";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void shouldTakeAValidAnswerAsItIs() {
        BantScores scores = LanguageModelBantScorer.parse(VALID);

        assertThat(scores.budget()).isEqualTo(new CriterionScore(80, "300 employees and a Series B 10 days ago."));
        assertThat(scores.authority().score()).isEqualTo(90);
        assertThat(scores.need().score()).isEqualTo(85);
        assertThat(scores.timeline()).isEqualTo(new CriterionScore(92, "Funded on 2025-12-27."));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"budget\":{\"score\":80,\"reason\":\"x\"}}                                                     | lacks authority",
            "not json at all                                                                                   | not one JSON object",
            "```json {} ```                                                                                    | not one JSON object",
            "[1,2]                                                                                             | not a JSON object",
            "{}                                                                                                | lacks budget",
    })
    void shouldRefuseAnAnswerThatIsNotTheExpectedObject(String answer, String problem) {
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(answer))
                .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining(problem);
    }

    @Test
    void shouldRefuseScoresOutOfRangeOrNotIntegers() {
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"score\":80", "\"score\":101")))
                .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("budget.score is out of 0-100: 101");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"score\":90", "\"score\":-5")))
                .hasMessageContaining("authority.score is out of 0-100");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"score\":85", "\"score\":85.5")))
                .hasMessageContaining("need.score is not an integer");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"score\":92", "\"score\":\"92\"")))
                .hasMessageContaining("timeline.score is not an integer");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"score\":92", "\"score\":99999999999")))
                .hasMessageContaining("timeline.score is not an integer");
    }

    @Test
    void shouldRefuseReasonsThatAreMissingEmptyOverlongOrOdd() {
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"VP Sales decides.\"", "\"  \"")))
                .hasMessageContaining("authority.reason is missing or empty");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"VP Sales decides.\"", "null")))
                .hasMessageContaining("lacks reason");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"VP Sales decides.\"", "\"" + "x".repeat(601) + "\"")))
                .hasMessageContaining("longer than 600");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("VP Sales decides.", "VP\\u0007 decides")))
                .hasMessageContaining("control characters");
    }

    @Test
    void shouldRefuseExtraOrDuplicateFields() {
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("{\"budget\"", "{\"total\":99,\"budget\"")))
                .hasMessageContaining("unexpected field total");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"score\":80,", "\"score\":80,\"confidence\":1,")))
                .hasMessageContaining("budget has an unexpected field confidence");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID.replace("\"score\":80,", "\"score\":80,\"score\":20,")))
                .hasMessageContaining("not one JSON object");
        assertThatThrownBy(() -> LanguageModelBantScorer.parse(VALID + " {}"))
                .hasMessageContaining("not one JSON object");
    }

    @Test
    void shouldGiveTheModelTheProspectsEvidenceAndTheCampaignsTarget() {
        AtomicReference<String> asked = new AtomicReference<>();
        LanguageModelBantScorer scorer = new LanguageModelBantScorer((instructions, input) -> {
            asked.set(input);
            return VALID;
        }, clock);

        scorer.score(aVpAtAFundedFintech("p1", "c1"), fintechsInFrance("c1"));

        assertThat(asked.get()).contains("Today: 2026-01-06", "industries fintech, software", "51-200", "countries fr",
                "title VP Sales", "seniority VP", "Fintech One", "employees 300", "USD 60000000",
                "FUNDING on 2025-12-27: Raised a Series B of 30 M EUR");
    }

    @Test
    void shouldFallBackToTheRulesAndSayWhy() {
        RuleBasedBantScorer rules = new RuleBasedBantScorer(clock);
        FallbackBantScorer scorer = new FallbackBantScorer(
                new LanguageModelBantScorer((instructions, input) -> VALID.replace("\"score\":80", "\"score\":180"), clock), rules);

        ScoredBant scored = scorer.assess(aVpAtAFundedFintech("p1", "c1"), fintechsInFrance("c1"));

        assertThat(scored.scoredBy()).isEqualTo(ScorerKind.RULES);
        assertThat(scored.fellBack()).isTrue();
        assertThat(scored.fallbackReason()).contains("budget.score is out of 0-100: 180");
        assertThat(scored.scores()).isEqualTo(rules.score(aVpAtAFundedFintech("p1", "c1"), fintechsInFrance("c1")));
    }

    @Test
    void shouldSayTheModelScoredWhenItsAnswerIsValid() {
        FallbackBantScorer scorer = new FallbackBantScorer(
                new LanguageModelBantScorer((instructions, input) -> VALID, clock), new RuleBasedBantScorer(clock));

        ScoredBant scored = scorer.assess(aVpAtAFundedFintech("p1", "c1"), fintechsInFrance("c1"));

        assertThat(scored.scoredBy()).isEqualTo(ScorerKind.LANGUAGE_MODEL);
        assertThat(scored.fellBack()).isFalse();
        assertThat(scored.scores().budget().score()).isEqualTo(80);
    }
}
