package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErasureTest {

    private final ComplianceDoubles.Records records = new ComplianceDoubles.Records()
            .hold("w1", "p1", "c1", "ada@example.com", "p1:1")
            .hold("w1", "p2", "c2", "ADA@example.com ", null)
            .hold("w1", "p3", "c1", "grace@example.com", null)
            .hold("w2", "p4", "c9", "ada@example.com", null);
    private final ComplianceDoubles.Suppressions suppressions = new ComplianceDoubles.Suppressions();
    private final Erasure erasure = new Erasure(records, suppressions);

    @Test
    void shouldEraseEveryProspectOfTheWorkspaceWithTheAddressAndKeepOnlyTheSuppression() {
        Erasure.Result result = erasure.erase("w1", " Ada@Example.com");

        assertThat(result.prospectIds()).containsExactlyInAnyOrder("p1", "p2");
        assertThat(records.erasures).singleElement().asList().containsExactlyInAnyOrder("p1", "p2");
        assertThat(suppressions.reasonFor("w1", "ada@example.com")).isEqualTo(SuppressionReason.ERASED);
        assertThat(records.recipientOf("w1", "p3")).isPresent();
        assertThat(records.recipientOf("w2", "p4")).as("another workspace's prospect").isPresent();
    }

    @Test
    void shouldTurnAnEarlierSuppressionIntoAnErasure() {
        suppressions.suppress("w1", "ada@example.com", SuppressionReason.UNSUBSCRIBED, "one-click");

        erasure.erase("w1", "ada@example.com");

        assertThat(suppressions.reasonFor("w1", "ada@example.com")).isEqualTo(SuppressionReason.ERASED);
    }

    @Test
    void shouldSuppressAnAddressOutreachNeverHeld() {
        Erasure.Result result = erasure.erase("w1", "nobody@example.com");

        assertThat(result.prospectIds()).isEmpty();
        assertThat(suppressions.isSuppressed("w1", "nobody@example.com")).isTrue();
        assertThat(records.erasures).containsExactly(List.of());
    }
}
