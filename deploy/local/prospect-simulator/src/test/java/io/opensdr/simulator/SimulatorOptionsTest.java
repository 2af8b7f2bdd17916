package io.opensdr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void shouldDefaultToTheLocalStack() {
        SimulatorOptions options = SimulatorOptions.parse();
        assertEquals(URI.create("http://127.0.0.1:8080"), options.gateway());
        assertEquals(3143, options.imapPort());
        assertEquals(3025, options.smtpPort());
        assertEquals(42, options.seed());
        assertEquals(Rates.DEFAULTS, options.rates());
        assertEquals(SimulatorOptions.LOCAL_CALENDLY_KEY, options.calendlySigningKey());
    }

    @Test
    void shouldReadEveryOptionInBothSpellings() {
        SimulatorOptions options = SimulatorOptions.parse("--gateway=http://127.0.0.1:8180/", "--imap-port", "3243",
                "--smtp-port=3125", "--seed", "7", "--poll-interval", "500ms", "--max-think-time=2m",
                "--open-rate", "1", "--book-rate=0", "--state-file", "/tmp/s.tsv", "--once");
        assertEquals(URI.create("http://127.0.0.1:8180"), options.gateway());
        assertEquals(3243, options.imapPort());
        assertEquals(3125, options.smtpPort());
        assertEquals(7, options.seed());
        assertEquals(Duration.ofMillis(500), options.pollInterval());
        assertEquals(Duration.ofMinutes(2), options.maxThinkTime());
        assertEquals(1.0, options.rates().open());
        assertEquals(0.0, options.rates().book());
        assertEquals(Path.of("/tmp/s.tsv"), options.stateFile());
        assertTrue(options.once());
    }

    @Test
    void shouldRefuseWhatItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--open-rate", "1.5"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--open-rate", "often"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--poll-interval", "soon"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--poll-interval", "0s"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--imap-port", "70000"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--gateway", "ftp://x"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--seed"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--sead", "1"));
    }
}
