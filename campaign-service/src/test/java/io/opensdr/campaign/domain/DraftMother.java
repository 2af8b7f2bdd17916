package io.opensdr.campaign.domain;

import java.time.Instant;

/** Test data: a drafted email waiting in the review queue. */
public final class DraftMother {

    private DraftMother() {
    }

    public static Recipient grace() {
        return new Recipient("Grace", "Hopper", "grace@acme.example", "VP Sales", "Acme", "acme.example", "Software",
                "Europe/Paris");
    }

    public static Draft aPendingDraft() {
        return Draft.proposed("draft-1", "workspace-1", "campaign-1", "prospect-1", 1, grace(),
                "Grace, a quicker way to fill Acme's pipeline", "Hi Grace,\n\nShall we talk?", 78,
                Instant.parse("2026-01-08T10:00:00Z"));
    }
}
