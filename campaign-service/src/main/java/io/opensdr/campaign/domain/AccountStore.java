package io.opensdr.campaign.domain;

import java.util.List;
import java.util.Optional;

/** Users, workspaces and memberships. Inserts are idempotent: an id or email already taken leaves the stored one as it is. */
public interface AccountStore {

    Optional<UserAccount> findUserByEmail(String email);

    Optional<UserAccount> findUser(String userId);

    Optional<Workspace> findWorkspace(String workspaceId);

    void insertWorkspaceIfAbsent(Workspace workspace);

    void insertUserIfAbsent(UserAccount user);

    /** Inserts a new user; false (and nothing stored) when the id or the email is taken. */
    boolean insertUser(UserAccount user);

    /** Users whose home workspace this is. */
    List<UserAccount> usersAtHome(String workspaceId);

    void insertMembershipIfAbsent(Membership membership);

    List<Membership> membershipsOfUser(String userId);

    List<Membership> membershipsOfWorkspace(String workspaceId);
}
