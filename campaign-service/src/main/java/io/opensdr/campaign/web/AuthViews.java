package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Invitation;
import io.opensdr.campaign.domain.InvitationPreview;
import io.opensdr.campaign.domain.Member;
import io.opensdr.campaign.domain.PendingInvitation;
import io.opensdr.campaign.domain.Role;
import io.opensdr.campaign.domain.Session;
import io.opensdr.campaign.domain.WorkspaceMembers;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What the sign-in and workspace endpoints answer. No token is ever in a body: they travel as HttpOnly cookies. */
final class AuthViews {

    private AuthViews() {
    }

    record SessionView(String userId, String email, String name, String workspaceId, String workspaceName, Role role,
                       Instant accessTokenExpiresAt) {

        static SessionView of(Session session) {
            return new SessionView(session.user().id(), session.user().email(), session.user().name(),
                    session.workspace().id(), session.workspace().name(), session.role(),
                    session.accessToken().expiresAt());
        }
    }

    record WorkspaceView(String id, String name, Role role, boolean current) {

        static WorkspaceView of(WorkspaceMembers.WorkspaceRole membership, String currentWorkspaceId) {
            return new WorkspaceView(membership.workspace().id(), membership.workspace().name(), membership.role(),
                    membership.workspace().id().equals(currentWorkspaceId));
        }
    }

    record MemberView(String userId, String email, String name, Role role) {

        static MemberView of(Member member) {
            return new MemberView(member.userId(), member.email(), member.name(), member.role());
        }
    }

    /**
     * The invitation's token is shown this once, for the owner to hand to the invitee when it was
     * not emailed ({@code emailed} false, and {@code notEmailedReason} says why).
     */
    record InvitationView(String id, String workspaceId, String email, Role role, Instant expiresAt, String token,
                          boolean emailed, @Schema(nullable = true) String notEmailedReason) {

        static InvitationView of(WorkspaceMembers.IssuedInvitation issued) {
            return new InvitationView(issued.invitation().id(), issued.invitation().workspaceId(),
                    issued.invitation().email(), issued.invitation().role(), issued.invitation().expiresAt(),
                    issued.token(), issued.delivery().sent(), issued.delivery().reason());
        }

        @Override
        public String toString() {
            return "InvitationView[" + id + "]";
        }
    }

    /** A pending invitation as its workspace's owners see it: never its token. */
    record PendingInvitationView(String id, String email, Role role, @Schema(nullable = true) String invitedByName,
                                 @Schema(nullable = true) String invitedByEmail, Instant createdAt, Instant expiresAt,
                                 boolean emailed) {

        static PendingInvitationView of(PendingInvitation pending) {
            Invitation i = pending.invitation();
            return new PendingInvitationView(i.id(), i.email(), i.role(), pending.inviterName(), pending.inviterEmail(),
                    i.createdAt(), i.expiresAt(), i.emailedAt() != null);
        }
    }

    /** What an invitation's link invites to, before it is accepted. */
    record InvitationPreviewView(String workspaceName, @Schema(nullable = true) String invitedByName, @Schema(nullable = true) String invitedByEmail,
                                 String email, Role role, Instant expiresAt, boolean accountExists) {

        static InvitationPreviewView of(InvitationPreview preview) {
            return new InvitationPreviewView(preview.workspaceName(), preview.inviterName(), preview.inviterEmail(),
                    preview.email(), preview.role(), preview.expiresAt(), preview.accountExists());
        }
    }
}
