package wirecoder.spark;

import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's entry point, for {@code spark-submit --class wirecoder.spark.SparkMain} and for {@code ./wirecoder spark}:
 * {@code --input PATH} (repeatable), {@code --output PATH}, optional {@code --master M} (default: what spark-submit
 * set, else {@code local[*]}), {@code --published
 * YYYY-MM-DD}, {@code --timeout SECONDS} (default 300) and {@code --overwrite}. Paths are any Hadoop file system URI.
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (UsageError e) {
            System.err.println("wirecoder spark: " + e.getMessage() + "\nusage: --input PATH... --output PATH [--master local[2]] "
                    + "[--published YYYY-MM-DD] [--timeout SECONDS] [--overwrite]");
            System.exit(2);
        }
    }

    /** A bad command line, said in one line. */
    static final class UsageError extends IllegalArgumentException {
        UsageError(String message) {
            super(message);
        }
    }

    /** One run of the job with these arguments, in a Spark session of its own (stopped at the end). */
    static ExtractJob.Summary run(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String master = null;
        LocalDate published = null;
        int timeout = 300;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> inputs.add(value(args, ++i, a));
                case "--output" -> output = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--published" -> published = date(value(args, ++i, a));
                case "--timeout" -> timeout = seconds(value(args, ++i, a));
                case "--overwrite" -> overwrite = true;
                default -> throw new UsageError("unknown argument '" + a + "'");
            }
        }
        if (inputs.isEmpty() || output == null) throw new UsageError("--input and --output are required");
        SparkSession.Builder b = SparkSession.builder().appName("wirecoder");
        // spark-submit sets the master; a plain local run without --master uses every core here.
        if (master != null) b.master(master);
        else if (System.getProperty("spark.master") == null) b.master("local[*]");
        String effective = master != null ? master : System.getProperty("spark.master", "local[*]");
        // A local run has no one to look at Spark's web UI; starting its Jetty costs a second or two.
        if (effective.startsWith("local") && System.getProperty("spark.ui.enabled") == null) b.config("spark.ui.enabled", "false");
        SparkSession spark = b.getOrCreate();
        try {
            long t0 = System.nanoTime();
            ExtractJob.Summary s = ExtractJob.run(spark, inputs, output, published, timeout, overwrite);
            System.err.printf("wirecoder spark: %d articles, %d events, %d fused events, %d places, %d error entries in %.1f s; "
                    + "written under %s%n", s.articles(), s.events(), s.fused(), s.places(), s.errors(), (System.nanoTime() - t0) / 1e9, output);
            return s;
        } finally {
            spark.stop();
        }
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageError("--published: '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static int seconds(String v) {
        try {
            int s = Integer.parseInt(v);
            if (s >= 1) return s;
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new UsageError("--timeout: '" + v + "' is not a whole number of seconds, 1 or more");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new UsageError(option + " needs a value");
        return args[i];
    }
}
