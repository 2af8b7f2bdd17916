package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.NotFoundException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Who may sign in, and to which workspace they belong. Emails are compared without case. */
@Service
public class Accounts {

    private final AccountStore store;

    public Accounts(AccountStore store) {
        this.store = store;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return email == null ? Optional.empty() : store.findUserByEmail(normalise(email));
    }

    public Workspace workspaceOf(Caller caller) {
        return store.findWorkspace(caller.workspaceId())
                .orElseThrow(() -> new NotFoundException("Workspace", caller.workspaceId()));
    }

    /**
     * Creates the workspace and its user unless they exist (same ids, or the same email); running
     * it again, or from two replicas at once, changes nothing, and never resets a password.
     */
    public void ensureUserInWorkspace(Workspace workspace, String userId, String email, String passwordHash) {
        store.insertWorkspaceIfAbsent(workspace);
        store.insertUserIfAbsent(new UserAccount(userId, normalise(email), passwordHash, workspace.id()));
    }

    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
