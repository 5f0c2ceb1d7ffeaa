package wirecoder.spark;

import wirecoder.io.Passes;

import java.util.Arrays;
import java.util.List;

/**
 * For {@code bench --throughput}: {@code SparkPasses N ARGS...} runs the job N times in one JVM with SparkMain's
 * arguments ({@code {pass}} in them replaced by the pass number, so that each pass writes its own output), each in a
 * new Spark session but on the executor's one extractor, and prints a {@link Passes} line after each.
 */
public final class SparkPasses {

    private SparkPasses() {
    }

    public static void main(String[] args) {
        int passes = Integer.parseInt(args[0]);
        List<String> job = Arrays.asList(args).subList(1, args.length);
        Passes.run(passes, p -> SparkMain.run(Passes.forPass(job, p)), System.out);
    }
}
