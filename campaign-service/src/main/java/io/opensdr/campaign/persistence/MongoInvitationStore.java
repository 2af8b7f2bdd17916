package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.Invitation;
import io.opensdr.campaign.domain.InvitationStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Invitations in MongoDB; accepting and revoking are conditional single-document updates, so an
 * invitation is used once, and a revoked one never.
 */
@Repository
class MongoInvitationStore implements InvitationStore {

    private final MongoTemplate mongo;

    MongoInvitationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Invitation i) {
        mongo.insert(new InvitationDocument(i.id(), i.workspaceId(), i.email(), i.role(), i.tokenHash(), i.invitedBy(),
                i.createdAt(), i.expiresAt(), i.acceptedAt(), i.revokedAt(), i.emailedAt()));
    }

    @Override
    public Optional<Invitation> findByHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(query(where("tokenHash").is(tokenHash)), InvitationDocument.class))
                .map(MongoInvitationStore::toInvitation);
    }

    @Override
    public boolean markAccepted(String invitationId, Instant at) {
        return mongo.updateFirst(query(where("_id").is(invitationId).and("acceptedAt").is(null).and("revokedAt").is(null)),
                Update.update("acceptedAt", at), InvitationDocument.class).getModifiedCount() == 1;
    }

    @Override
    public List<Invitation> pending(String workspaceId, Instant now) {
        return mongo.find(query(where("workspaceId").is(workspaceId).and("acceptedAt").is(null).and("revokedAt").is(null)
                        .and("expiresAt").gt(now)).with(Sort.by("createdAt", "_id")), InvitationDocument.class)
                .stream().map(MongoInvitationStore::toInvitation).toList();
    }

    @Override
    public boolean revoke(String workspaceId, String invitationId, Instant at) {
        return mongo.updateFirst(query(where("_id").is(invitationId).and("workspaceId").is(workspaceId)
                        .and("acceptedAt").is(null).and("revokedAt").is(null)),
                Update.update("revokedAt", at), InvitationDocument.class).getModifiedCount() == 1;
    }

    @Override
    public void markEmailed(String invitationId, Instant at) {
        mongo.updateFirst(query(where("_id").is(invitationId)), Update.update("emailedAt", at), InvitationDocument.class);
    }

    private static Invitation toInvitation(InvitationDocument d) {
        return new Invitation(d.id(), d.workspaceId(), d.email(), d.role(), d.tokenHash(), d.invitedBy(),
                d.createdAt(), d.expiresAt(), d.acceptedAt(), d.revokedAt(), d.emailedAt());
    }
}
