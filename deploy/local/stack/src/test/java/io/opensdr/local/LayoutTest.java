package io.opensdr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutTest {

    @TempDir
    Path temp;

    @Test
    void findsTheRepositoryRootAboveTheLauncher() throws Exception {
        Path repo = temp.resolve("repo");
        Path target = Files.createDirectories(repo.resolve("deploy/local/stack/target"));
        Files.writeString(repo.resolve("mvnw"), "");
        Files.writeString(repo.resolve("pom.xml"), "");
        assertEquals(Optional.of(repo), Layout.findRepoRoot(target.resolve("local-stack.jar")));
        assertEquals(Optional.empty(), Layout.findRepoRoot(temp.resolve("elsewhere")).filter(p -> p.startsWith(temp)));
    }

    @Test
    void freshDeletesOnlyADataDirTheStackCreated() throws Exception {
        Path dataDir = temp.resolve("data");
        Layout layout = new Layout(temp, dataDir, temp.resolve("local-stack.jar"));
        layout.prepareDataDir(false);
        Files.writeString(layout.logFile("kafka"), "old log");
        layout.prepareDataDir(true);
        assertFalse(Files.exists(layout.logFile("kafka")), "--fresh empties the data dir");
        assertTrue(Files.exists(dataDir.resolve(Layout.DATA_DIR_MARKER)));

        Path someoneElses = Files.createDirectories(temp.resolve("home"));
        Files.writeString(someoneElses.resolve("thesis.tex"), "precious");
        Layout wrong = new Layout(temp, someoneElses, temp.resolve("local-stack.jar"));
        assertThrows(StackException.class, () -> wrong.prepareDataDir(true));
        assertTrue(Files.exists(someoneElses.resolve("thesis.tex")));
    }
}
