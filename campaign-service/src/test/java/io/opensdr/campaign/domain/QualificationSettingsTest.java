package io.opensdr.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QualificationSettingsTest {

    @Test
    void shouldDefaultToThreshold60Band5Hot80AndEqualWeights() {
        assertThat(QualificationSettings.defaults()).isEqualTo(new QualificationSettings(60, 5, 80, 25, 25, 25, 25));
    }

    @Test
    void shouldRaiseTheDefaultHotScoreToAHigherThreshold() {
        assertThat(QualificationSettings.withThreshold(90).hotScore()).isEqualTo(90);
        assertThat(QualificationSettings.withThreshold(40).hotScore()).isEqualTo(80);
    }

    @Test
    void shouldAcceptTheBoundsAndASingleNonZeroWeight() {
        assertThat(new QualificationSettings(0, 0, 0, 0, 0, 0, 1).timelineWeight()).isEqualTo(1);
        assertThat(new QualificationSettings(100, 50, 100, 100, 100, 100, 100).reviewBand()).isEqualTo(50);
    }

    @Test
    void shouldRefuseAThresholdOutside0To100() {
        assertThatThrownBy(() -> new QualificationSettings(-1, 5, 80, 25, 25, 25, 25))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The threshold is between 0 and 100");
        assertThatThrownBy(() -> new QualificationSettings(101, 5, 101, 25, 25, 25, 25))
                .hasMessage("The threshold is between 0 and 100");
    }

    @Test
    void shouldRefuseAReviewBandOutside0To50() {
        assertThatThrownBy(() -> new QualificationSettings(60, -1, 80, 25, 25, 25, 25))
                .hasMessage("The review band is between 0 and 50");
        assertThatThrownBy(() -> new QualificationSettings(60, 51, 80, 25, 25, 25, 25))
                .hasMessage("The review band is between 0 and 50");
    }

    @Test
    void shouldRefuseAHotScoreOutOfRangeOrBelowTheThreshold() {
        assertThatThrownBy(() -> new QualificationSettings(60, 5, 101, 25, 25, 25, 25))
                .hasMessage("The hot score is between 0 and 100");
        assertThatThrownBy(() -> new QualificationSettings(70, 5, 69, 25, 25, 25, 25))
                .hasMessage("The hot score is at least the threshold");
    }

    @Test
    void shouldRefuseANegativeOrTooLargeWeight() {
        assertThatThrownBy(() -> new QualificationSettings(60, 5, 80, -1, 25, 25, 25))
                .hasMessage("Each BANT weight is between 0 and 100");
        assertThatThrownBy(() -> new QualificationSettings(60, 5, 80, 25, 25, 25, 101))
                .hasMessage("Each BANT weight is between 0 and 100");
    }

    @Test
    void shouldRefuseWeightsThatAreAllZero() {
        assertThatThrownBy(() -> new QualificationSettings(60, 5, 80, 0, 0, 0, 0))
                .hasMessage("At least one BANT weight is positive");
    }
}
