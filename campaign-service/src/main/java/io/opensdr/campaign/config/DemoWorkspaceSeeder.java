package io.opensdr.campaign.config;

import io.opensdr.campaign.domain.Accounts;
import io.opensdr.campaign.domain.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo workspace and its user at start-up when {@code opensdr.campaign.demo.enabled} is
 * true (the default, for the local stack; production turns it off). Fixed ids make it idempotent:
 * restarts and parallel replicas leave one workspace and one user, and never reset the password.
 */
@Component
class DemoWorkspaceSeeder implements ApplicationRunner {

    static final String DEMO_WORKSPACE_ID = "demo-workspace";
    static final String DEMO_USER_ID = "demo-user";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkspaceSeeder.class);

    private final CampaignProperties.Demo demo;
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    DemoWorkspaceSeeder(CampaignProperties properties, Accounts accounts, PasswordEncoder passwords) {
        this.demo = properties.demo();
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || accounts.findByEmail(demo.email()).isPresent()) {
            return;
        }
        accounts.ensureUserInWorkspace(new Workspace(DEMO_WORKSPACE_ID, demo.workspaceName()), DEMO_USER_ID,
                demo.email(), passwords.encode(demo.password()));
        log.info("Demo workspace ready: sign in as {}", demo.email());
    }
}
