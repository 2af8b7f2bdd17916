package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who may sign in, and to which workspaces they belong. Emails are compared without case. A
 * user's home workspace counts as a membership even where none is stored: users created before
 * memberships existed (the seeded demo user among them) own their home workspace.
 */
@Service
public class Accounts {

    private final AccountStore store;

    public Accounts(AccountStore store) {
        this.store = store;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return email == null ? Optional.empty() : store.findUserByEmail(normalise(email));
    }

    public Optional<UserAccount> findUser(String userId) {
        return userId == null ? Optional.empty() : store.findUser(userId);
    }

    public Workspace workspaceOf(Caller caller) {
        return workspace(caller.workspaceId());
    }

    public Workspace workspace(String workspaceId) {
        return store.findWorkspace(workspaceId).orElseThrow(() -> new NotFoundException("Workspace", workspaceId));
    }

    /**
     * Creates the workspace and its user unless they exist (same ids, or the same email); running
     * it again, or from two replicas at once, changes nothing, and never resets a password.
     */
    public void ensureUserInWorkspace(Workspace workspace, String userId, String email, String passwordHash) {
        store.insertWorkspaceIfAbsent(workspace);
        store.insertUserIfAbsent(new UserAccount(userId, normalise(email), passwordHash, workspace.id()));
    }

    /** Every workspace the user belongs to, with their role there. */
    public List<Membership> membershipsOf(UserAccount user) {
        List<Membership> memberships = new ArrayList<>(store.membershipsOfUser(user.id()));
        if (user.workspaceId() != null
                && memberships.stream().noneMatch(m -> m.workspaceId().equals(user.workspaceId()))) {
            memberships.add(0, new Membership(user.workspaceId(), user.id(), Role.OWNER, null));
        }
        return memberships;
    }

    public Optional<Membership> membership(UserAccount user, String workspaceId) {
        return membershipsOf(user).stream().filter(m -> m.workspaceId().equals(workspaceId)).findFirst();
    }

    /** The caller's membership of the workspace; a workspace they do not belong to is not found (404), never forbidden. */
    public Membership membershipOf(Caller caller, String workspaceId) {
        return findUser(caller.userId()).flatMap(user -> membership(user, workspaceId))
                .orElseThrow(() -> new NotFoundException("Workspace", workspaceId));
    }

    public List<Member> membersOf(String workspaceId) {
        List<Member> members = new ArrayList<>();
        for (Membership membership : store.membershipsOfWorkspace(workspaceId)) {
            store.findUser(membership.userId()).ifPresent(user ->
                    members.add(new Member(user.id(), user.email(), user.name(), membership.role())));
        }
        for (UserAccount user : store.usersAtHome(workspaceId)) {
            if (members.stream().noneMatch(m -> m.userId().equals(user.id()))) {
                members.add(new Member(user.id(), user.email(), user.name(), Role.OWNER));
            }
        }
        members.sort(Comparator.comparing(Member::email));
        return members;
    }

    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
