package io.opensdr.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real local stack for every end-to-end class of the run (the HTTP flow, the browser
 * journey): the first class to need it starts it, JUnit closes it after the last class, and
 * checks then that none of its processes is left alive.
 */
final class SharedLocalStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedLocalStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    /** Gives a {@code @BeforeAll} (or test) method's {@link LocalStackProcess} parameter the shared stack. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStackProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).stack();
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("not inside the OpenSDR checkout");
        }
        return folder;
    }

    // CloseableResource: what JUnit 5.12 closes when the run ends.
    @SuppressWarnings("deprecation")
    private record Running(LocalStackProcess stack, List<ProcessHandle> processes)
            implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                LocalStackProcess stack = LocalStackProcess.start(repositoryRoot(),
                        Integer.getInteger("opensdr.e2e.portOffset", 20000));
                return new Running(stack, stack.processTree());
            } catch (Exception e) {
                throw new IllegalStateException("The local stack did not start", e);
            }
        }

        @Override
        public void close() throws Throwable {
            stack.close();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(processes).as("processes of the stack still alive after it stopped")
                            .noneMatch(ProcessHandle::isAlive));
        }
    }
}
