package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.AccountStore;
import io.opensdr.campaign.domain.UserAccount;
import io.opensdr.campaign.domain.Workspace;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Users (unique by email) and workspaces in MongoDB; inserting one that exists leaves it untouched. */
@Repository
class MongoAccountStore implements AccountStore {

    private final MongoTemplate mongo;

    MongoAccountStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UserAccount> findUserByEmail(String email) {
        return Optional.ofNullable(mongo.findOne(query(where("email").is(email)), UserDocument.class))
                .map(user -> new UserAccount(user.id(), user.email(), user.passwordHash(), user.workspaceId()));
    }

    @Override
    public Optional<Workspace> findWorkspace(String workspaceId) {
        return Optional.ofNullable(mongo.findById(workspaceId, WorkspaceDocument.class))
                .map(workspace -> new Workspace(workspace.id(), workspace.name()));
    }

    @Override
    public void insertWorkspaceIfAbsent(Workspace workspace) {
        try {
            mongo.insert(new WorkspaceDocument(workspace.id(), workspace.name()));
        } catch (DuplicateKeyException alreadyThere) {
            // Seeded before, or by another replica at the same time.
        }
    }

    @Override
    public void insertUserIfAbsent(UserAccount user) {
        try {
            mongo.insert(new UserDocument(user.id(), user.email(), user.passwordHash(), user.workspaceId()));
        } catch (DuplicateKeyException alreadyThere) {
            // Same id or same email: the existing user (and their password) stays.
        }
    }
}
