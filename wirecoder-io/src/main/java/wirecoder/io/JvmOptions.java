package wirecoder.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's {@code jvm.options}: the JVM flags every Wirecoder run gets (the {@code ./wirecoder} launcher reads the
 * same file in bash). Here for the JVMs that Java code starts: the benchmarks' children and the spark-submit test.
 */
public final class JvmOptions {

    public static final String FILE = "jvm.options";

    private JvmOptions() {
    }

    /** The flags of a {@code jvm.options} file: whitespace-separated, '#' to the end of a line a comment. */
    public static List<String> flags(Path file) {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int hash = line.indexOf('#');
                String flag = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!flag.isEmpty()) out.addAll(List.of(flag.split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JVM flags in " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
