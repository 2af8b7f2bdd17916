package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.ConflictException;
import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The caller's workspaces, their members, and owners' invitations. A workspace the caller is not
 * in is not found (404); what only owners may do is forbidden (403) to its other members. A
 * workspace always keeps an owner: its last owner can be neither demoted nor removed (409).
 */
@Service
public class WorkspaceMembers {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceMembers.class);

    private final Accounts accounts;
    private final InvitationStore invitations;
    private final MembershipStore memberships;
    private final SessionRevocation sessions;
    private final InvitationMailer mailer;
    private final AuthPolicy policy;
    private final Clock clock;

    public WorkspaceMembers(Accounts accounts, InvitationStore invitations, MembershipStore memberships,
                            SessionRevocation sessions, InvitationMailer mailer, AuthPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.memberships = memberships;
        this.sessions = sessions;
        this.mailer = mailer;
        this.policy = policy;
        this.clock = clock;
    }

    public record WorkspaceRole(Workspace workspace, Role role) {
    }

    /**
     * An invitation and its token: the token is shown once, to be handed to the invitee; only its
     * hash is kept. {@code delivery} tells whether it was emailed, and if not why.
     */
    public record IssuedInvitation(Invitation invitation, String token, InvitationMailer.Delivery delivery) {

        @Override
        public String toString() {
            return "IssuedInvitation[" + invitation.id() + "]";
        }
    }

    public List<WorkspaceRole> workspacesOf(Caller caller) {
        return accounts.findUser(caller.userId()).stream()
                .flatMap(user -> accounts.membershipsOf(user).stream())
                .map(membership -> new WorkspaceRole(accounts.workspace(membership.workspaceId()), membership.role()))
                .toList();
    }

    public List<Member> members(Caller caller, String workspaceId) {
        accounts.membershipOf(caller, workspaceId);
        return accounts.membersOf(workspaceId);
    }

    /**
     * Stores the invitation, then emails it. A mail that cannot be sent (not configured, refused,
     * unreachable) leaves the invitation in place: the answer says so, and the owner hands the link over.
     */
    public IssuedInvitation invite(Caller caller, String workspaceId, String email, Role role) {
        ownerOf(caller, workspaceId, "invite people");
        String address = Accounts.normalise(email);
        boolean alreadyMember = accounts.membersOf(workspaceId).stream().anyMatch(m -> m.email().equals(address));
        if (alreadyMember) {
            throw new ConflictException(address + " is already a member of this workspace.");
        }
        Instant now = clock.instant();
        String token = Secrets.newSecret();
        Invitation invitation = new Invitation(UUID.randomUUID().toString(), workspaceId, address,
                role == null ? Role.MEMBER : role, Secrets.hash(token), caller.userId(), now,
                now.plus(policy.invitationTtl()), null, null, null);
        invitations.insert(invitation);
        Optional<UserAccount> inviter = accounts.findUser(caller.userId());
        InvitationMailer.Delivery delivery = mailer.send(new InvitationMailer.InvitationEmail(invitation.id(), address,
                accounts.workspace(workspaceId).name(), inviter.map(UserAccount::name).orElse(null),
                inviter.map(UserAccount::email).orElse(caller.email()), invitation.role(), token,
                invitation.expiresAt()));
        if (delivery.sent()) {
            invitations.markEmailed(invitation.id(), clock.instant());
            log.info("Invitation {} into workspace {} emailed", invitation.id(), workspaceId);
        } else {
            log.info("Invitation {} into workspace {} not emailed: {}", invitation.id(), workspaceId, delivery.reason());
        }
        return new IssuedInvitation(invitation, token, delivery);
    }

    /** The workspace's invitations not yet accepted, revoked or expired; for its owners only. */
    public List<PendingInvitation> pendingInvitations(Caller caller, String workspaceId) {
        ownerOf(caller, workspaceId, "see the invitations");
        return invitations.pending(workspaceId, clock.instant()).stream().map(invitation -> {
            Optional<UserAccount> inviter = accounts.findUser(invitation.invitedBy());
            return new PendingInvitation(invitation, inviter.map(UserAccount::name).orElse(null),
                    inviter.map(UserAccount::email).orElse(null));
        }).toList();
    }

    /** Revokes a pending invitation: its link is refused from now on. Another workspace's, or a used one, is not found. */
    public void revokeInvitation(Caller caller, String workspaceId, String invitationId) {
        ownerOf(caller, workspaceId, "revoke invitations");
        if (!invitations.revoke(workspaceId, invitationId, clock.instant())) {
            throw new NotFoundException("Invitation", invitationId);
        }
        log.info("Invitation {} into workspace {} revoked by {}", invitationId, workspaceId, caller.userId());
    }

    /** What an invitation's link invites to, for its holder; refused as accepting it would be (unknown, expired, revoked, used). */
    public InvitationPreview preview(String token) {
        Instant now = clock.instant();
        Invitation invitation = Optional.ofNullable(token).flatMap(t -> invitations.findByHash(Secrets.hash(t)))
                .filter(found -> found.usableAt(now))
                .orElseThrow(InvalidInvitationException::new);
        Optional<UserAccount> inviter = accounts.findUser(invitation.invitedBy());
        return new InvitationPreview(accounts.workspace(invitation.workspaceId()).name(),
                inviter.map(UserAccount::name).orElse(null), inviter.map(UserAccount::email).orElse(null),
                invitation.email(), invitation.role(), invitation.expiresAt(),
                accounts.findByEmail(invitation.email()).isPresent());
    }

    /** An owner changes a member's role; demoting the last owner is refused. */
    public Member changeRole(Caller caller, String workspaceId, String userId, Role role) {
        ownerOf(caller, workspaceId, "change roles");
        List<Member> members = accounts.membersOf(workspaceId);
        Member member = memberIn(members, userId);
        if (member.role() == role) {
            return member;
        }
        if (member.role() == Role.OWNER && owners(members) == 1) {
            throw new LastOwnerException(member.email());
        }
        Instant joinedAt = accounts.findUser(userId).flatMap(user -> accounts.membership(user, workspaceId))
                .map(Membership::joinedAt).orElse(null);
        memberships.saveRole(workspaceId, userId, role, joinedAt != null ? joinedAt : clock.instant());
        log.info("User {} is now {} of workspace {} (changed by {})", userId, role, workspaceId, caller.userId());
        return new Member(member.userId(), member.email(), member.name(), role);
    }

    /**
     * An owner removes a member, or a member leaves; the last owner can do neither. The removed
     * user's sessions in the workspace are signed out at once (their access tokens are refused
     * within seconds, their refresh tokens for it revoked).
     */
    public void remove(Caller caller, String workspaceId, String userId) {
        Membership mine = accounts.membershipOf(caller, workspaceId);
        boolean leaving = caller.userId().equals(userId);
        if (!leaving && mine.role() != Role.OWNER) {
            throw new NotAnOwnerException("remove members");
        }
        List<Member> members = accounts.membersOf(workspaceId);
        Member member = memberIn(members, userId);
        if (member.role() == Role.OWNER && owners(members) == 1) {
            throw new LastOwnerException(member.email());
        }
        memberships.remove(workspaceId, userId);
        sessions.signOutOf(userId, workspaceId);
        log.info("User {} {} workspace {}", userId, leaving ? "left" : "was removed from", workspaceId);
    }

    private void ownerOf(Caller caller, String workspaceId, String what) {
        if (accounts.membershipOf(caller, workspaceId).role() != Role.OWNER) {
            throw new NotAnOwnerException(what);
        }
    }

    private static Member memberIn(List<Member> members, String userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Member", userId));
    }

    private static long owners(List<Member> members) {
        return members.stream().filter(m -> m.role() == Role.OWNER).count();
    }
}
