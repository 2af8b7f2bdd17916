package io.opensdr.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The simulator's default secrets are outreach-service's local development ones, so that its
 * webhooks are accepted by the local stack without configuration. Read from outreach's
 * application.yml, not from its code.
 */
class LocalSecretsTest {

    @Test
    void shouldSignWithTheSecretsOutreachUsesLocally() throws Exception {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        assertTrue(folder != null, "inside the OpenSDR checkout");
        String outreachSettings = Files.readString(folder.resolve("outreach-service/src/main/resources/application.yml"));
        assertTrue(outreachSettings.contains("signing-key: " + SimulatorOptions.LOCAL_CALENDLY_KEY),
                "outreach's local Calendly signing key is the simulator's default");
        assertTrue(outreachSettings.contains("secret: " + SimulatorOptions.LOCAL_CAL_COM_SECRET),
                "outreach's local Cal.com secret is the simulator's default");
    }
}
