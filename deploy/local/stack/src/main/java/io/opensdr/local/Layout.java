package io.opensdr.local;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Where things are: the repository, the data dir and its sub-directories, the launcher's own jars. */
record Layout(Path repoRoot, Path dataDir, Path launcherLocation) {

    /** Created in a data dir the launcher owns, so that --fresh never deletes anyone else's directory. */
    static final String DATA_DIR_MARKER = ".opensdr-data";
    private static final String LOCK_FILE = ".lock";

    static Layout resolve(Options options) {
        Path launcherLocation = locateLauncher();
        Path repoRoot = findRepoRoot(launcherLocation)
            .or(() -> findRepoRoot(Path.of("").toAbsolutePath()))
            .orElseThrow(() -> new StackException(
                "cannot find the OpenSDR repository (a directory holding mvnw) above "
                    + launcherLocation + " or the current directory"));
        Path dataDir = options.dataDir().map(p -> p.toAbsolutePath().normalize())
            .orElse(repoRoot.resolve(".data"));
        return new Layout(repoRoot, dataDir, launcherLocation);
    }

    Path logs() {
        return dataDir.resolve("logs");
    }

    Path logFile(String partName) {
        return logs().resolve(partName + ".log");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path mongoDir() {
        return dataDir.resolve("mongo");
    }

    Path registryJar() {
        return repoRoot.resolve("deploy/local/registry/target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The class path a child JVM needs to run a main class of this module: the launcher jar
     * (its manifest names target/lib/*), or, when run from an IDE or a test, our own class path.
     */
    String launcherClasspath() {
        return Files.isRegularFile(launcherLocation) ? launcherLocation.toString()
            : System.getProperty("java.class.path");
    }

    /** The parent-watch agent jar, built beside the launcher jar. */
    Optional<Path> guardAgentJar() {
        // target/local-stack.jar or target/classes: either way the agent is target/local-stack-guard.jar
        Path jar = launcherLocation.getParent().resolve("local-stack-guard.jar");
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * Creates and locks the data dir, emptying it first when {@code fresh}. Refuses to empty a
     * directory the stack did not create, or one that another launcher is using.
     */
    void prepareDataDir(boolean fresh) {
        try {
            if (fresh && Files.exists(dataDir) && !Files.exists(dataDir.resolve(DATA_DIR_MARKER)) && !isEmpty(dataDir)) {
                throw new StackException("--fresh: refusing to delete " + dataDir
                    + ": it has no " + DATA_DIR_MARKER + " file, so the local stack did not create it");
            }
            Files.createDirectories(dataDir);
            lockDataDir(); // before deleting anything: the data may belong to a running stack
            if (fresh) {
                deleteContentsExceptLock(dataDir);
            }
            Files.createDirectories(logs());
            if (!Files.exists(dataDir.resolve(DATA_DIR_MARKER))) {
                Files.writeString(dataDir.resolve(DATA_DIR_MARKER),
                    "Data of the OpenSDR local stack (deploy/local). Safe to delete when the stack is stopped.\n");
            }
        } catch (IOException e) {
            throw new StackException("cannot prepare the data dir " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Held for the launcher's lifetime; the OS releases it when the launcher dies, however it dies. */
    private static FileLock dataDirLock;
    private static Path lockedDataDir;

    /** Makes sure no other launcher uses this data dir (Kafka's and H2's files cannot be shared). */
    private void lockDataDir() throws IOException {
        if (dataDir.equals(lockedDataDir) && dataDirLock.isValid()) {
            return; // this JVM holds it already (the tests prepare a data dir twice)
        }
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new StackException("another local stack is using " + dataDir
                + "; stop it, or give this one its own --data-dir (and --port-offset)");
        }
        dataDirLock = lock;
        lockedDataDir = dataDir;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteContentsExceptLock(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                if (!p.equals(dir) && !p.equals(dir.resolve(LOCK_FILE))) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Path locateLauncher() {
        try {
            return Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Path> findRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The java executable of the JVM running the launcher, so children use the same JDK. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
