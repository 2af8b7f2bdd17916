package io.opensdr.outreach.messaging;

import io.opensdr.events.ProspectQualified;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.BuyingSignal;
import io.opensdr.outreach.domain.QualificationDecision;
import io.opensdr.outreach.domain.QualifiedProspect;
import java.util.List;

public final class ProspectQualifiedMapper {

    private static final String EVENT = "ProspectQualified";
    /** Bounds on what a draft is written from (the prospector keeps to the same). */
    static final int MAX_SIGNALS = 200;
    static final int MAX_SIGNAL_DETAIL = 1000;

    private ProspectQualifiedMapper() {
    }

    public static QualifiedProspect toQualifiedProspect(ProspectQualified event) {
        String prospectId = Require.text(event.getProspectId(), "prospectId", EVENT);
        Require.text(event.getCampaignId(), "campaignId", EVENT);
        Require.text(event.getWorkspaceId(), "workspaceId", EVENT);
        Require.present(event.getContact(), "contact", EVENT);
        Require.present(event.getDecision(), "decision", EVENT);
        QualifiedProspect prospect = new QualifiedProspect(prospectId, event.getCampaignId(), event.getWorkspaceId(),
                ContactMapper.toDomain(event.getContact()), event.getTotalScore(),
                QualificationDecision.valueOf(event.getDecision().name()), event.getContactable(),
                signals(event.getSignals(), EVENT, prospectId));
        // The qualifier says it can be emailed but gives no address: a broken record, not a skip.
        if (prospect.decision() == QualificationDecision.QUALIFIED && prospect.contactable()
                && !prospect.contact().hasEmail()) {
            throw new InvalidEventException(EVENT + " of prospect " + prospectId + " is contactable but has no email");
        }
        return prospect;
    }

    /** Signals as found; a v2 record has none. A record with impossible signals goes to the DLT. */
    static List<BuyingSignal> signals(List<io.opensdr.events.BuyingSignal> found, String eventName, String prospectId) {
        List<io.opensdr.events.BuyingSignal> signals = found == null ? List.of() : found;
        if (signals.size() > MAX_SIGNALS) {
            throw new InvalidEventException(eventName + " of prospect " + prospectId + " has " + signals.size()
                    + " signals, more than " + MAX_SIGNALS);
        }
        return signals.stream().map(signal -> {
            if (signal.getType() == null || signal.getObservedAt() == null || signal.getDetail() == null
                    || signal.getDetail().isBlank()) {
                throw new InvalidEventException(eventName + " of prospect " + prospectId + " has a signal without type, "
                        + "date or detail");
            }
            if (signal.getDetail().length() > MAX_SIGNAL_DETAIL) {
                throw new InvalidEventException(eventName + " of prospect " + prospectId + " has a signal detail of "
                        + signal.getDetail().length() + " characters, more than " + MAX_SIGNAL_DETAIL);
            }
            return new BuyingSignal(BuyingSignal.SignalType.valueOf(signal.getType().name()), signal.getObservedAt(),
                    signal.getDetail().strip());
        }).toList();
    }
}
