package io.opensdr.kit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A 403 problem detail; for a cookie-authenticated change without the right CSRF token, it says what to
 * send; for a member's request of an owner-only action ({@link Caller#requireOwner}), what needs an owner.
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ObjectMapper json;

    public ProblemAccessDeniedHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String detail = denied instanceof CsrfException
                ? "The CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."
                : denied instanceof OwnerRequiredException
                ? denied.getMessage()
                : "You may not do this.";
        ProblemResponse.write(json, request, response, HttpStatus.FORBIDDEN, detail);
    }
}
