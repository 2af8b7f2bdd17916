package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Accounts, memberships, invitations and sessions in memory, for the domain's tests. */
final class InMemoryAccountStores {

    private InMemoryAccountStores() {
    }

    static final class Accounts implements AccountStore, MembershipStore {

        final Map<String, UserAccount> users = new LinkedHashMap<>();
        final Map<String, Workspace> workspaces = new LinkedHashMap<>();
        final Map<String, Membership> memberships = new LinkedHashMap<>();

        @Override
        public Optional<UserAccount> findUserByEmail(String email) {
            return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
        }

        @Override
        public Optional<UserAccount> findUser(String userId) {
            return Optional.ofNullable(users.get(userId));
        }

        @Override
        public Optional<Workspace> findWorkspace(String workspaceId) {
            return Optional.ofNullable(workspaces.get(workspaceId));
        }

        @Override
        public void insertWorkspaceIfAbsent(Workspace workspace) {
            workspaces.putIfAbsent(workspace.id(), workspace);
        }

        @Override
        public void insertUserIfAbsent(UserAccount user) {
            insertUser(user);
        }

        @Override
        public boolean insertUser(UserAccount user) {
            if (users.containsKey(user.id()) || findUserByEmail(user.email()).isPresent()) {
                return false;
            }
            users.put(user.id(), user);
            return true;
        }

        @Override
        public List<UserAccount> usersAtHome(String workspaceId) {
            return users.values().stream().filter(u -> workspaceId.equals(u.workspaceId())).toList();
        }

        @Override
        public void insertMembershipIfAbsent(Membership membership) {
            memberships.putIfAbsent(membership.workspaceId() + "/" + membership.userId(), membership);
        }

        @Override
        public List<Membership> membershipsOfUser(String userId) {
            return memberships.values().stream().filter(m -> m.userId().equals(userId)).toList();
        }

        @Override
        public List<Membership> membershipsOfWorkspace(String workspaceId) {
            return memberships.values().stream().filter(m -> m.workspaceId().equals(workspaceId)).toList();
        }

        @Override
        public void saveRole(String workspaceId, String userId, Role role, Instant joinedAt) {
            Membership old = memberships.get(workspaceId + "/" + userId);
            memberships.put(workspaceId + "/" + userId,
                    new Membership(workspaceId, userId, role, old != null ? old.joinedAt() : joinedAt));
        }

        @Override
        public void remove(String workspaceId, String userId) {
            memberships.remove(workspaceId + "/" + userId);
            UserAccount user = users.get(userId);
            if (user != null && workspaceId.equals(user.workspaceId())) {
                users.put(userId, new UserAccount(user.id(), user.email(), user.passwordHash(), null, user.name()));
            }
        }
    }

    static final class Invitations implements InvitationStore {

        final Map<String, Invitation> byId = new LinkedHashMap<>();

        @Override
        public void insert(Invitation invitation) {
            byId.put(invitation.id(), invitation);
        }

        @Override
        public Optional<Invitation> findByHash(String tokenHash) {
            return byId.values().stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public boolean markAccepted(String invitationId, Instant at) {
            Invitation i = byId.get(invitationId);
            if (i == null || i.acceptedAt() != null || i.revokedAt() != null) {
                return false;
            }
            byId.put(i.id(), new Invitation(i.id(), i.workspaceId(), i.email(), i.role(), i.tokenHash(), i.invitedBy(),
                    i.createdAt(), i.expiresAt(), at, null, i.emailedAt()));
            return true;
        }

        @Override
        public List<Invitation> pending(String workspaceId, Instant now) {
            return byId.values().stream().filter(i -> i.workspaceId().equals(workspaceId) && i.usableAt(now))
                    .sorted(Comparator.comparing(Invitation::createdAt)).toList();
        }

        @Override
        public boolean revoke(String workspaceId, String invitationId, Instant at) {
            Invitation i = byId.get(invitationId);
            if (i == null || !i.workspaceId().equals(workspaceId) || i.acceptedAt() != null || i.revokedAt() != null) {
                return false;
            }
            byId.put(i.id(), new Invitation(i.id(), i.workspaceId(), i.email(), i.role(), i.tokenHash(), i.invitedBy(),
                    i.createdAt(), i.expiresAt(), null, at, i.emailedAt()));
            return true;
        }

        @Override
        public void markEmailed(String invitationId, Instant at) {
            Invitation i = byId.get(invitationId);
            byId.put(i.id(), new Invitation(i.id(), i.workspaceId(), i.email(), i.role(), i.tokenHash(), i.invitedBy(),
                    i.createdAt(), i.expiresAt(), i.acceptedAt(), i.revokedAt(), at));
        }
    }

    static final class RefreshTokens implements RefreshTokenStore {

        final List<RefreshToken> tokens = new ArrayList<>();

        @Override
        public void insert(RefreshToken token) {
            tokens.add(token);
        }

        @Override
        public boolean insertIfAbsent(RefreshToken token) {
            if (tokens.stream().anyMatch(t -> t.id().equals(token.id()))) {
                return false;
            }
            tokens.add(token);
            return true;
        }

        @Override
        public Optional<RefreshToken> findByHash(String tokenHash) {
            return tokens.stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public boolean markUsed(String tokenId, Instant at) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public void revokeFamily(String familyId, Instant at) {
            tokens.replaceAll(t -> t.familyId().equals(familyId) && t.revokedAt() == null
                    ? new RefreshToken(t.id(), t.familyId(), t.userId(), t.workspaceId(), t.tokenHash(), t.issuedAt(),
                            t.expiresAt(), t.usedAt(), at)
                    : t);
        }

        @Override
        public Set<String> familiesIn(String userId, String workspaceId, Instant issuedAfter, Instant now) {
            Set<String> families = new TreeSet<>();
            tokens.stream().filter(t -> t.userId().equals(userId) && t.workspaceId().equals(workspaceId))
                    .filter(t -> t.issuedAt().isAfter(issuedAfter)
                            || (t.usedAt() == null && t.revokedAt() == null && t.expiresAt().isAfter(now)))
                    .forEach(t -> families.add(t.familyId()));
            return families;
        }
    }

    static final class RevokedSessions implements RevokedSessionStore {

        final Map<String, Instant> until = new LinkedHashMap<>();

        @Override
        public void revoke(String sessionId, Instant at, Instant until) {
            this.until.merge(sessionId, until, (a, b) -> a.isAfter(b) ? a : b);
        }

        @Override
        public Set<String> revokedAt(Instant now) {
            Set<String> ids = new TreeSet<>();
            until.forEach((id, end) -> {
                if (end.isAfter(now)) {
                    ids.add(id);
                }
            });
            return ids;
        }
    }
}
