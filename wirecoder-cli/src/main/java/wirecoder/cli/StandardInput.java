package wirecoder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether standard input was closed when the program started ({@code <&-}). The JVM then opens its own files on
 * descriptor 0, and reading "standard input" would read the JDK's runtime image as an article. On Linux the
 * descriptor's link tells; elsewhere it cannot be told and input is taken as open.
 */
final class StandardInput {

    private StandardInput() {
    }

    static boolean isClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) return false;
        if (!Files.exists(fd0, LinkOption.NOFOLLOW_LINKS)) return true;
        try {
            Path target = Files.readSymbolicLink(fd0);
            return target.startsWith(Path.of(System.getProperty("java.home"))) || target.toString().endsWith(".jar");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
