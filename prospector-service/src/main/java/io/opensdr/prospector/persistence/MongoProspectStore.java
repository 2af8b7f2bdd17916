package io.opensdr.prospector.persistence;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.FoundProspect;
import io.opensdr.prospector.domain.ProspectStore;
import io.opensdr.prospector.messaging.ProspectFoundMapper;
import io.opensdr.kit.outbox.OutboxEntry;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class MongoProspectStore implements ProspectStore {

    private final MongoTemplate mongo;

    public MongoProspectStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean recordIfNew(FoundProspect prospect) {
        Candidate candidate = prospect.candidate();
        ProspectDocument document = new ProspectDocument(prospect.prospectId(), prospect.workspaceId(), prospect.campaignId(),
                prospect.dedupKey(), prospect.source().name(), candidate.sourceKey(), prospect.ranked().priority(),
                candidate.person().firstName(), candidate.person().lastName(), candidate.person().title(),
                candidate.person().email(), candidate.company().name(), prospect.foundAt(),
                List.of(OutboxEntry.of(ProspectFoundMapper.toEvent(prospect))));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyFound) {
            return false;
        }
    }
}
