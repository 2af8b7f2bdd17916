package io.opensdr.campaign.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SecurityTest extends WebTestSupport {

    @Test
    void shouldAnswer401WithAProblemAndNoBasicChallengeWithoutCredentials() throws Exception {
        mvc.perform(get("/api/campaigns"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").value("Sign in with your email and password."))
                .andExpect(jsonPath("$.instance").value("/api/campaigns"));
    }

    @Test
    void shouldAnswer401ToAWrongPasswordWithoutBasicChallenge() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic(DEMO_EMAIL, "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.detail").value("The email or password is not correct."));
    }

    @Test
    void shouldAnswer401ToAnUnknownUser() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("nobody@nowhere.example", DEMO_PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void shouldTellTheDemoUserWhoTheyAre() throws Exception {
        mvc.perform(get("/api/me").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(DEMO_EMAIL))
                .andExpect(jsonPath("$.workspaceId").value(DEMO_WORKSPACE))
                .andExpect(jsonPath("$.workspaceName").value("Demo workspace"));
    }

    @Test
    void shouldAcceptTheEmailInAnyCase() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("Demo@OpenSDR.io", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(DEMO_EMAIL));
    }

    @Test
    void shouldTellAUserOfAnotherWorkspaceTheirOwnWorkspace() throws Exception {
        mvc.perform(get("/api/me").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceId").value("rival-workspace"))
                .andExpect(jsonPath("$.workspaceName").value("Rival workspace"));
    }

    @Test
    void shouldOpenTheHealthProbeAndTheOpenApiDocumentWithoutCredentials() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        // Readiness includes Kafka, which these web tests leave out: DOWN, but answered without credentials.
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/campaigns']").exists())
                .andExpect(jsonPath("$.paths['/api/drafts/{id}/approve']").exists())
                .andExpect(jsonPath("$.paths['/api/campaigns/{id}/metrics']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void shouldKeepEveryOtherEndpointClosed() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/drafts")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/campaigns/some-id/metrics")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldNotCreateASession() throws Exception {
        mvc.perform(get("/api/me").with(asDemoUser()))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", Matchers.nullValue()));
    }
}
