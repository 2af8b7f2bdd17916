package io.opensdr.kit.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real Apicurio Registry (built by deploy/local/registry), started once per test JVM as a
 * child process on a free port and stopped with the JVM.
 */
public final class TestRegistry {

    private static String baseUrl;

    private TestRegistry() {
    }

    /** The registry's root URL, e.g. http://127.0.0.1:PORT (add /apis/registry/v2 or /apis/ccompat/v7). */
    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            Path jar = RepositoryRoot.find().resolve("deploy/local/registry/target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException("The registry is not built: run ./mvnw -pl deploy/local/registry package (missing " + jar + ")");
            }
            int port = FreePort.find();
            ChildJvm.jar("test-registry", jar).jvmFlags("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dquarkus.http.host=127.0.0.1",
                            "-Dquarkus.http.port=" + port)
                    .readyWhenHttpOk("http://127.0.0.1:" + port + "/apis/ccompat/v7/subjects", Duration.ofSeconds(60)).start();
            baseUrl = "http://127.0.0.1:" + port;
        }
        return baseUrl;
    }

    public static String apicurioApi() {
        return baseUrl() + "/apis/registry/v2";
    }
}
