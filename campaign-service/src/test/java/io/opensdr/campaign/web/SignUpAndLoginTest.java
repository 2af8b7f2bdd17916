package io.opensdr.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class SignUpAndLoginTest extends AuthTestSupport {

    @Test
    void shouldSignUpAUserWhoOwnsANewWorkspaceAndSignThemIn() throws Exception {
        String email = newEmail();
        Browser browser = browser();
        MvcResult result = browser.perform(json(post("/api/auth/signup"), signUpBody(email.toUpperCase())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/workspaces/ws-")))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.name").value("Ada Lovelace"))
                .andExpect(jsonPath("$.workspaceName").value("Analytical Engines"))
                .andExpect(jsonPath("$.role").value("OWNER"))
                .andExpect(jsonPath("$.accessTokenExpiresAt").value(clock.instant().plus(Duration.ofMinutes(15)).toString()))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain(browser.accessToken()).doesNotContain(browser.refreshToken());
        String workspaceId = read(result).path("workspaceId").asText();

        browser.perform(get("/api/me"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.workspaceId").value(workspaceId))
                .andExpect(jsonPath("$.workspaceName").value("Analytical Engines"));
        browser.perform(get("/api/workspaces"))
                .andExpect(jsonPath("$[0].id").value(workspaceId))
                .andExpect(jsonPath("$[0].role").value("OWNER"))
                .andExpect(jsonPath("$[0].current").value(true));
        Document stored = mongo.getCollection("users").find(new Document("email", email)).first();
        assertThat(stored.getString("passwordHash")).startsWith("$2a$").doesNotContain(STRONG_PASSWORD);
    }

    @Test
    void shouldSetHttpOnlySecureStrictCookiesWithTheRefreshTokenScopedToTheAuthPath() throws Exception {
        MvcResult result = browser().perform(json(post("/api/auth/signup"), signUpBody(newEmail()))).andReturn();
        List<String> cookies = result.getResponse().getHeaders("Set-Cookie");

        assertThat(cookies).filteredOn(c -> c.startsWith("__Host-opensdr-access=")).singleElement().satisfies(c ->
                assertThat(c).contains("Path=/;", "Max-Age=900", "Secure", "HttpOnly", "SameSite=Strict")
                        .doesNotContain("Domain="));
        assertThat(cookies).filteredOn(c -> c.startsWith("__Secure-opensdr-refresh=")).singleElement().satisfies(c ->
                assertThat(c).contains("Path=/api/auth;", "Max-Age=1209600", "Secure", "HttpOnly", "SameSite=Strict"));
        // Readable by the SPA's script (not HttpOnly): it echoes the value in X-XSRF-TOKEN.
        Cookie xsrf = result.getResponse().getCookie("XSRF-TOKEN");
        assertThat(xsrf.isHttpOnly()).isFalse();
        assertThat(xsrf.getSecure()).isTrue();
        assertThat(xsrf.getPath()).isEqualTo("/");
        // Set as a Servlet 6 cookie attribute, which Tomcat writes (MockMvc's header rendering leaves it out).
        assertThat(xsrf.getAttribute("SameSite")).isEqualTo("Strict");
    }

    @Test
    void shouldRefuseASecondAccountWithTheSameEmailAndStoreNothing() throws Exception {
        String email = newEmail();
        signedUp(email);
        long workspaces = mongo.getCollection("workspaces").countDocuments();

        browser().perform(json(post("/api/auth/signup"), signUpBody(email.toUpperCase()).put("workspaceName", "Second")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("An account with this email exists; sign in instead."));
        assertThat(mongo.getCollection("workspaces").countDocuments()).isEqualTo(workspaces);
        assertThat(mongo.getCollection("users").countDocuments(new Document("email", email))).isEqualTo(1);
    }

    @Test
    void shouldRefuseWeakPasswordsFieldByField() throws Exception {
        String email = newEmail();
        expectPasswordRefused(email, "short-pw", "must have at least 12 characters");
        expectPasswordRefused(email, email, "must not be your email address");
        expectPasswordRefused(email, email.substring(0, email.indexOf('@')).toUpperCase(), "must not be your email address");
        expectPasswordRefused(email, "Password1234", "is too common; choose another one");
        expectPasswordRefused(email, "aaaaaaaaaaaaaaaa", "must not repeat one character");
        expectPasswordRefused(email, "x".repeat(40) + "y".repeat(40), "must have at most 64 characters (72 bytes)");
        assertThat(mongo.getCollection("users").countDocuments(new Document("email", email))).isZero();
    }

    private void expectPasswordRefused(String email, String password, String message) throws Exception {
        browser().perform(json(post("/api/auth/signup"), signUpBody(email).put("password", password)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void shouldRefuseAnInvalidSignUpBodyWithAMessagePerField() throws Exception {
        ObjectNode body = json.createObjectNode().put("email", "not-an-email").put("password", STRONG_PASSWORD)
                .put("name", " ").put("workspaceName", "x".repeat(101));

        browser().perform(json(post("/api/auth/signup"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("workspaceName")));
    }

    @Test
    void shouldRefuseUnknownFieldsAndWrongTypes() throws Exception {
        String email = newEmail();
        browser().perform(json(post("/api/auth/signup"), signUpBody(email).put("role", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
        ObjectNode wrongType = signUpBody(email);
        wrongType.putObject("email").put("$gt", "");
        browser().perform(json(post("/api/auth/signup"), wrongType))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("has the wrong type"));
        browser().perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"email\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body is not valid JSON."));
        assertThat(mongo.getCollection("users").countDocuments(new Document("email", email))).isZero();
    }

    @Test
    void shouldLogInWithTheRightPasswordAndAnswer401ToAWrongOne() throws Exception {
        String email = newEmail();
        String workspaceId = read(signedUp(email).perform(get("/api/me"))).path("workspaceId").asText();
        String address = newAddress();

        MvcResult ok = logIn(email.toUpperCase(), STRONG_PASSWORD, address);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(ok).path("workspaceId").asText()).isEqualTo(workspaceId);
        assertThat(ok.getResponse().getCookie("__Host-opensdr-access")).isNotNull();

        MvcResult wrong = logIn(email, STRONG_PASSWORD + "!", address);
        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(wrong.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(read(wrong).path("detail").asText()).isEqualTo("The email or password is not correct.");
        assertThat(wrong.getResponse().getCookie("__Host-opensdr-access")).isNull();
        MvcResult unknown = logIn("nobody-" + email, STRONG_PASSWORD, address);
        assertThat(read(unknown).path("detail").asText()).isEqualTo("The email or password is not correct.");
    }

    @Test
    void shouldLockAnAccountFor15MinutesAfter5FailuresWithRetryAfter() throws Exception {
        String email = newEmail();
        signedUp(email);
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(email, "wrong-password-" + i, newAddress()).getResponse().getStatus()).isEqualTo(401);
        }

        MvcResult locked = logIn(email, STRONG_PASSWORD, newAddress());
        assertThat(locked.getResponse().getStatus()).isEqualTo(429);
        assertThat(locked.getResponse().getHeader("Retry-After")).isEqualTo("900");
        assertThat(locked.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(read(locked).path("title").asText()).isEqualTo("Too many failed sign-ins");
        assertThat(read(locked).path("retryAfterSeconds").asLong()).isEqualTo(900);
        assertThat(locked.getResponse().getCookie("__Host-opensdr-access")).isNull();

        clock.advance(Duration.ofMinutes(14));
        MvcResult stillLocked = logIn(email, STRONG_PASSWORD, newAddress());
        assertThat(stillLocked.getResponse().getStatus()).isEqualTo(429);
        assertThat(stillLocked.getResponse().getHeader("Retry-After")).isEqualTo("60");

        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn(email, STRONG_PASSWORD, newAddress()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void shouldForgetFailuresAfterASuccessAndOutsideTheWindow() throws Exception {
        String email = newEmail();
        signedUp(email);
        for (int i = 0; i < 4; i++) {
            logIn(email, "wrong-password-" + i, newAddress());
        }
        assertThat(logIn(email, STRONG_PASSWORD, newAddress()).getResponse().getStatus()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            logIn(email, "wrong-password-" + i, newAddress());
        }
        clock.advance(Duration.ofMinutes(16));
        logIn(email, "wrong-password-again", newAddress());

        assertThat(logIn(email, STRONG_PASSWORD, newAddress()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void shouldLockAnAddressThatFailsOnManyAccounts() throws Exception {
        String attacker = newAddress();
        for (int i = 0; i < 8; i++) {
            assertThat(logIn(newEmail(), STRONG_PASSWORD, attacker).getResponse().getStatus()).isEqualTo(401);
        }
        String victim = newEmail();
        signedUp(victim);

        assertThat(logIn(victim, STRONG_PASSWORD, attacker).getResponse().getStatus()).isEqualTo(429);
        assertThat(logIn(victim, STRONG_PASSWORD, newAddress()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void shouldKeepHttpBasicWorkingBesideTheTokens() throws Exception {
        String email = newEmail();
        signedUp(email);

        mvc.perform(get("/api/me").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic(email, STRONG_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void shouldValidateTheLoginAndSwitchBodiesFieldByField() throws Exception {
        browser().perform(json(post("/api/auth/login"), json.createObjectNode().put("email", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")));
        browser().perform(json(post("/api/auth/login"), json.createObjectNode().put("email", newEmail())
                        .put("password", STRONG_PASSWORD).put("rememberMe", true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rememberMe"));

        Browser browser = signedUp(newEmail());
        browser.perform(json(post("/api/auth/switch-workspace"), json.createObjectNode()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workspaceId"));
        browser.perform(json(post("/api/auth/switch-workspace"), json.createObjectNode().put("workspaceId", "x")
                        .put("role", "OWNER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        ObjectNode injection = json.createObjectNode();
        injection.putObject("workspaceId").put("$ne", "");
        browser.perform(json(post("/api/auth/switch-workspace"), injection))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workspaceId"));
    }
}
