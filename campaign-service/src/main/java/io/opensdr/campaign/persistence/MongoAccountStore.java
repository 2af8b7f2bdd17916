package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.AccountStore;
import io.opensdr.campaign.domain.Membership;
import io.opensdr.campaign.domain.UserAccount;
import io.opensdr.campaign.domain.Workspace;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Users (unique by email), workspaces and memberships in MongoDB; inserting one that exists leaves it untouched. */
@Repository
class MongoAccountStore implements AccountStore {

    private final MongoTemplate mongo;

    MongoAccountStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UserAccount> findUserByEmail(String email) {
        return Optional.ofNullable(mongo.findOne(query(where("email").is(email)), UserDocument.class))
                .map(MongoAccountStore::toUser);
    }

    @Override
    public Optional<UserAccount> findUser(String userId) {
        return Optional.ofNullable(mongo.findById(userId, UserDocument.class)).map(MongoAccountStore::toUser);
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
        insertUser(user);
    }

    @Override
    public boolean insertUser(UserAccount user) {
        try {
            mongo.insert(new UserDocument(user.id(), user.email(), user.passwordHash(), user.workspaceId(), user.name()));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // Same id or same email: the existing user (and their password) stays.
            return false;
        }
    }

    @Override
    public List<UserAccount> usersAtHome(String workspaceId) {
        return mongo.find(query(where("workspaceId").is(workspaceId)), UserDocument.class).stream()
                .map(MongoAccountStore::toUser).toList();
    }

    @Override
    public void insertMembershipIfAbsent(Membership membership) {
        try {
            mongo.insert(new MembershipDocument(MembershipDocument.idOf(membership.workspaceId(), membership.userId()),
                    membership.workspaceId(), membership.userId(), membership.role(), membership.joinedAt()));
        } catch (DuplicateKeyException alreadyThere) {
            // Already a member: the stored role stays.
        }
    }

    @Override
    public List<Membership> membershipsOfUser(String userId) {
        return mongo.find(query(where("userId").is(userId)).with(Sort.by("joinedAt", "_id")), MembershipDocument.class)
                .stream().map(MongoAccountStore::toMembership).toList();
    }

    @Override
    public List<Membership> membershipsOfWorkspace(String workspaceId) {
        return mongo.find(query(where("workspaceId").is(workspaceId)).with(Sort.by("joinedAt", "_id")),
                MembershipDocument.class).stream().map(MongoAccountStore::toMembership).toList();
    }

    private static UserAccount toUser(UserDocument user) {
        return new UserAccount(user.id(), user.email(), user.passwordHash(), user.workspaceId(), user.name());
    }

    private static Membership toMembership(MembershipDocument document) {
        return new Membership(document.workspaceId(), document.userId(), document.role(), document.joinedAt());
    }
}
