package io.opensdr.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.kit.errors.NotFoundException;
import io.opensdr.kit.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workspace always keeps an owner, a removed member's sessions in it are revoked (and only
 * those), and an invitation is created whether or not its email goes out.
 */
class WorkspaceMembersTest {

    private static final String WORKSPACE = "ws-engines";
    private static final AuthPolicy POLICY = new AuthPolicy(Duration.ofDays(14), Duration.ofDays(7), 5, 20,
            Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(10));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryAccountStores.Accounts store = new InMemoryAccountStores.Accounts();
    private final InMemoryAccountStores.Invitations invitations = new InMemoryAccountStores.Invitations();
    private final InMemoryAccountStores.RefreshTokens refreshTokens = new InMemoryAccountStores.RefreshTokens();
    private final InMemoryAccountStores.RevokedSessions revoked = new InMemoryAccountStores.RevokedSessions();
    private final List<InvitationMailer.InvitationEmail> sent = new ArrayList<>();
    private InvitationMailer mailer = email -> {
        sent.add(email);
        return InvitationMailer.Delivery.delivered();
    };

    private WorkspaceMembers members() {
        return new WorkspaceMembers(new Accounts(store), invitations, store,
                new SessionRevocation(refreshTokens, revoked, POLICY, clock), email -> mailer.send(email), POLICY, clock);
    }

    private Caller user(String id, Role role) {
        store.insertWorkspaceIfAbsent(new Workspace(WORKSPACE, "Analytical Engines"));
        store.insertUser(new UserAccount(id, id + "@example.com", "hash", null, "Name of " + id));
        store.insertMembershipIfAbsent(new Membership(WORKSPACE, id, role, clock.instant()));
        return new Caller(id, id + "@example.com", WORKSPACE);
    }

    private void session(String userId, String familyId, String workspaceId, Instant issuedAt, Instant usedAt) {
        refreshTokens.insert(new RefreshToken(familyId + "-" + refreshTokens.tokens.size(), familyId, userId, workspaceId,
                "hash-" + familyId + refreshTokens.tokens.size(), issuedAt, issuedAt.plus(POLICY.refreshTokenTtl()), usedAt, null));
    }

    @Test
    void shouldRefuseToDemoteTheLastOwner() {
        Caller ada = user("ada", Role.OWNER);
        user("grace", Role.MEMBER);

        assertThatThrownBy(() -> members().changeRole(ada, WORKSPACE, "ada", Role.MEMBER))
                .isInstanceOf(LastOwnerException.class)
                .hasMessage("ada@example.com is the last owner of the workspace: make another member an owner first.");
        assertThat(store.memberships.get(WORKSPACE + "/ada").role()).isEqualTo(Role.OWNER);
    }

    @Test
    void shouldDemoteAnOwnerWhenAnotherOwnerRemains() {
        Caller ada = user("ada", Role.OWNER);
        user("grace", Role.MEMBER);

        assertThat(members().changeRole(ada, WORKSPACE, "grace", Role.OWNER).role()).isEqualTo(Role.OWNER);
        assertThat(members().changeRole(ada, WORKSPACE, "ada", Role.MEMBER).role()).isEqualTo(Role.MEMBER);

        assertThat(store.memberships.get(WORKSPACE + "/ada").role()).isEqualTo(Role.MEMBER);
        assertThat(store.memberships.get(WORKSPACE + "/grace").role()).isEqualTo(Role.OWNER);
    }

    @Test
    void shouldRefuseToRemoveTheLastOwnerAndLetThemLeaveOnceAnotherOwnerExists() {
        Caller ada = user("ada", Role.OWNER);
        Caller grace = user("grace", Role.MEMBER);

        assertThatThrownBy(() -> members().remove(ada, WORKSPACE, "ada")).isInstanceOf(LastOwnerException.class);
        assertThat(store.memberships).containsKey(WORKSPACE + "/ada");

        members().changeRole(ada, WORKSPACE, "grace", Role.OWNER);
        members().remove(ada, WORKSPACE, "ada");

        assertThat(store.memberships).doesNotContainKey(WORKSPACE + "/ada");
        assertThatThrownBy(() -> members().remove(grace, WORKSPACE, "grace")).isInstanceOf(LastOwnerException.class);
    }

    @Test
    void shouldCountAHomeWorkspacesImpliedOwner() {
        // A user from before memberships: their home workspace makes them its owner, with nothing stored.
        store.insertWorkspaceIfAbsent(new Workspace(WORKSPACE, "Analytical Engines"));
        store.insertUser(new UserAccount("old", "old@example.com", "hash", WORKSPACE, null));
        Caller old = new Caller("old", "old@example.com", WORKSPACE);
        user("grace", Role.MEMBER);

        assertThatThrownBy(() -> members().changeRole(old, WORKSPACE, "old", Role.MEMBER)).isInstanceOf(LastOwnerException.class);
        members().changeRole(old, WORKSPACE, "grace", Role.OWNER);
        members().changeRole(old, WORKSPACE, "old", Role.MEMBER);

        assertThat(new Accounts(store).membersOf(WORKSPACE)).extracting(Member::userId, Member::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("old", Role.MEMBER),
                        org.assertj.core.groups.Tuple.tuple("grace", Role.OWNER));
        members().remove(new Caller("grace", "grace@example.com", WORKSPACE), WORKSPACE, "old");
        assertThat(new Accounts(store).membersOf(WORKSPACE)).extracting(Member::userId).containsExactly("grace");
    }

