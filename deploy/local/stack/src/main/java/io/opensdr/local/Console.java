package io.opensdr.local;

import java.time.Duration;

/** What the launcher tells the person who started it: short lines on stdout, problems on stderr. */
final class Console {

    private Console() {
    }

    static void info(String message) {
        System.out.println("[opensdr] " + message);
        System.out.flush();
    }

    static void problem(String message) {
        System.err.println("[opensdr] " + message);
        System.err.flush();
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
