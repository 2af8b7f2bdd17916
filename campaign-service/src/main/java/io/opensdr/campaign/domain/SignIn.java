package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.ConflictException;
import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sign-up, login, refresh, logout, workspace switching and accepting an invitation. Each success
 * is a {@link Session}: a short-lived access token and a refresh token of a family; the family's id
 * is the session id ({@code sid}) of every access token issued from it. Refresh tokens rotate: each
 * is used once. Presented again within {@link AuthPolicy#refreshReuseGrace()} of its use (two tabs
 * refreshing at the same moment, sharing one cookie), it yields the very same successor, since a
 * successor is derived from the token it replaces ({@link RefreshTokenSuccessors}); presented again
 * later, it was stolen, and its whole family is revoked (the thief's copy and the owner's alike),
 * with the session's access tokens. Logout revokes the family and the session: the services refuse
 * the session's access tokens within seconds ({@link RevokedSessionStore}). Nothing here logs a
 * password or a token.
 */
@Service
public class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);
    private static final String WRONG_CREDENTIALS = "The email or password is not correct.";
    private static final String INVALID_REFRESH = "The session has expired or was signed out; sign in again.";
    private static final int MAX_SUCCESSOR_HOPS = 5;

    private final AccountStore store;
    private final Accounts accounts;
    private final RefreshTokenStore refreshTokens;
    private final RevokedSessionStore revokedSessions;
    private final RefreshTokenSuccessors successors;
    private final InvitationStore invitations;
    private final LoginThrottle throttle;
    private final PasswordHashing passwords;
    private final AccessTokenIssuer accessTokens;
    private final AuthPolicy policy;
    private final Clock clock;
    private final String unknownUserHash;

    public SignIn(AccountStore store, Accounts accounts, RefreshTokenStore refreshTokens,
                  RevokedSessionStore revokedSessions, RefreshTokenSuccessors successors, InvitationStore invitations,
                  LoginThrottle throttle, PasswordHashing passwords, AccessTokenIssuer accessTokens, AuthPolicy policy,
                  Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.revokedSessions = revokedSessions;
        this.successors = successors;
        this.invitations = invitations;
        this.throttle = throttle;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.policy = policy;
        this.clock = clock;
        // Checked against when the email is unknown, so both answers take one hash's time.
        this.unknownUserHash = passwords.hash(Secrets.newSecret());
    }

    /** A new user who owns a new workspace, signed in to it. */
    public Session signUp(String email, String password, String name, String workspaceName) {
        String address = Accounts.normalise(email);
        PasswordPolicy.check(password, address);
        if (store.findUserByEmail(address).isPresent()) {
            throw new ConflictException("An account with this email exists; sign in instead.");
        }
        Instant now = clock.instant();
        String workspaceId = "ws-" + UUID.randomUUID();
        UserAccount user = new UserAccount("user-" + UUID.randomUUID(), address, passwords.hash(password), workspaceId,
                name.trim());
        if (!store.insertUser(user)) {
            throw new ConflictException("An account with this email exists; sign in instead.");
        }
        store.insertWorkspaceIfAbsent(new Workspace(workspaceId, workspaceName.trim()));
        Membership owner = new Membership(workspaceId, user.id(), Role.OWNER, now);
        store.insertMembershipIfAbsent(owner);
        log.info("User {} signed up with workspace {}", user.id(), workspaceId);
        return start(user, owner, newFamily());
    }

    /** Signs in to the user's home workspace; refused while the account or the address is locked. */
    public Session logIn(String email, String password, String address) {
        throttle.checkAllowed(email, address);
        UserAccount user = verified(email, password, address);
        Membership home = accounts.membership(user, user.workspaceId())
                .or(() -> accounts.membershipsOf(user).stream().findFirst())
                .orElseThrow(() -> new AuthenticationFailedException(WRONG_CREDENTIALS));
        return start(user, home, newFamily());
    }

    /**
     * Uses the refresh token for a new access token and its successor, in the same workspace. Within
     * the grace window after its first use, the same token gets the same successor again.
     */
    public Session refresh(String refreshToken) {
        RefreshToken token = presented(refreshToken);
        UserAccount user = accounts.findUser(token.userId())
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
        Membership membership = accounts.membership(user, token.workspaceId())
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
        return rotate(refreshToken, token, user, membership);
    }

    /**
     * Revokes the refresh token's whole family and the session of the access token (either may be
     * missing), so the session's access tokens are refused everywhere within seconds; an unknown or
     * already revoked token is no error.
     */
    public void logOut(String refreshToken, String accessSessionId) {
        Instant now = clock.instant();
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens.findByHash(Secrets.hash(refreshToken)).ifPresent(token -> revokeSession(token.familyId(), now));
        }
        if (accessSessionId != null && !accessSessionId.isBlank()) {
            revokeSession(accessSessionId, now);
        }
    }

    /**
     * A new access token in another workspace the caller belongs to (404 for any other). With the
     * caller's refresh token, it is rotated too, so refreshing keeps the new workspace.
     */
    public Session switchWorkspace(Caller caller, String workspaceId, String refreshToken, String sessionId) {
        Membership membership = accounts.membershipOf(caller, workspaceId);
        UserAccount user = accounts.findUser(caller.userId())
                .orElseThrow(() -> new NotFoundException("Workspace", workspaceId));
        if (refreshToken == null || refreshToken.isBlank()) {
            // The caller's session goes on (HTTP Basic has none: a session of its own, with no refresh token).
            return new Session(user, accounts.workspace(workspaceId), membership.role(),
                    accessTokens.issue(user, membership, sessionId != null ? sessionId : newFamily()), null, null);
        }
        RefreshToken token = presented(refreshToken);
        if (!token.userId().equals(user.id())) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        return rotate(refreshToken, token, user, membership);
    }

    /**
     * Accepts an invitation: an address without an account gets one (the password must meet the
     * policy, the name is required); an existing account proves its password and joins. Either
     * way the invitation is used up and the user is signed in to the workspace.
     */
    public Session acceptInvitation(String token, String password, String name, String address) {
        Instant now = clock.instant();
        Invitation invitation = Optional.ofNullable(token).flatMap(t -> invitations.findByHash(Secrets.hash(t)))
                .filter(found -> found.usableAt(now))
                .orElseThrow(InvalidInvitationException::new);
        Optional<UserAccount> existing = store.findUserByEmail(invitation.email());
        UserAccount user;
        if (existing.isPresent()) {
            throttle.checkAllowed(invitation.email(), address);
            user = verified(invitation.email(), password, address);
        } else {
            PasswordPolicy.check(password, invitation.email());
            if (name == null || name.isBlank()) {
                throw new InvalidFieldException("name", "must not be blank for a new account");
            }
            user = new UserAccount("user-" + UUID.randomUUID(), invitation.email(), passwords.hash(password),
                    invitation.workspaceId(), name.trim());
        }
        if (!invitations.markAccepted(invitation.id(), now)) {
            throw new InvalidInvitationException();
        }
        if (existing.isEmpty() && !store.insertUser(user)) {
            throw new ConflictException("An account with this email was created meanwhile; sign in and ask for a new invitation.");
        }
        store.insertMembershipIfAbsent(new Membership(invitation.workspaceId(), user.id(), invitation.role(), now));
        Membership membership = accounts.membership(user, invitation.workspaceId()).orElseThrow();
        log.info("User {} joined workspace {} as {}", user.id(), invitation.workspaceId(), membership.role());
        return start(user, membership, newFamily());
    }

    private UserAccount verified(String email, String password, String address) {
        Optional<UserAccount> user = accounts.findByEmail(email);
        boolean matches;
        if (user.isPresent()) {
            matches = password != null && passwords.matches(password, user.get().passwordHash());
        } else {
            passwords.matches(password == null ? "" : password, unknownUserHash);
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(email, address);
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        throttle.recordSuccess(email);
        return user.get();
    }

    /** The stored refresh token, when it is known, not revoked and not expired. */
    private RefreshToken presented(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        Instant now = clock.instant();
        return refreshTokens.findByHash(Secrets.hash(refreshToken))
                .filter(token -> token.revokedAt() == null && now.isBefore(token.expiresAt()))
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
    }

    /**
     * Replaces the refresh token with its successor (in {@code membership}'s workspace) and signs a new
     * access token of the same session. The successor is stored before the token is marked used, so a
     * second request that finds it used always finds the successor too. A token used before: within
     * the grace window, the session goes on with the latest successor of its chain; after it, the
     * family and its session are revoked.
     */
    private Session rotate(String refreshToken, RefreshToken token, UserAccount user, Membership membership) {
        Instant now = clock.instant();
        if (token.usedAt() == null) {
            String successor = successors.successorOf(refreshToken);
            Instant expiresAt = now.plus(policy.refreshTokenTtl());
            refreshTokens.insertIfAbsent(new RefreshToken(successorId(token), token.familyId(), user.id(),
                    membership.workspaceId(), Secrets.hash(successor), now, expiresAt, null, null));
            if (refreshTokens.markUsed(token.id(), now)) {
                return latest(user, token.familyId(), successor);
            }
            // Another request used it meanwhile: as a second tab's request, below.
            token = refreshTokens.findByHash(token.tokenHash()).orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
        }
        if (token.revokedAt() != null) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        if (token.usedAt() != null && now.isBefore(token.usedAt().plus(policy.refreshReuseGrace()))) {
            return latest(user, token.familyId(), successors.successorOf(refreshToken));
        }
        revokeSession(token.familyId(), now);
        log.warn("A used refresh token was presented again: family {} of user {} revoked", token.familyId(),
                token.userId());
        throw new AuthenticationFailedException(INVALID_REFRESH);
    }

    /**
     * The session at the newest refresh token of the chain that starts at {@code successor}: the one
     * not used yet (a few hops at most, when a tab refreshed twice within the grace window).
     */
    private Session latest(UserAccount user, String familyId, String successor) {
        String current = successor;
        for (int hop = 0; hop < MAX_SUCCESSOR_HOPS; hop++) {
            RefreshToken stored = refreshTokens.findByHash(Secrets.hash(current))
                    .filter(t -> t.familyId().equals(familyId) && t.revokedAt() == null)
                    .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
            if (stored.usedAt() == null) {
                Membership membership = accounts.membership(user, stored.workspaceId())
                        .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
                return new Session(user, accounts.workspace(membership.workspaceId()), membership.role(),
                        accessTokens.issue(user, membership, familyId), current, stored.expiresAt());
            }
            current = successors.successorOf(current);
        }
        throw new AuthenticationFailedException(INVALID_REFRESH);
    }

    private void revokeSession(String familyId, Instant now) {
        refreshTokens.revokeFamily(familyId, now);
        revokedSessions.revoke(familyId, now, now.plus(policy.accessTokenTtl()).plus(AuthPolicy.CLOCK_SKEW));
    }

    /** The same for both requests of two tabs, so only one successor is stored. */
    private static String successorId(RefreshToken token) {
        return UUID.nameUUIDFromBytes(("successor of " + token.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private Session start(UserAccount user, Membership membership, String familyId) {
        Instant now = clock.instant();
        String refreshToken = Secrets.newSecret();
        Instant refreshExpiresAt = now.plus(policy.refreshTokenTtl());
        refreshTokens.insert(new RefreshToken(UUID.randomUUID().toString(), familyId, user.id(), membership.workspaceId(),
                Secrets.hash(refreshToken), now, refreshExpiresAt, null, null));
        return new Session(user, accounts.workspace(membership.workspaceId()), membership.role(),
                accessTokens.issue(user, membership, familyId), refreshToken, refreshExpiresAt);
    }

    private static String newFamily() {
        return UUID.randomUUID().toString();
    }
}
