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
 * {@code wirecoder-pass N SECONDS JIT_SECONDS PEAK_MB}, that the benchmark reads as it comes: JIT_SECONDS is the time the
 * JIT compilers spent during the pass, which shows whether the pass was still warming up; PEAK_MB the process's highest
 * resident memory so far (Linux's VmHWM; 0 where /proc has none).
 */
public final class Passes {

    private static final Pattern LINE = Pattern.compile("^wirecoder-pass (\\d+) ([0-9.]+) ([0-9.]+) (\\d+)$");

    /** One pass as a child reported it. */
    public record Pass(int number, double seconds, double jitSeconds, long peakRssMb) {
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
            out.printf(Locale.ROOT, "wirecoder-pass %d %.3f %.3f %d%n", p, secs, jitSecs, peakRssKb("self") / 1024);
            out.flush();
        }
    }

    /** The pass a line reports, or null for any other line. */
    public static Pass parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        return m.matches() ? new Pass(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Long.parseLong(m.group(4))) : null;
    }

    /** A process's highest resident memory so far ({@code "self"} or a pid), in kB, from Linux's /proc; 0 where there is none. */
    static long peakRssKb(String process) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", process, "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** The arguments of pass {@code pass}: each {@code {pass}} replaced by its number (each pass writes its own output). */
    public static String[] forPass(List<String> args, int pass) {
        List<String> out = new ArrayList<>();
        for (String a : args) out.add(a.replace("{pass}", Integer.toString(pass)));
        return out.toArray(String[]::new);
    }
}
