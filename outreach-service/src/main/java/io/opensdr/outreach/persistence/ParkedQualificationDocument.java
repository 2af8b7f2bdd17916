package io.opensdr.outreach.persistence;

import io.opensdr.outreach.domain.BuyingSignal;
import io.opensdr.outreach.domain.QualificationDecision;
import io.opensdr.outreach.domain.QualifiedProspect;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A qualified prospect waiting for its campaign's next snapshot, and why. Keyed by prospect. A
 * document parked before signals were kept reads with none.
 */
@Document(ParkedQualificationDocument.COLLECTION)
record ParkedQualificationDocument(@Id String id, @Indexed String campaignId, String workspaceId,
                                   ContactDocument contact, int bantScore, String decision, boolean contactable,
                                   String reason, Instant parkedAt, List<SignalDocument> signals) {

    static final String COLLECTION = "parked_qualifications";

    static ParkedQualificationDocument of(QualifiedProspect prospect, String reason, Instant at) {
        return new ParkedQualificationDocument(prospect.prospectId(), prospect.campaignId(), prospect.workspaceId(),
                ContactDocument.of(prospect.contact()), prospect.bantScore(), prospect.decision().name(),
                prospect.contactable(), reason, at,
                prospect.signals().stream().map(s -> new SignalDocument(s.type().name(), s.observedAt(), s.detail())).toList());
    }

    QualifiedProspect toDomain() {
        return new QualifiedProspect(id, campaignId, workspaceId, contact.toDomain(), bantScore,
                QualificationDecision.valueOf(decision), contactable,
                signals == null ? List.of() : signals.stream().map(SignalDocument::toDomain).toList());
    }

    record SignalDocument(String type, Instant observedAt, String detail) {

        BuyingSignal toDomain() {
            return new BuyingSignal(BuyingSignal.SignalType.valueOf(type), observedAt, detail);
        }
    }
}
