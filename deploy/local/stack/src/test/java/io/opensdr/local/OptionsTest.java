package io.opensdr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsMeansTheDeveloperStack() {
        Options options = Options.parse();
        assertEquals(0, options.portOffset());
        assertEquals(Optional.empty(), options.dataDir());
        assertFalse(options.fresh());
        assertFalse(options.noServices());
        assertEquals(Optional.empty(), options.profile());
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        Options options = Options.parse("--port-offset", "1000", "--data-dir=/tmp/x", "--fresh", "--no-services", "--profile", "local");
        assertEquals(1000, options.portOffset());
        assertEquals(Optional.of(Path.of("/tmp/x")), options.dataDir());
        assertTrue(options.fresh());
        assertTrue(options.noServices());
        assertEquals(Optional.of("local"), options.profile());
        assertEquals(5, Options.parse("--port-offset=5").portOffset());
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port-ofset", "1"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port-offset", "many"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port-offset", "-3"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--data-dir"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--profile", "--fresh"));
    }
}
