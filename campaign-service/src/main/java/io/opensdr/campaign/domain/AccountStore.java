package io.opensdr.campaign.domain;

import java.util.Optional;

/** Users and workspaces. Inserts are idempotent: an id or email already taken leaves the stored one as it is. */
public interface AccountStore {

    Optional<UserAccount> findUserByEmail(String email);

    Optional<Workspace> findWorkspace(String workspaceId);

    void insertWorkspaceIfAbsent(Workspace workspace);

    void insertUserIfAbsent(UserAccount user);
}
