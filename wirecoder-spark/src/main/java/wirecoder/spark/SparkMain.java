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
                case "--published" -> published = LocalDate.parse(value(args, ++i, a));
                case "--timeout" -> timeout = Integer.parseInt(value(args, ++i, a));
                case "--overwrite" -> overwrite = true;
                default -> usage("unknown argument '" + a + "'");
            }
        }
        if (inputs.isEmpty() || output == null) usage("--input and --output are required");
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
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) usage(option + " needs a value");
        return args[i];
    }

    private static void usage(String message) {
        System.err.println("wirecoder spark: " + message + "\nusage: --input PATH... --output PATH [--master local[2]] "
                + "[--published YYYY-MM-DD] [--timeout SECONDS] [--overwrite]");
        System.exit(2);
    }
}
