package io.opensdr.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Owners list and revoke pending invitations, preview one from its token, change members' roles and
 * remove them; members leave. Members who are not owners get 403, other workspaces 404, bad input a
 * problem naming the field, and a refused request changes nothing stored.
 */
class MembersAndInvitationsTest extends AuthTestSupport {

    private String workspaceOf(Browser browser) throws Exception {
        return read(browser.perform(get("/api/me"))).path("workspaceId").asText();
    }

    private String userIdOf(Browser browser) throws Exception {
        String email = read(browser.perform(get("/api/me"))).path("email").asText();
        return mongo.getCollection("users").find(new Document("email", email)).first().getString("_id");
    }

    private JsonNode invite(Browser owner, String workspaceId, String email, String role) throws Exception {
        ObjectNode body = json.createObjectNode().put("email", email);
        if (role != null) {
            body.put("role", role);
        }
        return read(owner.perform(json(post("/api/workspaces/" + workspaceId + "/invitations"), body))
                .andExpect(status().isCreated()));
    }

    private ObjectNode acceptance(String token, String name) {
        ObjectNode body = json.createObjectNode().put("token", token).put("password", STRONG_PASSWORD);
        return name == null ? body : body.put("name", name);
    }

    private ResultActions preview(String token) throws Exception {
        return browser().perform(json(post("/api/invitations/preview"), json.createObjectNode().put("token", token)));
    }

    /** A new user who joined the owner's workspace as a member through an invitation; their browser. */
    private Browser memberOf(Browser owner, String workspace) throws Exception {
        String token = invite(owner, workspace, newEmail(), null).path("token").asText();
        Browser member = browser();
        member.perform(json(post("/api/invitations/accept"), acceptance(token, "Grace Hopper"))).andExpect(status().isOk());
        return member;
    }

    private Document storedInvitation(String id) {
        return mongo.getCollection("invitations").find(new Document("_id", id)).first();
    }

    private Document storedMembership(String workspace, String userId) {
        return mongo.getCollection("memberships").find(new Document("_id", workspace + "/" + userId)).first();
    }

    private ResultActions changeRole(Browser who, String workspace, String userId, Object body) throws Exception {
        return who.perform(json(put("/api/workspaces/" + workspace + "/members/" + userId + "/role"), body));
    }

    private ObjectNode role(String role) {
        return json.createObjectNode().put("role", role);
    }

    // --- invitations: emailed or not, listed, revoked ---

    @Test
    void shouldSayAnInvitationWasNotEmailedWhenMailIsNotConfiguredAndStillCreateIt() throws Exception {
        Browser owner = signedUp(newEmail());
        JsonNode invitation = invite(owner, workspaceOf(owner), newEmail(), null);

        assertThat(invitation.path("emailed").asBoolean(true)).isFalse();
        assertThat(invitation.path("notEmailedReason").asText()).contains("not configured");
        assertThat(invitation.path("token").asText()).isNotBlank();
        assertThat(storedInvitation(invitation.path("id").asText()).get("emailedAt")).isNull();
    }

