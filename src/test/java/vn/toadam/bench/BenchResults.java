package vn.toadam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where benchmarks put their figures: each its own file under target/bench/, and all of them together in
 * target/bench/results.md (rebuilt after every benchmark, so it holds the latest figures of each).
 */
public final class BenchResults {

    static final Path DIR = Path.of("target", "bench");
    private static final List<String> ORDER = List.of("fanout.md", "fanout-2nodes.md", "browser.md", "memory.md",
            "startup.md", "export.md", "grouping.md", "matching.md");

    private BenchResults() {
    }

    public static void write(String file, CharSequence report) throws IOException {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve(file), report);
        StringBuilder all = new StringBuilder("# Tọa Đàm benchmark results\n\nEach section is the latest run of one "
                + "benchmark (commands in the README).\n\n");
        for (String name : ORDER) {
            Path part = DIR.resolve(name);
            if (Files.exists(part)) {
                all.append(Files.readString(part).replaceFirst("^# ", "## ")).append('\n');
            }
        }
        Files.writeString(DIR.resolve("results.md"), all);
        System.out.println("written " + DIR.resolve(file).toAbsolutePath() + " and results.md");
    }
}
