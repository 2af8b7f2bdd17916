package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The caller's workspaces, their members, and owners' invitations. A workspace the caller is not in is not found. */
@Service
public class WorkspaceMembers {

    private final Accounts accounts;
    private final InvitationStore invitations;
    private final AuthPolicy policy;
    private final Clock clock;

    public WorkspaceMembers(Accounts accounts, InvitationStore invitations, AuthPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.policy = policy;
        this.clock = clock;
    }

    public record WorkspaceRole(Workspace workspace, Role role) {
    }

    /** An invitation and its token: the token is shown once, to be handed to the invitee; only its hash is kept. */
    public record IssuedInvitation(Invitation invitation, String token) {

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

    public IssuedInvitation invite(Caller caller, String workspaceId, String email, Role role) {
        Membership membership = accounts.membershipOf(caller, workspaceId);
        if (membership.role() != Role.OWNER) {
            throw new NotAnOwnerException("invite people");
        }
        String address = Accounts.normalise(email);
        boolean alreadyMember = accounts.membersOf(workspaceId).stream().anyMatch(m -> m.email().equals(address));
        if (alreadyMember) {
            throw new ConflictException(address + " is already a member of this workspace.");
        }
        Instant now = clock.instant();
        String token = Secrets.newSecret();
        Invitation invitation = new Invitation(UUID.randomUUID().toString(), workspaceId, address,
                role == null ? Role.MEMBER : role, Secrets.hash(token), caller.userId(), now,
                now.plus(policy.invitationTtl()), null);
        invitations.insert(invitation);
        return new IssuedInvitation(invitation, token);
    }
}
