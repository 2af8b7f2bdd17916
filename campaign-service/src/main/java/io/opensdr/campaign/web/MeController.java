package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Accounts;
import io.opensdr.campaign.domain.Caller;
import io.opensdr.campaign.domain.Workspace;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the credentials belong to: the SPA's login check. */
@RestController
public class MeController {

    private final Accounts accounts;

    public MeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/me")
    public Me me(@AuthenticationPrincipal SignedInUser user) {
        Caller caller = user.caller();
        Workspace workspace = accounts.workspaceOf(caller);
        return new Me(caller.email(), workspace.id(), workspace.name());
    }

    public record Me(String email, String workspaceId, String workspaceName) {
    }
}
