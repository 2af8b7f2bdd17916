package io.opensdr.kit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated request with a 401 problem detail and, on purpose, no
 * {@code WWW-Authenticate: Basic} challenge: browsers would open their own login dialog over the
 * SPA's login page. A refused token gets RFC 6750's {@code Bearer error="invalid_token"} challenge.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    public static final String SEND_A_TOKEN = "Sign in: send an access token (Authorization: Bearer, or the access cookie).";

    private final ObjectMapper json;
    private final String signInHint;

    public ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this(json, SEND_A_TOKEN);
    }

    /** @param signInHint the detail of a request that sent no credentials at all */
    public ProblemAuthenticationEntryPoint(ObjectMapper json, String signInHint) {
        this.json = json;
        this.signInHint = signInHint;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail = failure instanceof BadCredentialsException
                ? "The email or password is not correct."
                : failure instanceof OAuth2AuthenticationException
                ? "The access token is not valid or has expired."
                : signInHint;
        if (failure instanceof OAuth2AuthenticationException) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        ProblemResponse.write(json, request, response, HttpStatus.UNAUTHORIZED, detail);
    }
}
