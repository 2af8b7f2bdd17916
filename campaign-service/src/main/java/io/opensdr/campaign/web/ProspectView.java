package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A prospect with its BANT breakdown (null until scored) and the human review, if any. */
public record ProspectView(String id, String campaignId, ProspectSource source, ProspectRecord.Person person,
                           ProspectStatus status, @Schema(nullable = true) Bant bant, @Schema(nullable = true) ProspectRecord.Review review, Instant createdAt) {

    /** The total score and each criterion with its reason, as the qualifier gave them. */
    public record Bant(int score, ProspectRecord.Criterion budget, ProspectRecord.Criterion authority,
                       ProspectRecord.Criterion need, ProspectRecord.Criterion timeline, int threshold, String decision,
                       boolean hot, boolean contactable) {
    }

    static ProspectView of(ProspectRecord prospect) {
        return new ProspectView(prospect.id(), prospect.campaignId(), prospect.source(), prospect.person(),
                prospect.status(), bantOf(prospect), prospect.review(), prospect.createdAt());
    }

    static Bant bantOf(ProspectRecord prospect) {
        ProspectRecord.Bant bant = prospect == null ? null : prospect.bant();
        return bant == null ? null : new Bant(bant.score(), bant.budget(), bant.authority(), bant.need(), bant.timeline(),
                bant.threshold(), bant.decision().name(), bant.hot(), bant.contactable());
    }
}
