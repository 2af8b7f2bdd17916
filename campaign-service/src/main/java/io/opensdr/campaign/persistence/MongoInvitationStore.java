package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.Invitation;
import io.opensdr.campaign.domain.InvitationStore;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Invitations in MongoDB; accepting is a conditional single-document update, so an invitation is used once. */
@Repository
class MongoInvitationStore implements InvitationStore {

    private final MongoTemplate mongo;

    MongoInvitationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Invitation i) {
        mongo.insert(new InvitationDocument(i.id(), i.workspaceId(), i.email(), i.role(), i.tokenHash(), i.invitedBy(),
                i.createdAt(), i.expiresAt(), i.acceptedAt()));
    }

    @Override
    public Optional<Invitation> findByHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(query(where("tokenHash").is(tokenHash)), InvitationDocument.class))
                .map(d -> new Invitation(d.id(), d.workspaceId(), d.email(), d.role(), d.tokenHash(), d.invitedBy(),
                        d.createdAt(), d.expiresAt(), d.acceptedAt()));
    }

    @Override
    public boolean markAccepted(String invitationId, Instant at) {
        return mongo.updateFirst(query(where("_id").is(invitationId).and("acceptedAt").is(null)),
                Update.update("acceptedAt", at), InvitationDocument.class).getModifiedCount() == 1;
    }
}
