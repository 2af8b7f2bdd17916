package io.opensdr.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line per thing that happens, on standard output (the launcher keeps it in logs/prospect-simulator.log). */
final class Log {

    private Log() {
    }

    static synchronized void info(String message) {
        System.out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + message);
        System.out.flush();
    }
}
