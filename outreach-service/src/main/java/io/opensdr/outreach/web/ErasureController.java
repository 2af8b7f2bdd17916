package io.opensdr.outreach.web;

import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.security.Caller;
import io.opensdr.kit.web.StrictJson;
import io.opensdr.outreach.domain.Erasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * GDPR erasure requests (Art. 17): outreach deletes what it holds about the address, keeps only
 * a hashed suppression entry, and announces the erasure so that every service does the same.
 * Always in the caller's workspace, from the access token: a body naming a workspace is refused (400),
 * as is any field but the email.
 * An administrative act: only an owner of the workspace may request one (a member gets a 403 problem).
 */
@RestController
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    /** Accepted: outreach's part is done, the other services' follows through the event. Idempotent. */
    @PostMapping("/api/outreach/erasure-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ErasureResponse request(Caller caller, @Valid @RequestBody ErasureRequest request) {
        caller.requireOwner("request an erasure");
        String workspaceId = caller.workspaceId();
        Erasure.Result result = erasure.erase(workspaceId, request.email());
        return new ErasureResponse(workspaceId, AddressHash.of(workspaceId, request.email()), result.prospectIds(), "ERASED");
    }

    /**
     * @param workspaceId refused when sent: the erasure is always in the caller's own workspace, from the
     *                    access token (a request naming one would otherwise suggest it could pick another)
     */
    record ErasureRequest(
            @Null(message = "must not be sent: the workspace is the one of your access token") String workspaceId,
            @NotBlank @Size(max = 320) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address") String email)
            implements StrictJson {
    }

    /**
     * @param addressHash the only trace of the person that remains (see the PersonSuppressed event)
     * @param prospectIds the prospects outreach held with the address, now erased here and announced
     */
    record ErasureResponse(String workspaceId, String addressHash, List<String> prospectIds, String status) {
    }
}
