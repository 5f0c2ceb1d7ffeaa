package wirecoder.cli;

import wirecoder.io.JvmOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The java command lines of the JVMs the benchmarks start. A run of Wirecoder gets the flags of the project's
 * {@code jvm.options}, as the {@code ./wirecoder} launcher gives them; a CoreNLP baseline gets none, as CoreNLP
 * ships, so that it is measured the way its users run it.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java}, the project's flags and the heap: how the launcher starts Wirecoder. */
    static List<String> wirecoder(String heap) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary()));
        cmd.addAll(projectFlags());
        cmd.add("-Xmx" + heap);
        return cmd;
    }

    /** {@code java} and the heap alone: CoreNLP as its users start it. */
    static List<String> stock(String heap) {
        return new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
    }

    /** The flags of the project's {@code jvm.options}. */
    static List<String> projectFlags() {
        return JvmOptions.flags(home().resolve(JvmOptions.FILE));
    }

    /** The project's folder: the CLI runs from wirecoder-cli/target (its jar or its classes). */
    static Path home() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
