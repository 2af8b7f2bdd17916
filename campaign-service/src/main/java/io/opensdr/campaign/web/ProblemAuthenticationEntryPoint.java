package io.opensdr.campaign.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Answers an unauthenticated request with a 401 problem detail and, on purpose, no
 * {@code WWW-Authenticate: Basic} challenge: browsers would open their own login dialog over the
 * SPA's login page.
 */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ObjectMapper json;

    public ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail = failure instanceof BadCredentialsException
                ? "The email or password is not correct."
                : failure instanceof OAuth2AuthenticationException
                ? "The access token is not valid or has expired."
                : "Sign in with your email and password.";
        if (failure instanceof OAuth2AuthenticationException) {
            // RFC 6750: a Bearer challenge opens no browser dialog (unlike Basic's).
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        ProblemResponse.write(json, request, response, HttpStatus.UNAUTHORIZED, detail);
    }
}
