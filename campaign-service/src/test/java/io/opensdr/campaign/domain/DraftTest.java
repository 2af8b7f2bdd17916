package io.opensdr.campaign.domain;

import static io.opensdr.campaign.domain.DraftMother.aPendingDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static final Instant NOW = Instant.parse("2026-01-08T11:00:00Z");

    @Test
    void shouldApproveTheDraftedTextWhenNotEdited() {
        Draft draft = aPendingDraft();

        Draft approved = draft.approve(null, "user-1", NOW);

        assertThat(approved.status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(approved.subject()).isEqualTo(draft.subject());
        assertThat(approved.body()).isEqualTo(draft.body());
        assertThat(approved.edited()).isFalse();
        assertThat(approved.decidedBy()).isEqualTo("user-1");
        assertThat(approved.decidedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldApproveTheEditedTextAndSayItWasEdited() {
        Draft approved = aPendingDraft().approve(new DraftEdit("Quick question, Grace", "Hi Grace, ..."), "user-1", NOW);

        assertThat(approved.subject()).isEqualTo("Quick question, Grace");
        assertThat(approved.body()).isEqualTo("Hi Grace, ...");
        assertThat(approved.edited()).isTrue();
    }

    @Test
    void shouldNotCountAnEditIdenticalToTheDraftAsAnEdit() {
        Draft draft = aPendingDraft();

        Draft approved = draft.approve(new DraftEdit(draft.subject(), draft.body()), "user-1", NOW);

        assertThat(approved.edited()).isFalse();
    }

    @Test
    void shouldRefuseAnEditThatDropsOrChangesTheComplianceFooter() {
        String footer = "-- \nWe found your name, role and work email in the OpenSDR demo directory. "
                + "Unsubscribe in one click: http://127.0.0.1:8080/api/outreach/unsubscribe/abc.def";
        Draft draft = withBody(aPendingDraft(), "Hi Grace,\n\nShall we talk?\n\n" + footer);

        assertThatThrownBy(() -> draft.approve(new DraftEdit("Hi", "Hi Grace, shall we talk?"), "user-1", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drafted footer");
        assertThatThrownBy(() -> draft.approve(new DraftEdit("Hi", "Hi Grace,\n\n" + footer.replace("abc.def", "x.y")),
                "user-1", NOW)).isInstanceOf(IllegalArgumentException.class);

        Draft approved = draft.approve(new DraftEdit("Hi", "Hello Grace, a shorter note.\n\n" + footer + "\n"), "user-1", NOW);
        assertThat(approved.body()).endsWith(footer + "\n");
        assertThat(approved.edited()).isTrue();
    }

    @Test
    void shouldRecordWhyADraftWasRejected() {
        Draft rejected = aPendingDraft().reject("Wrong person", "user-1", NOW);

        assertThat(rejected.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Wrong person");
    }

    @Test
    void shouldRefuseToApproveARejectedDraft() {
        Draft rejected = aPendingDraft().reject(null, "user-1", NOW);

        assertThatThrownBy(() -> rejected.approve(null, "user-1", NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("A REJECTED draft cannot be approved");
    }

    @Test
    void shouldRefuseToRejectAnApprovedDraft() {
        Draft approved = aPendingDraft().approve(null, "user-1", NOW);

        assertThatThrownBy(() -> approved.reject("late", "user-1", NOW))
                .hasMessage("An APPROVED draft cannot be rejected");
    }

    private static Draft withBody(Draft draft, String body) {
        return Draft.proposed(draft.id(), draft.workspaceId(), draft.campaignId(), draft.prospectId(), draft.step(),
                draft.recipient(), draft.subject(), body, draft.bantScore(), draft.createdAt());
    }

    @Test
    void shouldRefuseAnEditWithoutSubjectOrBody() {
        assertThatThrownBy(() -> new DraftEdit("", "body")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DraftEdit("subject", "  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
