package io.opensdr.prospector.sources.rocketreach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: the documented RocketReach examples under src/test/resources/rocketreach, and client settings. */
final class Fixtures {

    private Fixtures() {
    }

    static String json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/rocketreach/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Short timeouts and waits: the pause records instead of sleeping anyway. */
    static RocketReachClient.Settings settings() {
        return new RocketReachClient.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofMillis(100),
                Duration.ofSeconds(10), Duration.ofMillis(50), 3);
    }

    /** A pause that records what it was asked to wait and returns at once. */
    static final class RecordingPause implements RocketReachClient.Pause {

        final List<Duration> waits = new ArrayList<>();

        @Override
        public synchronized void pause(Duration duration) {
            waits.add(duration);
        }
    }
}
