package io.opensdr.kit.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A verified token becomes a {@link Caller}: the subject, the workspace ({@code ws} in
 * campaign-service's tokens, the configured claim in an external provider's), the role and the
 * email. A token without a subject or a workspace is refused (401), since nothing could be scoped by it.
 * Not a {@code Converter} bean, which Spring MVC and Kafka would take for a type converter of theirs.
 */
public final class CallerTokens {

    public static final String WORKSPACE_CLAIM = "ws";
    public static final String ROLE_CLAIM = "role";
    public static final String EMAIL_CLAIM = "email";

    private final String builtInIssuer;
    private final String externalWorkspaceClaim;

    public CallerTokens(String builtInIssuer, String externalWorkspaceClaim) {
        this.builtInIssuer = builtInIssuer;
        this.externalWorkspaceClaim = externalWorkspaceClaim;
    }

    public CallerAuthentication toCaller(Jwt jwt) {
        boolean builtIn = builtInIssuer.equals(jwt.getClaimAsString("iss"));
        String workspace = jwt.getClaimAsString(builtIn ? WORKSPACE_CLAIM : externalWorkspaceClaim);
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank() || workspace == null || workspace.isBlank()) {
            throw new InvalidBearerTokenException("The access token names no user or no workspace");
        }
        String role = jwt.getClaimAsString(ROLE_CLAIM);
        return new CallerAuthentication(new Caller(subject, workspace,
                Caller.OWNER.equals(role) ? Caller.OWNER : Caller.MEMBER, jwt.getClaimAsString(EMAIL_CLAIM)));
    }
}
