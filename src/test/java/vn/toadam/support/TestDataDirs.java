package vn.toadam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh database folders under target/, one per application context, so tests use real H2 files. */
public final class TestDataDirs {

    private TestDataDirs() {
    }

    public static String fresh(String prefix) {
        try {
            Path base = Path.of("target", "test-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix).toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
