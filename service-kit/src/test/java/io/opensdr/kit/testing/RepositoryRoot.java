package io.opensdr.kit.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root: the first folder above the working directory that holds {@code mvnw}. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("Not inside the OpenSDR checkout: no mvnw above " + Path.of("").toAbsolutePath());
        }
        return folder;
    }
}