    @Test
    void shouldListPendingInvitationsToOwnersWithoutTheirTokens() throws Exception {
        String ownerEmail = newEmail();
        Browser owner = signedUp(ownerEmail);
        String workspace = workspaceOf(owner);
        String pendingEmail = newEmail();
        String now = clock.instant().toString();
        JsonNode pending = invite(owner, workspace, pendingEmail, "OWNER");
        JsonNode accepted = invite(owner, workspace, newEmail(), null);
        browser().perform(json(post("/api/invitations/accept"), acceptance(accepted.path("token").asText(), "Grace")))
                .andExpect(status().isOk());
        JsonNode revoked = invite(owner, workspace, newEmail(), null);
        owner.perform(delete("/api/workspaces/" + workspace + "/invitations/" + revoked.path("id").asText()))
                .andExpect(status().isNoContent());

        String body = owner.perform(get("/api/workspaces/" + workspace + "/invitations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(pending.path("id").asText()))
                .andExpect(jsonPath("$[0].email").value(pendingEmail))
                .andExpect(jsonPath("$[0].role").value("OWNER"))
                .andExpect(jsonPath("$[0].invitedByName").value("Ada Lovelace"))
                .andExpect(jsonPath("$[0].invitedByEmail").value(ownerEmail))
                .andExpect(jsonPath("$[0].createdAt").value(now))
                .andExpect(jsonPath("$[0].expiresAt").value(pending.path("expiresAt").asText()))
                .andExpect(jsonPath("$[0].emailed").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(pending.path("token").asText()).doesNotContain("token");

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        owner.perform(post("/api/auth/refresh")).andExpect(status().isOk());
        owner.perform(get("/api/workspaces/" + workspace + "/invitations")).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void shouldRefuseARevokedInvitationOnPreviewAndAccept() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        String invitee = newEmail();
        JsonNode invitation = invite(owner, workspace, invitee, null);
        String token = invitation.path("token").asText();

        owner.perform(delete("/api/workspaces/" + workspace + "/invitations/" + invitation.path("id").asText()))
                .andExpect(status().isNoContent());

        preview(token).andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Invalid invitation"));
        browser().perform(json(post("/api/invitations/accept"), acceptance(token, "Late")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid invitation"));
        assertThat(mongo.getCollection("users").countDocuments(new Document("email", invitee))).isZero();
        // Revoked already: there is nothing pending to revoke.
        owner.perform(delete("/api/workspaces/" + workspace + "/invitations/" + invitation.path("id").asText()))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldNotRevokeAnAcceptedInvitation() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        JsonNode invitation = invite(owner, workspace, newEmail(), null);
        browser().perform(json(post("/api/invitations/accept"), acceptance(invitation.path("token").asText(), "Grace")))
                .andExpect(status().isOk());

        owner.perform(delete("/api/workspaces/" + workspace + "/invitations/" + invitation.path("id").asText()))
                .andExpect(status().isNotFound());
        assertThat(storedInvitation(invitation.path("id").asText()).get("revokedAt")).isNull();
    }

    @Test
    void shouldForbidMembersToListOrRevokeInvitationsAndChangeNothing() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        JsonNode invitation = invite(owner, workspace, newEmail(), null);
        Browser member = memberOf(owner, workspace);

        member.perform(get("/api/workspaces/" + workspace + "/invitations"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only an owner of the workspace may see the invitations."));
        member.perform(delete("/api/workspaces/" + workspace + "/invitations/" + invitation.path("id").asText()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only an owner of the workspace may revoke invitations."));
        assertThat(storedInvitation(invitation.path("id").asText()).get("revokedAt")).isNull();
        preview(invitation.path("token").asText()).andExpect(status().isOk());
    }

    @Test
    void shouldAnswer404ForAnotherWorkspacesInvitationOrWorkspace() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        JsonNode invitation = invite(owner, workspace, newEmail(), null);
        Browser otherOwner = signedUp(newEmail());
        String otherWorkspace = workspaceOf(otherOwner);

        // Their own workspace, someone else's invitation id.
        otherOwner.perform(delete("/api/workspaces/" + otherWorkspace + "/invitations/" + invitation.path("id").asText()))
                .andExpect(status().isNotFound());
        otherOwner.perform(delete("/api/workspaces/" + workspace + "/invitations/" + invitation.path("id").asText()))
                .andExpect(status().isNotFound());
        otherOwner.perform(get("/api/workspaces/" + workspace + "/invitations")).andExpect(status().isNotFound());
        assertThat(storedInvitation(invitation.path("id").asText()).get("revokedAt")).isNull();
    }

    // --- preview ---

    @Test
    void shouldPreviewAnInvitationForSomeoneWithoutAnAccountWithoutUsingIt() throws Exception {
        String ownerEmail = newEmail();
        Browser owner = signedUp(ownerEmail);
        String workspace = workspaceOf(owner);
        String invitee = newEmail();
        JsonNode invitation = invite(owner, workspace, invitee, "OWNER");
        String token = invitation.path("token").asText();

        preview(token).andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceName").value("Analytical Engines"))
                .andExpect(jsonPath("$.invitedByName").value("Ada Lovelace"))
                .andExpect(jsonPath("$.invitedByEmail").value(ownerEmail))
                .andExpect(jsonPath("$.email").value(invitee))
                .andExpect(jsonPath("$.role").value("OWNER"))
                .andExpect(jsonPath("$.expiresAt").value(invitation.path("expiresAt").asText()))
                .andExpect(jsonPath("$.accountExists").value(false));
        preview(token).andExpect(status().isOk());

        browser().perform(json(post("/api/invitations/accept"), acceptance(token, "Grace"))).andExpect(status().isOk());
        preview(token).andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Invalid invitation"));
    }

    @Test
    void shouldPreviewThatTheInvitedAddressHasAnAccount() throws Exception {
        Browser owner = signedUp(newEmail());
        String existing = newEmail();
        signedUp(existing);
        String token = invite(owner, workspaceOf(owner), existing, null).path("token").asText();

        preview(token).andExpect(status().isOk())
                .andExpect(jsonPath("$.accountExists").value(true))
                .andExpect(jsonPath("$.role").value("MEMBER"));
    }

    @Test
    void shouldRefuseAPreviewOfAnUnknownOrExpiredTokenOrABadBody() throws Exception {
        Browser owner = signedUp(newEmail());
        String token = invite(owner, workspaceOf(owner), newEmail(), null).path("token").asText();

        preview("made-up-token").andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Invalid invitation"));
        browser().perform(json(post("/api/invitations/preview"), json.createObjectNode()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("token"));
        browser().perform(json(post("/api/invitations/preview"), json.createObjectNode().put("token", "x".repeat(101))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("token"));
        browser().perform(json(post("/api/invitations/preview"), json.createObjectNode().put("token", token).put("admin", true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("admin"));
        ObjectNode operator = json.createObjectNode();
        operator.putObject("token").put("$gt", "");
        browser().perform(json(post("/api/invitations/preview"), operator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").isNotEmpty());

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        preview(token).andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Invalid invitation"));
    }

    // --- roles ---

    @Test
    void shouldLetAnOwnerPromoteAndDemoteAMember() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        Browser member = memberOf(owner, workspace);
        String memberId = userIdOf(member);

        changeRole(owner, workspace, memberId, role("OWNER")).andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(memberId))
                .andExpect(jsonPath("$.role").value("OWNER"));
        owner.perform(get("/api/workspaces/" + workspace + "/members"))
                .andExpect(jsonPath("$[?(@.userId == '" + memberId + "')].role").value("OWNER"));
        // Now an owner, they may see the invitations.
        member.perform(get("/api/workspaces/" + workspace + "/invitations")).andExpect(status().isOk());

        // Two owners: the first may be demoted, by the second.
        changeRole(member, workspace, userIdOf(owner), role("MEMBER")).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("MEMBER"));
        owner.perform(get("/api/workspaces/" + workspace + "/invitations")).andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseToDemoteTheLastOwner() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        String ownerId = userIdOf(owner);
        memberOf(owner, workspace);

        changeRole(owner, workspace, ownerId, role("MEMBER"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Last owner"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("last owner")));
        assertThat(storedMembership(workspace, ownerId).getString("role")).isEqualTo("OWNER");
    }

    @Test
    void shouldForbidAMemberToChangeRolesAndChangeNothing() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        Browser member = memberOf(owner, workspace);
        String memberId = userIdOf(member);

        changeRole(member, workspace, memberId, role("OWNER"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only an owner of the workspace may change roles."));
        assertThat(storedMembership(workspace, memberId).getString("role")).isEqualTo("MEMBER");
    }

    @Test
    void shouldRefuseABadRoleChangeNamingTheFieldAndChangeNothing() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        String memberId = userIdOf(memberOf(owner, workspace));

        changeRole(owner, workspace, memberId, role("ADMIN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        changeRole(owner, workspace, memberId, json.createObjectNode())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        changeRole(owner, workspace, memberId, role("OWNER").put("admin", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("admin"));
        changeRole(owner, workspace, memberId, json.createObjectNode().set("role", json.createObjectNode().put("$gt", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").isNotEmpty());
        changeRole(owner, workspace, "user-nobody", role("OWNER")).andExpect(status().isNotFound());
        assertThat(storedMembership(workspace, memberId).getString("role")).isEqualTo("MEMBER");
    }

    // --- removal and leaving ---

    @Test
    void shouldLetAnOwnerRemoveAMemberWhoseSessionStopsWorkingWithinSeconds() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        Browser member = memberOf(owner, workspace);
        String memberId = userIdOf(member);
        String accessToken = member.accessToken();
        String refreshToken = member.refreshToken();

        owner.perform(delete("/api/workspaces/" + workspace + "/members/" + memberId)).andExpect(status().isNoContent());

        owner.perform(get("/api/workspaces/" + workspace + "/members"))
                .andExpect(jsonPath("$[*].userId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(memberId))));
        assertThat(storedMembership(workspace, memberId)).isNull();
        // The list every other service and the gateway read (service-kit's RevokedSessions) names the session.
        String session = com.nimbusds.jwt.SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid");
        assertThat(read(mvc.perform(get("/api/auth/revocations"))).path("sessions").toString()).contains(session);
        await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> mvc.perform(get("/api/me")
                        .header("Authorization", "Bearer " + accessToken))
                .andExpect(status().isUnauthorized()));
        assertThat(member.refreshToken()).isEqualTo(refreshToken);
        member.perform(post("/api/auth/refresh")).andExpect(status().isUnauthorized());
        assertThat(mongo.getCollection("refresh_tokens").countDocuments(
                new Document("userId", memberId).append("revokedAt", null))).isZero();
    }

    @Test
    void shouldKeepARemovedUsersOtherWorkspaces() throws Exception {
        Browser owner = signedUp(newEmail());
        String shared = workspaceOf(owner);
        String email = newEmail();
        Browser member = signedUp(email);
        String home = workspaceOf(member);
        String token = invite(owner, shared, email, null).path("token").asText();
        member.perform(json(post("/api/invitations/accept"), acceptance(token, null))).andExpect(status().isOk());

        owner.perform(delete("/api/workspaces/" + shared + "/members/" + userIdOf(member))).andExpect(status().isNoContent());

        Browser again = browser();
        again.perform(json(post("/api/auth/login"), json.createObjectNode().put("email", email).put("password", STRONG_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceId").value(home));
        again.perform(get("/api/workspaces")).andExpect(jsonPath("$[*].id", containsInAnyOrder(home)));
    }

    @Test
    void shouldLetAMemberLeaveButNotRemoveOthers() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        String ownerId = userIdOf(owner);
        Browser member = memberOf(owner, workspace);
        String memberId = userIdOf(member);
        Browser colleague = memberOf(owner, workspace);
        String colleagueId = userIdOf(colleague);

        member.perform(delete("/api/workspaces/" + workspace + "/members/" + colleagueId))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only an owner of the workspace may remove members."));
        member.perform(delete("/api/workspaces/" + workspace + "/members/" + ownerId)).andExpect(status().isForbidden());
        assertThat(storedMembership(workspace, colleagueId)).isNotNull();

        member.perform(delete("/api/workspaces/" + workspace + "/members/" + memberId)).andExpect(status().isNoContent());
        assertThat(storedMembership(workspace, memberId)).isNull();
        owner.perform(get("/api/workspaces/" + workspace + "/members"))
                .andExpect(jsonPath("$[*].userId", containsInAnyOrder(ownerId, colleagueId)));
    }

    @Test
    void shouldRefuseToRemoveTheLastOwnerEvenWhenTheyLeave() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        String ownerId = userIdOf(owner);
        memberOf(owner, workspace);

        owner.perform(delete("/api/workspaces/" + workspace + "/members/" + ownerId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Last owner"));
        assertThat(storedMembership(workspace, ownerId)).isNotNull();
        owner.perform(get("/api/me")).andExpect(status().isOk());
    }

    @Test
    void shouldAnswer404ForAnotherWorkspacesMember() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        String memberId = userIdOf(memberOf(owner, workspace));
        Browser otherOwner = signedUp(newEmail());
        String otherWorkspace = workspaceOf(otherOwner);

        otherOwner.perform(delete("/api/workspaces/" + otherWorkspace + "/members/" + memberId)).andExpect(status().isNotFound());
        otherOwner.perform(delete("/api/workspaces/" + workspace + "/members/" + memberId)).andExpect(status().isNotFound());
        changeRole(otherOwner, workspace, memberId, role("OWNER")).andExpect(status().isNotFound());
        changeRole(otherOwner, otherWorkspace, memberId, role("OWNER")).andExpect(status().isNotFound());
        assertThat(storedMembership(workspace, memberId)).isNotNull();
        assertThat(storedMembership(otherWorkspace, memberId)).isNull();
    }
}
