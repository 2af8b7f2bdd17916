package io.opensdr.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** With security at TRACE and the web layer at DEBUG, no password, token or cookie value reaches the log. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "logging.level.org.springframework.security=TRACE",
        "logging.level.org.springframework.web=DEBUG",
        "logging.level.io.opensdr=DEBUG"})
class SecretsNotLoggedTest extends AuthTestSupport {

    @Test
    void shouldLogNoPasswordTokenOrCookieValueThroughSignUpLoginRefreshInvitationAndLogout(CapturedOutput output)
            throws Exception {
        List<String> secrets = new ArrayList<>(List.of(STRONG_PASSWORD));
        String email = newEmail();
        Browser owner = signedUp(email);
        secrets.addAll(List.of(owner.accessToken(), owner.refreshToken(), owner.cookie("XSRF-TOKEN")));

        String wrongPassword = "wrong-but-close-" + STRONG_PASSWORD;
        secrets.add(wrongPassword);
        assertThat(logIn(email, wrongPassword, newAddress()).getResponse().getStatus()).isEqualTo(401);
        Browser again = browser();
        again.perform(json(post("/api/auth/login"), json.createObjectNode().put("email", email).put("password", STRONG_PASSWORD)))
                .andExpect(status().isOk());
        String firstRefresh = again.refreshToken();
        secrets.addAll(List.of(again.accessToken(), firstRefresh));
        again.perform(post("/api/auth/refresh")).andExpect(status().isOk());
        secrets.addAll(List.of(again.accessToken(), again.refreshToken()));
        mvcWithBearer(again.accessToken());

        String workspace = read(owner.perform(get("/api/me"))).path("workspaceId").asText();
        String invitation = read(owner.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                json.createObjectNode().put("email", newEmail())))).path("token").asText();
        String inviteePassword = "quiet-meadow-copper-77";
        secrets.addAll(List.of(invitation, inviteePassword));
        Browser invitee = browser();
        invitee.perform(json(post("/api/invitations/accept"), json.createObjectNode().put("token", invitation)
                .put("password", inviteePassword).put("name", "Grace"))).andExpect(status().isOk());
        secrets.addAll(List.of(invitee.accessToken(), invitee.refreshToken()));

        clock.advance(java.time.Duration.ofSeconds(11));
        Browser thief = browser();
        thief.set("__Secure-opensdr-refresh", firstRefresh);
        thief.set("XSRF-TOKEN", "thief-csrf-value");
        thief.perform(post("/api/auth/refresh")).andExpect(status().isUnauthorized());
        owner.perform(post("/api/auth/logout")).andExpect(status().isNoContent());

        String log = output.getAll();
        assertThat(log).as("the capture sees this service's log").contains("signed up with workspace",
                "A used refresh token was presented again");
        for (String secret : secrets) {
            assertThat(secret).isNotBlank();
            assertThat(log).as("the log holds a secret").doesNotContain(secret);
        }
    }

    private void mvcWithBearer(String accessToken) throws Exception {
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + accessToken)).andExpect(status().isOk());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + accessToken + "x"))
                .andExpect(status().isUnauthorized());
    }
}
