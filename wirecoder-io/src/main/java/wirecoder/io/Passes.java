package wirecoder.io;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The throughput benchmark's way to see one JVM run the same job twice: the first pass is the whole process (start,
 * class and model loading, the JIT's warm-up), the second the steady state. After each pass the child prints one line,
 * {@code wirecoder-pass N SECONDS JIT_SECONDS}, that the benchmark reads as it comes; JIT_SECONDS is the time the JIT
 * compilers spent during the pass, which shows whether the pass was still warming up.
 */
public final class Passes {

    private static final Pattern LINE = Pattern.compile("^wirecoder-pass (\\d+) ([0-9.]+) ([0-9.]+)$");

    /** One pass as a child reported it. */
    public record Pass(int number, double seconds, double jitSeconds) {
    }

    private Passes() {
    }

    /** Runs {@code job} for passes 1..{@code passes}, printing each pass's line on {@code out}. */
    public static void run(int passes, IntConsumer job, PrintStream out) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int p = 1; p <= passes; p++) {
            long jit0 = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            job.accept(p);
            double secs = (System.nanoTime() - t0) / 1e9;
            double jitSecs = jit.isCompilationTimeMonitoringSupported() ? (jit.getTotalCompilationTime() - jit0) / 1e3 : 0;
            out.printf(Locale.ROOT, "wirecoder-pass %d %.3f %.3f%n", p, secs, jitSecs);
            out.flush();
        }
    }

    /** The pass a line reports, or null for any other line. */
    public static Pass parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        return m.matches() ? new Pass(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))) : null;
    }

    /** The arguments of pass {@code pass}: each {@code {pass}} replaced by its number (each pass writes its own output). */
    public static String[] forPass(List<String> args, int pass) {
        List<String> out = new ArrayList<>();
        for (String a : args) out.add(a.replace("{pass}", Integer.toString(pass)));
        return out.toArray(String[]::new);
    }
}
