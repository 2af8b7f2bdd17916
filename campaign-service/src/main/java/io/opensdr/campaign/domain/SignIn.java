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
 * is a {@link Session}: a short-lived access token and a refresh token of a family. Refresh
 * tokens rotate: each is used once, and one used twice revokes its whole family (the thief's
 * copy and the owner's alike). Nothing here logs a password or a token.
 */
@Service
public class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);
    private static final String WRONG_CREDENTIALS = "The email or password is not correct.";
    private static final String INVALID_REFRESH = "The session has expired or was signed out; sign in again.";

    private final AccountStore store;
    private final Accounts accounts;
    private final RefreshTokenStore refreshTokens;
    private final InvitationStore invitations;
    private final LoginThrottle throttle;
    private final PasswordHashing passwords;
    private final AccessTokenIssuer accessTokens;
    private final AuthPolicy policy;
    private final Clock clock;
    private final String unknownUserHash;

    public SignIn(AccountStore store, Accounts accounts, RefreshTokenStore refreshTokens, InvitationStore invitations,
                  LoginThrottle throttle, PasswordHashing passwords, AccessTokenIssuer accessTokens, AuthPolicy policy,
                  Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
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

    /** Uses the refresh token (once) for a new access token and its successor, in the same workspace. */
    public Session refresh(String refreshToken) {
        RefreshToken used = use(refreshToken);
        UserAccount user = accounts.findUser(used.userId())
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
        Membership membership = accounts.membership(user, used.workspaceId())
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
        return start(user, membership, used.familyId());
    }

    /** Revokes the refresh token's whole family; an unknown or already revoked token is no error. */
    public void logOut(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        refreshTokens.findByHash(Secrets.hash(refreshToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }

    /**
     * A new access token in another workspace the caller belongs to (404 for any other). With the
     * caller's refresh token, it is rotated too, so refreshing keeps the new workspace.
     */
    public Session switchWorkspace(Caller caller, String workspaceId, String refreshToken) {
        Membership membership = accounts.membershipOf(caller, workspaceId);
        UserAccount user = accounts.findUser(caller.userId())
                .orElseThrow(() -> new NotFoundException("Workspace", workspaceId));
        if (refreshToken == null || refreshToken.isBlank()) {
            return new Session(user, accounts.workspace(workspaceId), membership.role(),
                    accessTokens.issue(user, membership), null, null);
        }
        RefreshToken used = use(refreshToken);
        if (!used.userId().equals(user.id())) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        return start(user, membership, used.familyId());
    }

    /**
     * Accepts an invitation: an address without an account gets one (the password must meet the
     * policy, the name is required); an existing account proves its password and joins. Either
     * way the invitation is used up and the user is signed in to the workspace.
     */
    public Session acceptInvitation(String token, String password, String name, String address) {
        Instant now = clock.instant();
        Invitation invitation = Optional.ofNullable(token).flatMap(t -> invitations.findByHash(Secrets.hash(t)))
                .filter(found -> found.acceptedAt() == null && now.isBefore(found.expiresAt()))
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

    /** Marks the refresh token used, or revokes its family when it was used before. */
    private RefreshToken use(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.findByHash(Secrets.hash(refreshToken))
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_REFRESH));
        if (token.revokedAt() != null || !now.isBefore(token.expiresAt())) {
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        if (token.usedAt() != null || !refreshTokens.markUsed(token.id(), now)) {
            refreshTokens.revokeFamily(token.familyId(), now);
            log.warn("A used refresh token was presented again: family {} of user {} revoked", token.familyId(),
                    token.userId());
            throw new AuthenticationFailedException(INVALID_REFRESH);
        }
        return token;
    }

    private Session start(UserAccount user, Membership membership, String familyId) {
        Instant now = clock.instant();
        String refreshToken = Secrets.newSecret();
        Instant refreshExpiresAt = now.plus(policy.refreshTokenTtl());
        refreshTokens.insert(new RefreshToken(UUID.randomUUID().toString(), familyId, user.id(), membership.workspaceId(),
                Secrets.hash(refreshToken), now, refreshExpiresAt, null, null));
        return new Session(user, accounts.workspace(membership.workspaceId()), membership.role(),
                accessTokens.issue(user, membership), refreshToken, refreshExpiresAt);
    }

    private static String newFamily() {
        return UUID.randomUUID().toString();
    }
}
