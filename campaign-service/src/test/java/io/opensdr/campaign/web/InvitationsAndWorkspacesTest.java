package io.opensdr.campaign.web;

import static io.opensdr.campaign.web.CampaignRequestMother.aCampaignRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class InvitationsAndWorkspacesTest extends AuthTestSupport {

    private String workspaceOf(Browser browser) throws Exception {
        return read(browser.perform(get("/api/me"))).path("workspaceId").asText();
    }

    private JsonNode invite(Browser owner, String workspaceId, String email) throws Exception {
        return read(owner.perform(json(post("/api/workspaces/" + workspaceId + "/invitations"),
                        json.createObjectNode().put("email", email)))
                .andExpect(status().isCreated()));
    }

    private ObjectNode acceptance(String token, String password, String name) {
        ObjectNode body = json.createObjectNode().put("token", token).put("password", password);
        return name == null ? body : body.put("name", name);
    }

    @Test
    void shouldLetAnInviteeWithoutAnAccountJoinAsAMember() throws Exception {
        String ownerEmail = newEmail();
        Browser owner = signedUp(ownerEmail);
        String workspace = workspaceOf(owner);
        String inviteeEmail = newEmail();

        JsonNode invitation = invite(owner, workspace, inviteeEmail.toUpperCase());
        assertThat(invitation.path("email").asText()).isEqualTo(inviteeEmail);
        assertThat(invitation.path("role").asText()).isEqualTo("MEMBER");
        assertThat(invitation.path("expiresAt").asText()).isNotBlank();
        String token = invitation.path("token").asText();
        Document stored = mongo.getCollection("invitations").find(new Document("_id", invitation.path("id").asText())).first();
        assertThat(stored.getString("tokenHash")).hasSize(64).isNotEqualTo(token);
        assertThat(stored.toJson()).doesNotContain(token);

        Browser invitee = browser();
        invitee.perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, "Grace Hopper")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(inviteeEmail))
                .andExpect(jsonPath("$.workspaceId").value(workspace))
                .andExpect(jsonPath("$.role").value("MEMBER"));
        invitee.perform(get("/api/me")).andExpect(jsonPath("$.workspaceId").value(workspace));
        assertThat(logIn(inviteeEmail, STRONG_PASSWORD, newAddress()).getResponse().getStatus()).isEqualTo(200);

        owner.perform(get("/api/workspaces/" + workspace + "/members"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].email", containsInAnyOrder(ownerEmail, inviteeEmail)))
                .andExpect(jsonPath("$[?(@.email == '" + inviteeEmail + "')].role").value("MEMBER"))
                .andExpect(jsonPath("$[?(@.email == '" + ownerEmail + "')].role").value("OWNER"));
    }

    @Test
    void shouldUseAnInvitationOnlyOnce() throws Exception {
        Browser owner = signedUp(newEmail());
        String token = invite(owner, workspaceOf(owner), newEmail()).path("token").asText();
        browser().perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, "Grace")))
                .andExpect(status().isOk());

        browser().perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, "Grace")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid invitation"));
        browser().perform(json(post("/api/invitations/accept"), acceptance("made-up-token", STRONG_PASSWORD, "Eve")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid invitation"));
    }

    @Test
    void shouldRefuseAnExpiredInvitation() throws Exception {
        Browser owner = signedUp(newEmail());
        String invitee = newEmail();
        String token = invite(owner, workspaceOf(owner), invitee).path("token").asText();

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        browser().perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, "Late")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid invitation"));
        assertThat(mongo.getCollection("users").countDocuments(new Document("email", invitee))).isZero();
    }

    @Test
    void shouldRefuseAWeakPasswordOrNoNameForANewAccountAndKeepTheInvitation() throws Exception {
        Browser owner = signedUp(newEmail());
        String token = invite(owner, workspaceOf(owner), newEmail()).path("token").asText();

        browser().perform(json(post("/api/invitations/accept"), acceptance(token, "password1234", "Grace")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        browser().perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        browser().perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, "Grace").put("admin", true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("admin"));

        browser().perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, "Grace")))
                .andExpect(status().isOk());
    }

    @Test
    void shouldLetAnExistingUserJoinWithTheirPasswordAndSwitchBetweenWorkspaces() throws Exception {
        Browser owner = signedUp(newEmail());
        String shared = workspaceOf(owner);
        String email = newEmail();
        Browser member = signedUp(email);
        String home = workspaceOf(member);
        String token = invite(owner, shared, email).path("token").asText();

        browser().perform(json(post("/api/invitations/accept"), acceptance(token, "not-their-password-at-all", null)))
                .andExpect(status().isUnauthorized());
        member.perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceId").value(shared))
                .andExpect(jsonPath("$.role").value("MEMBER"));

        member.perform(get("/api/workspaces"))
                .andExpect(jsonPath("$[*].id", containsInAnyOrder(home, shared)))
                .andExpect(jsonPath("$[?(@.id == '" + shared + "')].current").value(true));
        member.perform(json(post("/api/auth/switch-workspace"), json.createObjectNode().put("workspaceId", home)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceId").value(home))
                .andExpect(jsonPath("$.role").value("OWNER"));
        member.perform(get("/api/me")).andExpect(jsonPath("$.workspaceId").value(home));
        member.perform(post("/api/auth/refresh")).andExpect(jsonPath("$.workspaceId").value(home));
        member.perform(get("/api/me")).andExpect(jsonPath("$.workspaceId").value(home));

        member.perform(json(post("/api/auth/switch-workspace"), json.createObjectNode().put("workspaceId", shared)))
                .andExpect(jsonPath("$.workspaceId").value(shared));
        member.perform(get("/api/me")).andExpect(jsonPath("$.workspaceId").value(shared));
    }

    @Test
    void shouldSeeOnlyTheCurrentWorkspacesCampaignsAfterASwitch() throws Exception {
        Browser owner = signedUp(newEmail());
        String shared = workspaceOf(owner);
        String email = newEmail();
        Browser member = signedUp(email);
        String home = workspaceOf(member);
        String campaignAtHome = read(member.perform(json(post("/api/campaigns"), aCampaignRequest()))
                .andExpect(status().isCreated())).path("id").asText();
        String token = invite(owner, shared, email).path("token").asText();
        member.perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, null)));

        member.perform(get("/api/campaigns/" + campaignAtHome)).andExpect(status().isNotFound());
        member.perform(json(post("/api/auth/switch-workspace"), json.createObjectNode().put("workspaceId", home)));
        member.perform(get("/api/campaigns/" + campaignAtHome)).andExpect(status().isOk());
    }

    @Test
    void shouldAnswer404ForAWorkspaceTheCallerIsNotIn() throws Exception {
        Browser stranger = signedUp(newEmail());
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);

        stranger.perform(json(post("/api/auth/switch-workspace"), json.createObjectNode().put("workspaceId", workspace)))
                .andExpect(status().isNotFound());
        stranger.perform(get("/api/workspaces/" + workspace + "/members")).andExpect(status().isNotFound());
        stranger.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                        json.createObjectNode().put("email", newEmail())))
                .andExpect(status().isNotFound());
        stranger.perform(get("/api/me")).andExpect(status().isOk());
    }

    @Test
    void shouldLetOnlyOwnersInvite() throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        String token = invite(owner, workspace, newEmail()).path("token").asText();
        Browser member = browser();
        member.perform(json(post("/api/invitations/accept"), acceptance(token, STRONG_PASSWORD, "Member")))
                .andExpect(status().isOk());

        member.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                        json.createObjectNode().put("email", newEmail())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only an owner of the workspace may invite people."));
    }

    @Test
    void shouldRefuseToInviteAMemberAgainOrAnInvalidAddress() throws Exception {
        String ownerEmail = newEmail();
        Browser owner = signedUp(ownerEmail);
        String workspace = workspaceOf(owner);

        owner.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                        json.createObjectNode().put("email", ownerEmail)))
                .andExpect(status().isConflict());
        owner.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                        json.createObjectNode().put("email", "nope").put("role", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        owner.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                        json.createObjectNode().put("email", "nope")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }
}
