package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Member;
import io.opensdr.campaign.domain.Role;
import io.opensdr.campaign.domain.Session;
import io.opensdr.campaign.domain.WorkspaceMembers;
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

    /** The invitation's token is shown this once, for the owner to hand to the invitee (no mail is sent yet). */
    record InvitationView(String id, String workspaceId, String email, Role role, Instant expiresAt, String token) {

        static InvitationView of(WorkspaceMembers.IssuedInvitation issued) {
            return new InvitationView(issued.invitation().id(), issued.invitation().workspaceId(),
                    issued.invitation().email(), issued.invitation().role(), issued.invitation().expiresAt(),
                    issued.token());
        }

        @Override
        public String toString() {
            return "InvitationView[" + id + "]";
        }
    }
}
