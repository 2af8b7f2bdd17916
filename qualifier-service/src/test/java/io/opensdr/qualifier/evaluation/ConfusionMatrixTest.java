package io.opensdr.qualifier.evaluation;

import static io.opensdr.qualifier.evaluation.Label.QUALIFIED;
import static io.opensdr.qualifier.evaluation.Label.REJECTED;
import static io.opensdr.qualifier.evaluation.Label.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void shouldComputeAgreementPrecisionAndRecallFromTheCounts() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, QUALIFIED, QUALIFIED, 6);
        add(m, QUALIFIED, REVIEW, 2);
        add(m, QUALIFIED, REJECTED, 2);
        add(m, REVIEW, QUALIFIED, 1);
        add(m, REVIEW, REVIEW, 3);
        add(m, REJECTED, QUALIFIED, 3);
        add(m, REJECTED, REJECTED, 3);

        assertThat(m.total()).isEqualTo(20);
        assertThat(m.agreements()).isEqualTo(12);
        assertThat(m.agreement()).isCloseTo(0.60, within(1e-9));
        assertThat(m.labelled(QUALIFIED)).isEqualTo(10);
        assertThat(m.decided(QUALIFIED)).isEqualTo(10);
        assertThat(m.precision(QUALIFIED)).isCloseTo(0.60, within(1e-9)); // 6 of the 10 decided
        assertThat(m.recall(QUALIFIED)).isCloseTo(0.60, within(1e-9)); // 6 of the 10 labelled
        assertThat(m.precision(REJECTED)).isCloseTo(0.60, within(1e-9)); // 3 of 5 decided
        assertThat(m.recall(REJECTED)).isCloseTo(0.50, within(1e-9)); // 3 of 6 labelled
        assertThat(m.precision(REVIEW)).isCloseTo(0.60, within(1e-9)); // 3 of 5 decided
        assertThat(m.recall(REVIEW)).isCloseTo(0.75, within(1e-9)); // 3 of 4 labelled
        assertThat(m.f1(REJECTED)).isCloseTo(2 * 0.6 * 0.5 / 1.1, within(1e-9));
        assertThat(m.majorityBaseline()).isCloseTo(0.50, within(1e-9)); // 10 of 20 labelled QUALIFIED
    }

    @Test
    void shouldCallAFigureWithoutDenominatorNotMeasurableRatherThanZero() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, QUALIFIED, REJECTED, 2);

        assertThat(m.precision(QUALIFIED)).isNaN();
        assertThat(m.recall(REVIEW)).isNaN();
        assertThat(m.recall(QUALIFIED)).isZero();
        assertThat(new ConfusionMatrix().agreement()).isNaN();
        assertThat(new ConfusionMatrix().majorityBaseline()).isNaN();
        assertThat(EvaluationReport.ratio(m.precision(QUALIFIED))).isEqualTo("n/a");
    }

    private static void add(ConfusionMatrix m, Label label, Label decision, int times) {
        for (int i = 0; i < times; i++) {
            m.add(label, decision);
        }
    }
}
