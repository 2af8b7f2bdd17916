package io.opensdr.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @TempDir Path dir;

    @Test
    void shouldReturnOnceTheChildPrintsItsReadyLineWithTheFlagsItWasGiven() throws Exception {
        ChildJvm.Running child = ChildJvm.mainClass("ready-child", Child.class, "ready")
                .jvmFlags("-Xmx64m", "-Dchild.greeting=hello").readyWhenLogContains("ready hello", Duration.ofSeconds(20)).start();
        try {
            assertThat(child.process().isAlive()).isTrue();
            assertThat(child.log().getFileName().toString()).startsWith("ready-child-").endsWith(".log");
            assertThat(child.log()).content().contains("heap limited to 64 MB: true");
        } finally {
            child.process().destroyForcibly();
        }
    }

    @Test
    void shouldReturnOnceTheChildsUrlAnswers200() throws Exception {
        int port = FreePort.find();
        ChildJvm.Running child = ChildJvm.mainClass("http-child", Child.class, "http", String.valueOf(port))
                .readyWhenHttpOk("http://127.0.0.1:" + port + "/ready", Duration.ofSeconds(20)).start();
        try {
            assertThat(child.process().isAlive()).isTrue();
            assertThat(child.log()).content().contains("listening on " + port);
        } finally {
            child.process().destroyForcibly();
        }
    }

    @Test
    void shouldFailNamingTheLogWhenTheChildExitsBeforeItIsReady() {
        Path log = dir.resolve("logs/early-exit.log");

        assertThatThrownBy(() -> ChildJvm.mainClass("early-exit", Child.class, "exit", "3").logFile(log)
                .readyWhenLogContains("never printed", Duration.ofSeconds(20)).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("early-exit exited with code 3 before it was ready; see " + log);
        assertThat(log).content().contains("giving up");
    }

    @Test
    void shouldFailNamingTheLogAndKillTheChildWhenItIsNotReadyInTime() throws IOException {
        Path pidFile = dir.resolve("silent.pid");

        assertThatThrownBy(() -> ChildJvm.mainClass("silent", Child.class, "silent", pidFile.toString())
                .readyWhenLogContains("never printed", Duration.ofSeconds(2)).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("silent was not ready within 2 s; see .*/silent-.*\\.log");
        long pid = Long.parseLong(Files.readString(pidFile));
        await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty());
    }

    @Test
    void shouldReturnAtOnceWithoutAReadyConditionAndLeaveTheChildItsExit() throws Exception {
        Path log = dir.resolve("exit-0.log");
        ChildJvm.Running child = ChildJvm.mainClass("exit-0", Child.class, "exit", "0").logFile(log).start();

        assertThat(child.log()).isEqualTo(log);
        assertThat(child.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(child.process().exitValue()).isZero();
        assertThat(log).content().contains("giving up");
    }

    /** The child the tests start: {@code ready}, {@code http PORT}, {@code exit CODE} or {@code silent PID_FILE}. */
    static final class Child {

        public static void main(String[] args) throws IOException {
            switch (args[0]) {
                case "ready" -> {
                    System.out.println("heap limited to 64 MB: " + (Runtime.getRuntime().maxMemory() <= 64L << 20));
                    System.out.println("ready " + System.getProperty("child.greeting"));
                }
                case "http" -> {
                    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 0);
                    server.createContext("/ready", exchange -> {
                        exchange.sendResponseHeaders(200, -1);
                        exchange.close();
                    });
                    server.start();
                    System.out.println("listening on " + args[1]);
                }
                case "exit" -> {
                    System.err.println("giving up");
                    System.exit(Integer.parseInt(args[1]));
                }
                default -> Files.writeString(Path.of(args[1]), Long.toString(ProcessHandle.current().pid()));
            }
            // Serves until the parent closes its standard input or kills it.
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    // nothing to read
                }
            }
            System.exit(0);
        }
    }
}
