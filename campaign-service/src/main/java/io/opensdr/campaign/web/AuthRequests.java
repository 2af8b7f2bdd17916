package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Role;
import io.opensdr.kit.web.StrictJson;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the sign-in and workspace endpoints; each refuses unknown fields. Passwords are never echoed or logged. */
final class AuthRequests {

    private AuthRequests() {
    }

    record SignUp(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(max = 256) String password,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) String workspaceName) implements StrictJson {

        @Override
        public String toString() {
            return "SignUp[email=" + email + "]";
        }
    }

    record Login(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(max = 256) String password) implements StrictJson {

        @Override
        public String toString() {
            return "Login[email=" + email + "]";
        }
    }

    record SwitchWorkspace(@NotBlank @Size(max = 100) String workspaceId) implements StrictJson {
    }

    record Invite(
            @NotBlank @Email @Size(max = 254) String email,
            Role role) implements StrictJson {
    }

    record AcceptInvitation(
            @NotBlank @Size(max = 100) String token,
            @NotNull @Size(max = 256) String password,
            @Size(max = 100) String name) implements StrictJson {

        @Override
        public String toString() {
            return "AcceptInvitation[]";
        }
    }

    record ChangeRole(@NotNull Role role) implements StrictJson {
    }

    /** The invitation's token travels in the body, never in a URL (access logs keep URLs). */
    record PreviewInvitation(@NotBlank @Size(max = 100) String token) implements StrictJson {

        @Override
        public String toString() {
            return "PreviewInvitation[]";
        }
    }
}
