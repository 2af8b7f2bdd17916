package io.opensdr.kit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused token is a 401 (the entry point); a token that could not be checked at all, because
 * the key set could not be fetched (campaign-service down), is a 503 problem: the client did
 * nothing wrong and should retry, not sign in again.
 */
final class TokenCheckFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationEntryPoint unauthorized;
    private final ObjectMapper json;

    TokenCheckFailureHandler(AuthenticationEntryPoint unauthorized, ObjectMapper json) {
        this.unauthorized = unauthorized;
        this.json = json;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof AuthenticationServiceException) {
            response.setHeader("Retry-After", "5");
            ProblemResponse.write(json, request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The access token cannot be checked right now (the signing keys are unreachable); try again shortly.");
            return;
        }
        unauthorized.commence(request, response, failure);
    }
}