    @Test
    void shouldForbidAMemberToRemoveAnotherButLetThemLeave() {
        user("ada", Role.OWNER);
        Caller grace = user("grace", Role.MEMBER);
        user("linus", Role.MEMBER);

        assertThatThrownBy(() -> members().remove(grace, WORKSPACE, "linus")).isInstanceOf(NotAnOwnerException.class);
        assertThatThrownBy(() -> members().changeRole(grace, WORKSPACE, "grace", Role.OWNER))
                .isInstanceOf(NotAnOwnerException.class);
        members().remove(grace, WORKSPACE, "grace");

        assertThat(store.memberships).containsKeys(WORKSPACE + "/ada", WORKSPACE + "/linus")
                .doesNotContainKey(WORKSPACE + "/grace");
    }

    @Test
    void shouldAnswerNotFoundForSomeoneOutsideTheWorkspace() {
        Caller ada = user("ada", Role.OWNER);
        store.insertUser(new UserAccount("eve", "eve@example.com", "hash", "ws-other", null));

        assertThatThrownBy(() -> members().remove(ada, WORKSPACE, "eve")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members().changeRole(ada, WORKSPACE, "eve", Role.OWNER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members().remove(new Caller("eve", "eve@example.com", "ws-other"), WORKSPACE, "ada"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRevokeTheRemovedMembersSessionsInTheWorkspaceOnly() {
        Caller ada = user("ada", Role.OWNER);
        user("grace", Role.MEMBER);
        Instant now = clock.instant();
        session("grace", "in-workspace", WORKSPACE, now.minus(Duration.ofDays(3)), null);
        session("grace", "switched-away-long-ago", WORKSPACE, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
        session("grace", "switched-away-long-ago", "ws-home", now.minus(Duration.ofDays(2)), null);
        session("grace", "switched-away-just-now", WORKSPACE, now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(1)));
        session("grace", "switched-away-just-now", "ws-home", now.minus(Duration.ofMinutes(1)), null);
        session("grace", "elsewhere", "ws-home", now.minus(Duration.ofMinutes(1)), null);
        session("ada", "ada-session", WORKSPACE, now.minus(Duration.ofMinutes(1)), null);

        members().remove(ada, WORKSPACE, "grace");

        // Its access tokens for the workspace may be alive: "switched-away-just-now" goes too.
        assertThat(revoked.revokedAt(clock.instant())).containsExactlyInAnyOrder("in-workspace", "switched-away-just-now");
        assertThat(refreshTokens.tokens).filteredOn(t -> t.revokedAt() != null).extracting(RefreshToken::familyId)
                .containsOnly("in-workspace", "switched-away-just-now");
        clock.advance(POLICY.accessTokenTtl().plus(AuthPolicy.CLOCK_SKEW).plusSeconds(1));
        assertThat(revoked.revokedAt(clock.instant())).isEmpty();
    }

    @Test
    void shouldCreateTheInvitationAndSayWhyWhenItsEmailFails() {
        Caller ada = user("ada", Role.OWNER);
        mailer = email -> InvitationMailer.Delivery.notSent("The mail server could not be reached.");

        WorkspaceMembers.IssuedInvitation issued = members().invite(ada, WORKSPACE, "Linus@Example.com", Role.MEMBER);

        assertThat(issued.delivery().sent()).isFalse();
        assertThat(issued.delivery().reason()).isEqualTo("The mail server could not be reached.");
        assertThat(invitations.byId.get(issued.invitation().id()).emailedAt()).isNull();
        assertThat(members().pendingInvitations(ada, WORKSPACE)).extracting(p -> p.invitation().email())
                .containsExactly("linus@example.com");
    }

    @Test
    void shouldEmailTheInvitationWithWhatTheInviteeNeeds() {
        Caller ada = user("ada", Role.OWNER);

        WorkspaceMembers.IssuedInvitation issued = members().invite(ada, WORKSPACE, "linus@example.com", Role.OWNER);

        assertThat(issued.delivery().sent()).isTrue();
        assertThat(sent).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("linus@example.com");
            assertThat(email.workspaceName()).isEqualTo("Analytical Engines");
            assertThat(email.inviterName()).isEqualTo("Name of ada");
            assertThat(email.inviterEmail()).isEqualTo("ada@example.com");
            assertThat(email.role()).isEqualTo(Role.OWNER);
            assertThat(email.token()).isEqualTo(issued.token());
            assertThat(email.expiresAt()).isEqualTo(clock.instant().plus(POLICY.invitationTtl()));
            assertThat(email.toString()).doesNotContain(issued.token());
        });
        assertThat(invitations.byId.get(issued.invitation().id()).emailedAt()).isEqualTo(clock.instant());
    }

    @Test
    void shouldPreviewOnlyAUsableInvitation() {
        Caller ada = user("ada", Role.OWNER);
        WorkspaceMembers.IssuedInvitation issued = members().invite(ada, WORKSPACE, "grace@example.com", Role.MEMBER);
        user("grace", Role.OWNER);

        InvitationPreview preview = members().preview(issued.token());
        assertThat(preview).isEqualTo(new InvitationPreview("Analytical Engines", "Name of ada", "ada@example.com",
                "grace@example.com", Role.MEMBER, issued.invitation().expiresAt(), true));

        members().revokeInvitation(ada, WORKSPACE, issued.invitation().id());
        assertThatThrownBy(() -> members().preview(issued.token())).isInstanceOf(InvalidInvitationException.class);
        assertThatThrownBy(() -> members().revokeInvitation(ada, WORKSPACE, issued.invitation().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members().preview(null)).isInstanceOf(InvalidInvitationException.class);
    }
}
