package io.opensdr.campaign.messaging;

import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.Prospects;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.events.Contact;
import io.opensdr.events.CriterionScore;
import io.opensdr.events.ProspectFound;
import io.opensdr.events.ProspectPerson;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.catalog.TopicNames;
import io.opensdr.kit.messaging.InvalidEventException;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the prospects read model (the prospect list, the BANT breakdown beside each draft, the
 * review band) from ProspectFound and ProspectQualified. Its own consumer group: it reads the same
 * topics as the metrics without sharing their partitions, and replays them on its own.
 */
@Component
public class ProspectListeners {

    static final String GROUP = "campaign-service-prospects";

    private final InboundEventMapper refs;
    private final Prospects prospects;

    public ProspectListeners(InboundEventMapper refs, Prospects prospects) {
        this.refs = refs;
        this.prospects = prospects;
    }

    @KafkaListener(topics = TopicNames.PROSPECT_FOUND, groupId = GROUP)
    void on(ProspectFound event) {
        var ref = refs.prospectOf(event);
        ProspectPerson person = event.getPerson();
        if (person == null || event.getCompany() == null) {
            throw new InvalidEventException("ProspectFound " + event.getEventId() + " has no person or company");
        }
        prospects.found(new ProspectRecord(ref.prospectId(), ref.workspaceId(), ref.campaignId(),
                event.getSource() == null ? null : ProspectSource.valueOf(event.getSource().name()),
                new ProspectRecord.Person(person.getFirstName(), person.getLastName(), person.getEmail(), person.getTitle(),
                        event.getCompany().getName(), event.getCompany().getDomain(), event.getCompany().getIndustry(),
                        person.getTimeZone()),
                ProspectStatus.PENDING, null, List.of(), null, event.getOccurredAt()));
    }

    @KafkaListener(topics = TopicNames.PROSPECT_QUALIFIED, groupId = GROUP)
    void on(ProspectQualified event) {
        prospects.qualified(toRecord(event));
    }

    ProspectRecord toRecord(ProspectQualified event) {
        var ref = refs.prospectOf(event);
        String what = "ProspectQualified " + event.getEventId();
        Contact contact = event.getContact();
        if (contact == null || event.getDecision() == null) {
            throw new InvalidEventException(what + " has no contact or decision");
        }
        if (event.getTotalScore() < 0 || event.getTotalScore() > 100) {
            throw new InvalidEventException(what + " has a score out of 0-100: " + event.getTotalScore());
        }
        ProspectRecord.Bant bant = new ProspectRecord.Bant(event.getTotalScore(), criterion(event.getBudget(), what),
                criterion(event.getAuthority(), what), criterion(event.getNeed(), what), criterion(event.getTimeline(), what),
                event.getThreshold(), Qualification.valueOf(event.getDecision().name()), event.getHot(),
                event.getContactable(), event.getOccurredAt());
        List<ProspectRecord.Signal> signals = event.getSignals() == null ? List.of() : event.getSignals().stream()
                .map(signal -> new ProspectRecord.Signal(signal.getType().name(), signal.getObservedAt(), signal.getDetail()))
                .toList();
        return new ProspectRecord(ref.prospectId(), ref.workspaceId(), ref.campaignId(), null,
                new ProspectRecord.Person(contact.getFirstName(), contact.getLastName(), contact.getEmail(),
                        contact.getTitle(), contact.getCompanyName(), contact.getCompanyDomain(), contact.getIndustry(),
                        contact.getTimeZone()),
                ProspectStatus.valueOf(event.getDecision().name()), bant, signals, null, event.getOccurredAt());
    }

    private static ProspectRecord.Criterion criterion(CriterionScore score, String what) {
        if (score == null) {
            throw new InvalidEventException(what + " lacks a BANT criterion");
        }
        return new ProspectRecord.Criterion(score.getScore(), score.getReason());
    }
}
