package io.opensdr.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Signing out takes effect within seconds (not at the access token's expiry), two tabs refreshing
 * at once stay signed in, and tokens must name this API's audience.
 */
class SessionsTest extends AuthTestSupport {

    /** The default refresh period is 2 s: a signed-out token must be refused well within this. */
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(6);

    @Autowired RSAKey tokenSigningKey;

    @Test
    void shouldRefuseTheAccessTokenWithinSecondsOfLogoutAndKeepOtherSessions() throws Exception {
        String email = newEmail();
        Browser browser = signedUp(email);
        String token = browser.accessToken();
        String session = SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid");
        Browser otherDevice = browser();
        otherDevice.perform(json(post("/api/auth/login"), json.createObjectNode().put("email", email)
                .put("password", STRONG_PASSWORD))).andExpect(status().isOk());
        bearer(token).andExpect(status().isOk());

        browser.perform(post("/api/auth/logout")).andExpect(status().isNoContent());

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> bearer(token)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.status").value(401)));
        assertThat(revocations()).contains(session);
        otherDevice.perform(get("/api/me")).andExpect(status().isOk());
        bearer(otherDevice.accessToken()).andExpect(status().isOk());
    }

    @Test
    void shouldSignOutAClientThatHoldsOnlyTheAccessToken() throws Exception {
        String token = signedUp(newEmail()).accessToken();

        mvc.perform(post("/api/auth/logout").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> bearer(token).andExpect(status().isUnauthorized()));
    }

    @Test
    void shouldListASignedOutSessionOnlyUntilItsTokensHaveExpired() throws Exception {
        Browser browser = signedUp(newEmail());
        String session = SignedJWT.parse(browser.accessToken()).getJWTClaimsSet().getStringClaim("sid");
        browser.perform(post("/api/auth/logout")).andExpect(status().isNoContent());

        mvc.perform(get("/api/auth/revocations"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=1, public"));
        assertThat(revocations()).contains(session);

        clock.advance(Duration.ofMinutes(15).plusSeconds(31));
        assertThat(revocations()).doesNotContain(session);
    }

    @Test
    void shouldGiveTwoTabsRefreshingAtOnceTheSameNewSession() throws Exception {
        Browser tabA = signedUp(newEmail());
        String sessionBefore = SignedJWT.parse(tabA.accessToken()).getJWTClaimsSet().getStringClaim("sid");
        Browser tabB = sameCookies(tabA);
        clock.advance(Duration.ofMinutes(14));

        tabA.perform(post("/api/auth/refresh")).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(3));
        tabB.perform(post("/api/auth/refresh")).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("OWNER"));

        assertThat(tabB.refreshToken()).as("the same successor").isEqualTo(tabA.refreshToken());
        assertThat(SignedJWT.parse(tabB.accessToken()).getJWTClaimsSet().getStringClaim("sid")).isEqualTo(sessionBefore);
        tabA.perform(get("/api/me")).andExpect(status().isOk());
        tabB.perform(get("/api/me")).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(1));
        tabA.perform(post("/api/auth/refresh")).andExpect(status().isOk());
        tabA.perform(get("/api/me")).andExpect(status().isOk());
        bearer(tabB.accessToken()).andExpect(status().isOk());
    }

    @Test
    void shouldRevokeTheFamilyAndItsAccessTokensWhenAUsedTokenComesBackAfterTheGraceWindow() throws Exception {
        Browser owner = signedUp(newEmail());
        Browser stolenCopy = sameCookies(owner);
        owner.perform(post("/api/auth/refresh")).andExpect(status().isOk());
        String ownersAccess = owner.accessToken();
        clock.advance(Duration.ofSeconds(11));

        stolenCopy.perform(post("/api/auth/refresh")).andExpect(status().isUnauthorized());

        owner.perform(post("/api/auth/refresh")).andExpect(status().isUnauthorized());
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> bearer(ownersAccess).andExpect(status().isUnauthorized()));
    }

    @Test
    void shouldRefuseATokenSignedByThisServiceForAnotherAudienceOrNone() throws Exception {
        Browser browser = signedUp(newEmail());
        JWTClaimsSet genuine = SignedJWT.parse(browser.accessToken()).getJWTClaimsSet();
        bearer(signed(new JWTClaimsSet.Builder(genuine).build())).andExpect(status().isOk());

        bearer(signed(new JWTClaimsSet.Builder(genuine).audience("another-api").build()))
                .andExpect(status().isUnauthorized());
        bearer(signed(new JWTClaimsSet.Builder(genuine).audience((String) null).build()))
                .andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions bearer(String token) throws Exception {
        return mvc.perform(get("/api/me").header("Authorization", "Bearer " + token));
    }

    private List<String> revocations() throws Exception {
        JsonNode list = read(mvc.perform(get("/api/auth/revocations").accept(MediaType.APPLICATION_JSON)));
        List<String> ids = new ArrayList<>();
        list.path("sessions").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** Another tab of the same browser: the same cookies, at the moment of the copy. */
    private Browser sameCookies(Browser original) {
        Browser copy = browser();
        copy.set("__Host-opensdr-access", original.accessToken());
        copy.set("__Secure-opensdr-refresh", original.refreshToken());
        copy.set("XSRF-TOKEN", original.cookie("XSRF-TOKEN"));
        return copy;
    }

    private String signed(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(tokenSigningKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder(claims)
                .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(10)))).build());
        jwt.sign(new RSASSASigner(tokenSigningKey));
        return jwt.serialize();
    }
}
