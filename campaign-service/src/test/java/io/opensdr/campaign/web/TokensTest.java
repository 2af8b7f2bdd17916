package io.opensdr.campaign.web;

import static io.opensdr.campaign.web.CampaignRequestMother.aCampaignRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class TokensTest extends AuthTestSupport {

    @Test
    void shouldSignAnRs256AccessTokenThatTheJwksVerifies() throws Exception {
        String email = newEmail();
        Browser browser = signedUp(email);
        String userId = read(browser.perform(get("/api/workspaces"))).path(0).path("id").asText();

        String jwks = mvc.perform(get("/api/auth/jwks"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getContentAsString();
        JWKSet keys = JWKSet.parse(jwks);
        SignedJWT token = SignedJWT.parse(browser.accessToken());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());

        assertThat(key).as("the token's kid is in the JWKS").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwks).doesNotContain("\"d\"", "\"p\"", "\"q\"");
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("urn:opensdr:campaign-service");
        assertThat(claims.getSubject()).startsWith("user-");
        assertThat(claims.getStringClaim("email")).isEqualTo(email);
        assertThat(claims.getStringClaim("ws")).isEqualTo(userId);
        assertThat(claims.getStringClaim("role")).isEqualTo("OWNER");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getAudience()).containsExactly("opensdr");
        assertThat(claims.getStringClaim("sid")).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldAcceptTheAccessTokenAsABearerHeader() throws Exception {
        String email = newEmail();
        String token = signedUp(email).accessToken();

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));
        mvc.perform(post("/api/campaigns").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andExpect(status().isCreated());
    }

    @Test
    void shouldAnswer401ToATamperedOrForeignToken() throws Exception {
        String token = signedUp(newEmail()).accessToken();
        JWSObject original = JWSObject.parse(token);
        Map<String, Object> claims = original.getPayload().toJSONObject();
        claims.put("ws", "demo-workspace");
        String forged = original.getHeader().toBase64URL() + "."
                + com.nimbusds.jose.util.Base64URL.encode(new com.nimbusds.jose.Payload(claims).toBytes()) + "."
                + original.getSignature();

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.detail").value("The access token is not valid or has expired."));
        mvc.perform(get("/api/me").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void shouldRefuseTheAccessTokenOnce15MinutesHavePassed() throws Exception {
        Browser browser = signedUp(newEmail());
        String token = browser.accessToken();
        browser.perform(get("/api/me")).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(15).plusSeconds(31));

        browser.perform(get("/api/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        browser.perform(post("/api/auth/refresh")).andExpect(status().isOk());
        browser.perform(get("/api/me")).andExpect(status().isOk());
    }

    @Test
    void shouldRotateTheRefreshTokenOnEveryUse() throws Exception {
        Browser browser = signedUp(newEmail());
        String firstRefresh = browser.refreshToken();
        String firstAccess = browser.accessToken();
        clock.advance(Duration.ofSeconds(5));

        MvcResult refreshed = browser.perform(post("/api/auth/refresh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("OWNER"))
                .andReturn();

        assertThat(browser.refreshToken()).isNotBlank().isNotEqualTo(firstRefresh);
        assertThat(browser.accessToken()).isNotBlank().isNotEqualTo(firstAccess);
        assertThat(refreshed.getResponse().getContentAsString()).doesNotContain(browser.refreshToken());
        browser.perform(get("/api/me")).andExpect(status().isOk());
        browser.perform(post("/api/auth/refresh")).andExpect(status().isOk());
    }

    @Test
    void shouldRevokeTheWholeFamilyWhenAUsedRefreshTokenComesBack() throws Exception {
        Browser owner = signedUp(newEmail());
        String stolen = owner.refreshToken();
        owner.perform(post("/api/auth/refresh")).andExpect(status().isOk());
        String current = owner.refreshToken();
        clock.advance(Duration.ofSeconds(11));

        Browser thief = browser();
        thief.set("__Secure-opensdr-refresh", stolen);
        thief.set("XSRF-TOKEN", "thief-csrf");
        MvcResult reuse = thief.perform(post("/api/auth/refresh"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn();
        assertThat(reuse.getResponse().getHeaders("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("__Secure-opensdr-refresh=;").contains("Max-Age=0"));

        assertThat(owner.refreshToken()).isEqualTo(current);
        owner.perform(post("/api/auth/refresh"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The session has expired or was signed out; sign in again."));
    }

    @Test
    void shouldRefuseARefreshTokenAfterItsLifetime() throws Exception {
        Browser browser = signedUp(newEmail());
        clock.advance(Duration.ofDays(14).plusSeconds(1));

        browser.perform(post("/api/auth/refresh")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldAnswer401ToARefreshWithoutTheCookie() throws Exception {
        mvc.perform(post("/api/auth/refresh")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/auth/refresh").cookie(new jakarta.servlet.http.Cookie("__Secure-opensdr-refresh", "made-up")))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRevokeTheRefreshTokenAndClearTheCookiesOnLogout() throws Exception {
        Browser browser = signedUp(newEmail());
        String refresh = browser.refreshToken();

        MvcResult logout = browser.perform(post("/api/auth/logout")).andExpect(status().isNoContent()).andReturn();
        assertThat(logout.getResponse().getHeaders("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-opensdr-access=;").contains("Max-Age=0", "Path=/;"))
                .anySatisfy(c -> assertThat(c).startsWith("__Secure-opensdr-refresh=;").contains("Max-Age=0", "Path=/api/auth"));
        assertThat(browser.accessToken()).isNull();

        browser.set("__Secure-opensdr-refresh", refresh);
        browser.perform(post("/api/auth/refresh")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldRequireTheCsrfTokenOnCookieAuthenticatedChanges() throws Exception {
        Browser browser = signedUp(newEmail());
        browser.sendCsrfHeader = false;

        browser.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "The CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."));
        browser.perform(post("/api/auth/refresh")).andExpect(status().isForbidden());
        browser.perform(post("/api/auth/logout")).andExpect(status().isForbidden());
        browser.perform(post("/api/auth/refresh").header("X-XSRF-TOKEN", "guessed")).andExpect(status().isForbidden());
        browser.perform(get("/api/campaigns")).andExpect(status().isOk());

        browser.sendCsrfHeader = true;
        browser.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(aCampaignRequest().toString()))
                .andExpect(status().isCreated());
    }

    @Test
    void shouldHandOutACsrfCookieOnRequest() throws Exception {
        Browser browser = browser();
        browser.perform(get("/api/auth/csrf")).andExpect(status().isNoContent());
        assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
    }
}
