package io.opensdr.campaign.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.campaign.domain.AccountStore;
import io.opensdr.campaign.domain.Accounts;
import io.opensdr.campaign.domain.UserAccount;
import io.opensdr.campaign.domain.Workspace;
import io.opensdr.events.MailTransport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class DemoWorkspaceSeederTest {

    private final Map<String, UserAccount> usersByEmail = new LinkedHashMap<>();
    private final Map<String, Workspace> workspaces = new LinkedHashMap<>();
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder(4);

    @Test
    void shouldSeedTheDemoWorkspaceAndUserWithAHashedPassword() {
        seeder(true).run(new DefaultApplicationArguments());

        UserAccount demo = usersByEmail.get("demo@opensdr.io");
        assertThat(demo.workspaceId()).isEqualTo("demo-workspace");
        assertThat(workspaces.get("demo-workspace").name()).isEqualTo("Demo workspace");
        assertThat(demo.passwordHash()).isNotEqualTo("demo-password-2026");
        assertThat(passwords.matches("demo-password-2026", demo.passwordHash())).isTrue();
    }

    @Test
    void shouldLeaveTheDemoUserAsItIsWhenStartedAgain() {
        seeder(true).run(new DefaultApplicationArguments());
        String firstHash = usersByEmail.get("demo@opensdr.io").passwordHash();

        seeder(true).run(new DefaultApplicationArguments());

        assertThat(usersByEmail).hasSize(1);
        assertThat(usersByEmail.get("demo@opensdr.io").passwordHash()).isEqualTo(firstHash);
    }

    @Test
    void shouldSeedNothingWhenTheDemoIsTurnedOff() {
        seeder(false).run(new DefaultApplicationArguments());

        assertThat(usersByEmail).isEmpty();
        assertThat(workspaces).isEmpty();
    }

    private DemoWorkspaceSeeder seeder(boolean enabled) {
        CampaignProperties properties = new CampaignProperties(
                new CampaignProperties.Demo(enabled, "Demo workspace", "demo@opensdr.io", "demo-password-2026"),
                new CampaignProperties.Sender("sdr@demo.opensdr.local", "OpenSDR Demo", MailTransport.SMTP, 30));
        return new DemoWorkspaceSeeder(properties, new Accounts(new InMemoryAccounts()), passwords);
    }

    private final class InMemoryAccounts implements AccountStore {

        @Override
        public Optional<UserAccount> findUserByEmail(String email) {
            return Optional.ofNullable(usersByEmail.get(email));
        }

        @Override
        public Optional<Workspace> findWorkspace(String workspaceId) {
            return Optional.ofNullable(workspaces.get(workspaceId));
        }

        @Override
        public void insertWorkspaceIfAbsent(Workspace workspace) {
            workspaces.putIfAbsent(workspace.id(), workspace);
        }

        @Override
        public void insertUserIfAbsent(UserAccount user) {
            usersByEmail.putIfAbsent(user.email(), user);
        }

        @Override
        public Optional<UserAccount> findUser(String userId) {
            return usersByEmail.values().stream().filter(user -> user.id().equals(userId)).findFirst();
        }

        @Override
        public boolean insertUser(UserAccount user) {
            return usersByEmail.putIfAbsent(user.email(), user) == null;
        }

        @Override
        public java.util.List<UserAccount> usersAtHome(String workspaceId) {
            return usersByEmail.values().stream().filter(user -> workspaceId.equals(user.workspaceId())).toList();
        }

        @Override
        public void insertMembershipIfAbsent(io.opensdr.campaign.domain.Membership membership) {
            throw new UnsupportedOperationException("the seeder stores no memberships");
        }

        @Override
        public java.util.List<io.opensdr.campaign.domain.Membership> membershipsOfUser(String userId) {
            return java.util.List.of();
        }

        @Override
        public java.util.List<io.opensdr.campaign.domain.Membership> membershipsOfWorkspace(String workspaceId) {
            return java.util.List.of();
        }
    }
}
