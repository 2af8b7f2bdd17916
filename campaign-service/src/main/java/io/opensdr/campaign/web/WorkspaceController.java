package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Role;
import io.opensdr.campaign.domain.SignIn;
import io.opensdr.campaign.domain.WorkspaceMembers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's workspaces, their members (roles changed, removed, leaving), owners' invitations
 * (issued, listed, revoked), and previewing and accepting one (the only open routes here).
 */
@RestController
public class WorkspaceController {

    private final WorkspaceMembers workspaces;
    private final SignIn signIn;
    private final AuthCookies cookies;
    private final Clock clock;

    public WorkspaceController(WorkspaceMembers workspaces, SignIn signIn, AuthCookies cookies, Clock clock) {
        this.workspaces = workspaces;
        this.signIn = signIn;
        this.cookies = cookies;
        this.clock = clock;
    }

    @GetMapping("/api/workspaces")
    public List<AuthViews.WorkspaceView> mine(@AuthenticationPrincipal SignedInUser user) {
        String current = user.caller().workspaceId();
        return workspaces.workspacesOf(user.caller()).stream().map(w -> AuthViews.WorkspaceView.of(w, current)).toList();
    }

    @GetMapping("/api/workspaces/{id}/members")
    public List<AuthViews.MemberView> members(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        return workspaces.members(user.caller(), id).stream().map(AuthViews.MemberView::of).toList();
    }

    @PostMapping("/api/workspaces/{id}/invitations")
    public ResponseEntity<AuthViews.InvitationView> invite(@AuthenticationPrincipal SignedInUser user,
                                                           @PathVariable String id,
                                                           @Valid @RequestBody AuthRequests.Invite request) {
        WorkspaceMembers.IssuedInvitation issued = workspaces.invite(user.caller(), id, request.email(),
                request.role() == null ? Role.MEMBER : request.role());
        return ResponseEntity.created(URI.create("/api/workspaces/" + id + "/invitations/" + issued.invitation().id()))
                .body(AuthViews.InvitationView.of(issued));
    }

    @PutMapping("/api/workspaces/{id}/members/{userId}/role")
    public AuthViews.MemberView changeRole(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                           @PathVariable String userId,
                                           @Valid @RequestBody AuthRequests.ChangeRole request) {
        return AuthViews.MemberView.of(workspaces.changeRole(user.caller(), id, userId, request.role()));
    }

    /** An owner removes a member, or a member removes themselves (leaves). */
    @DeleteMapping("/api/workspaces/{id}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void removeMember(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                             @PathVariable String userId) {
        workspaces.remove(user.caller(), id, userId);
    }

    @GetMapping("/api/workspaces/{id}/invitations")
    public List<AuthViews.PendingInvitationView> invitations(@AuthenticationPrincipal SignedInUser user,
                                                             @PathVariable String id) {
        return workspaces.pendingInvitations(user.caller(), id).stream().map(AuthViews.PendingInvitationView::of).toList();
    }

    @DeleteMapping("/api/workspaces/{id}/invitations/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revokeInvitation(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                 @PathVariable String invitationId) {
        workspaces.revokeInvitation(user.caller(), id, invitationId);
    }

    /** What the invitation's link invites to; the token in the body, as for accepting. */
    @PostMapping("/api/invitations/preview")
    public AuthViews.InvitationPreviewView preview(@Valid @RequestBody AuthRequests.PreviewInvitation request) {
        return AuthViews.InvitationPreviewView.of(workspaces.preview(request.token()));
    }

    /** Creates the invitee's account (or proves an existing one's password), joins the workspace and signs in to it. */
    @PostMapping("/api/invitations/accept")
    public AuthViews.SessionView accept(@Valid @RequestBody AuthRequests.AcceptInvitation request,
                                        HttpServletRequest http, HttpServletResponse response, CsrfToken csrf) {
        var session = signIn.acceptInvitation(request.token(), request.password(), request.name(), http.getRemoteAddr());
        cookies.write(response, session, clock.instant());
        csrf.getToken();
        return AuthViews.SessionView.of(session);
    }
}
