package io.opensdr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command-line contract between the launcher and the prospect simulator. */
class SimulatorPartTest {

    private final Layout layout = new Layout(Path.of("/repo"), Path.of("/repo/.data"), Path.of("/repo/deploy/local/stack/target/local-stack.jar"));

    @Test
    void shouldPointTheSimulatorAtThisStacksGatewayAndMailAndKeepItsStateInTheDataDir() {
        SimulatorPart simulator = new SimulatorPart(layout, Ports.withOffset(100), Map.of());
        assertEquals(Path.of("/repo/deploy/local/prospect-simulator/target/prospect-simulator.jar"), simulator.jar());
        assertEquals(List.of(
            "--gateway", "http://127.0.0.1:8180",
            "--mail-host", "127.0.0.1",
            "--imap-port", "3243",
            "--smtp-port", "3125",
            "--state-file", "/repo/.data/prospect-simulator/handled.tsv"), simulator.arguments());
        assertFalse(simulator.isBuilt());
    }

    @Test
    void shouldBeOnByDefaultAndOffOnRequest() {
        assertFalse(Options.parse().noProspectSimulator());
        assertTrue(Options.parse("--no-prospect-simulator").noProspectSimulator());
        assertTrue(Options.USAGE.contains("--no-prospect-simulator"));
    }
}
