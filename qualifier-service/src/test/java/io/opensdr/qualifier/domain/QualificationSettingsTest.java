package io.opensdr.qualifier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QualificationSettingsTest {

    private final QualificationSettings defaults = QualificationSettings.defaults();

    @Test
    void shouldQualifyFromThresholdPlusBandAndRejectBelowThresholdMinusBand() {
        assertThat(defaults.decide(65)).isEqualTo(Decision.QUALIFIED);
        assertThat(defaults.decide(64)).isEqualTo(Decision.REVIEW);
        assertThat(defaults.decide(55)).isEqualTo(Decision.REVIEW);
        assertThat(defaults.decide(54)).isEqualTo(Decision.REJECTED);
    }

    @Test
    void shouldCallALeadHotOnlyAboveTheHotScore() {
        assertThat(defaults.isHot(80)).isFalse();
        assertThat(defaults.isHot(81)).isTrue();
    }

    @Test
    void shouldAverageTheCriteriaWithTheCampaignsWeights() {
        BantScores scores = scores(100, 50, 0, 0);

        assertThat(defaults.total(scores)).isEqualTo(38); // 37.5 rounded
        assertThat(new QualificationSettings(60, 5, 80, 50, 50, 0, 0).total(scores)).isEqualTo(75);
        assertThat(new QualificationSettings(60, 5, 80, 1, 1, 0, 0).total(scores)).as("weights are relative").isEqualTo(75);
    }

    @Test
    void shouldNormaliseTheWeightsToSharesOfOne() {
        assertThat(new QualificationSettings(60, 5, 80, 1, 1, 2, 0).normalisedWeights()).containsExactly(0.25, 0.25, 0.5, 0.0);
    }

    @Test
    void shouldRefuseWeightsThatAllAreZero() {
        assertThatThrownBy(() -> new QualificationSettings(60, 5, 80, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above zero");
    }

    @Test
    void shouldNotOverflowWithHugeWeights() {
        QualificationSettings huge = new QualificationSettings(60, 5, 80, Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0);

        assertThat(huge.total(scores(100, 50, 0, 0))).isEqualTo(75);
    }

    @Test
    void shouldRefuseSettingsOutOfRange() {
        assertThatThrownBy(() -> new QualificationSettings(101, 5, 80, 25, 25, 25, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualificationSettings(60, -1, 80, 25, 25, 25, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualificationSettings(60, 5, 80, -25, 25, 25, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualificationSettings(-1, 5, 80, 25, 25, 25, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualificationSettings(60, 51, 80, 25, 25, 25, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualificationSettings(60, 5, 101, 25, 25, 25, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QualificationSettings(0, 0, 0, 0, 0, 0, 1).threshold()).as("the bounds themselves are valid").isZero();
        assertThat(new QualificationSettings(100, 50, 100, 0, 0, 0, 1).threshold()).isEqualTo(100);
    }

    private static BantScores scores(int budget, int authority, int need, int timeline) {
        return new BantScores(new CriterionScore(budget, "b"), new CriterionScore(authority, "a"),
                new CriterionScore(need, "n"), new CriterionScore(timeline, "t"));
    }
}
