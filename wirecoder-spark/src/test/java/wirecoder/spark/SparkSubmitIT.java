package wirecoder.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's cluster command, as a cluster runs it: the application jar (no Spark inside) submitted through Spark's
 * own launcher class {@code org.apache.spark.deploy.SparkSubmit} in a JVM that holds Spark alone (as a Spark
 * distribution's {@code jars/}), with CoreNLP's models jar passed by {@code --jars}. Its events are the events the job
 * gives in this JVM. Runs in {@code mvn verify}, after the jar is built.
 */
class SparkSubmitIT {

    @Test
    void theApplicationJarRunsUnderSparkSubmit(@TempDir Path dir) throws Exception {
        Path app = Path.of(System.getProperty("wirecoder.appJar"));
        Path models = Path.of(System.getProperty("wirecoder.modelsJar"));
        String sparkOnly = Files.readString(Path.of(System.getProperty("wirecoder.sparkClasspath"))).strip();
        assertTrue(Files.isRegularFile(app), "the application jar is built: " + app);
        assertTrue(Files.isRegularFile(models), "CoreNLP's models jar: " + models);
        assertTrue(!sparkOnly.contains("wirecoder") && !sparkOnly.contains("stanford-corenlp"), "the submitting JVM holds Spark alone");
        Path input = Path.of("..", "samples", "articles.jsonl").toAbsolutePath().normalize();
        Path out = dir.resolve("out");
        // The project's JVM flags, as the README passes them: here the driver is this child JVM and runs the tasks too.
        List<String> flagList = wirecoder.io.JvmOptions.flags(Path.of("..", wirecoder.io.JvmOptions.FILE));
        assertTrue(!flagList.isEmpty(), "flags in jvm.options");
        String flags = String.join(" ", flagList);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g"));
        command.addAll(flagList);
        command.addAll(List.of("-cp", sparkOnly, "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--class", "wirecoder.spark.SparkMain", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.executor.extraJavaOptions=" + flags,
                "--jars", models.toString(), app.toString(),
                "--input", input.toString(), "--output", out.toString()));
        Path log = dir.resolve("spark-submit.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "spark-submit finished");
        } finally {
            p.destroyForcibly();
        }
        String said = Files.readString(log);
        assertEquals(0, p.exitValue(), "spark-submit failed:\n" + tail(said));
        assertTrue(said.contains("wirecoder spark: "), tail(said));

        SparkSession spark = SparkSession.builder().master("local[1]").appName("wirecoder-it").config("spark.ui.enabled", "false").getOrCreate();
        try {
            Set<String> submitted = ids(spark, out);
            Path here = dir.resolve("here");
            ExtractJob.run(spark, List.of(input.toString()), here.toString(), null, 120, false);
            assertTrue(submitted.size() > 20, "events: " + submitted.size());
            assertEquals(ids(spark, here), submitted, "the same events, by their stable ids");
        } finally {
            spark.stop();
        }
    }

    private static Set<String> ids(SparkSession spark, Path out) {
        Set<String> ids = new TreeSet<>();
        for (Row r : spark.read().parquet(out.resolve(ExtractJob.EVENTS).toString()).select("event_id").collectAsList()) ids.add(r.getString(0));
        return ids;
    }

    private static String tail(String s) {
        return s.length() < 4000 ? s : s.substring(s.length() - 4000);
    }
}
