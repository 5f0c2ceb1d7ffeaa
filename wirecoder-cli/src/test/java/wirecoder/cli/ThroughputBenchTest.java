package wirecoder.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.io.Passes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of {@code bench --throughput} that can be checked in seconds; the bench itself takes most of an hour. */
class ThroughputBenchTest {

    @Test
    void benchPassesRunsTheRealCommandOncePerPassWithItsOwnOutput(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"published\":\"2024-03-01\",\"text\":\"Police arrested five protesters in Lagos on Monday.\"}\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("bench-passes", "--passes", "2", "--", "extract", "-o",
                    dir.resolve("out-{pass}.jsonl").toString(), in.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, exit);
        List<Passes.Pass> passes = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            Passes.Pass p = Passes.parse(line);
            if (p != null) passes.add(p);
        }
        assertEquals(2, passes.size());
        // Both passes wrote the same record; the second ran on the extractor the first loaded, so it is the faster.
        String first = Files.readString(dir.resolve("out-1.jsonl"));
        assertTrue(first.contains("\"mode\":\"arrest\""), first);
        assertEquals(first, Files.readString(dir.resolve("out-2.jsonl")));
        assertTrue(passes.get(1).seconds() < passes.get(0).seconds(), passes.toString());
    }

    @Test
    void aPassThatFailsStopsTheRun(@TempDir Path dir) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute("bench-passes", "--passes", "2", "--", "extract", "--threads", "0",
                    dir.resolve("missing.jsonl").toString());
            assertEquals(Main.INTERNAL, exit);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void tokensAreCountedAsCoreNlpTokenizes() {
        assertEquals(7, ThroughputBench.tokens("Police arrested five men, officials said"));
    }

    @Test
    void roundsAreTakenAtTheirMedians() {
        ThroughputBench.Config c = ThroughputBench.Config.EXTRACT_2;
        List<ThroughputBench.Result> rounds = List.of(
                new ThroughputBench.Result(c, 144.7, List.of(new Passes.Pass(1, 140.0, 120, 1900), new Passes.Pass(2, 81.6, 18, 1950))),
                new ThroughputBench.Result(c, 116.0, List.of(new Passes.Pass(1, 112.0, 99, 1920), new Passes.Pass(2, 101.1, 19, 1930))),
                new ThroughputBench.Result(c, 130.0, List.of(new Passes.Pass(1, 126.0, 110, 1910), new Passes.Pass(2, 72.3, 14, 1940))));
        ThroughputBench.Result m = ThroughputBench.Result.median(rounds);
        assertEquals(130.0, m.wholeSeconds(), 1e-9);
        assertEquals(1910, m.peakRssMb(), "the whole process's pass comes from the median round");
        assertEquals(81.6, m.steady().seconds(), 1e-9, "the steady state is the median of the steady states, from its own round");
        ThroughputBench.Result two = ThroughputBench.Result.median(rounds.subList(0, 2));
        assertEquals(116.0, two.wholeSeconds(), 1e-9, "the lower middle of an even count");
        assertEquals(81.6, two.steady().seconds(), 1e-9);
        ThroughputBench.Result once = ThroughputBench.Result.median(List.of(
                new ThroughputBench.Result(ThroughputBench.Config.CORENLP, 1313.0, List.of(new Passes.Pass(1, 1300.0, 99, 4367)))));
        assertEquals(1313.0, once.wholeSeconds(), 1e-9);
        assertEquals(null, once.steady());
    }

    @Test
    void unknownRunsAreNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThroughputBench.Config.of("spark3"));
        assertTrue(e.getMessage().contains("spark3") && e.getMessage().contains("extract1, extract2, ingest, spark1, spark2, corenlp, corenlp-tuned"),
                e.getMessage());
        assertEquals(ThroughputBench.Config.SPARK_2, ThroughputBench.Config.of("spark2"));
    }

    /** A second round that wrote where the first did would time ingest's skipping every stored article, or Spark's refusal. */
    @Test
    void eachRoundWritesItsOwnOutputs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("home/wirecoder-spark/target"));
        Files.writeString(dir.resolve("home/wirecoder-spark/target/classpath.txt"), "spark.jar");
        ThroughputBench bench = new ThroughputBench(System.out, dir.resolve("home"), "4g", 2, dir.resolve("work"),
                dir.resolve("corpus.jsonl"), 1, 1);
        for (ThroughputBench.Config c : List.of(ThroughputBench.Config.EXTRACT_1, ThroughputBench.Config.EXTRACT_2,
                ThroughputBench.Config.INGEST, ThroughputBench.Config.SPARK_1, ThroughputBench.Config.SPARK_2)) {
            List<String> first = outputs(bench.command(c, 2, 1), dir.resolve("work"));
            List<String> second = outputs(bench.command(c, 2, 2), dir.resolve("work"));
            assertEquals(1, first.size(), c + ": " + first);
            assertTrue(first.get(0).contains("{pass}"), c + ": each pass its own output too: " + first);
            assertTrue(!first.equals(second), c + ": round 2 writes where round 1 did: " + second);
        }
    }

    private static List<String> outputs(List<String> command, Path work) {
        return command.stream().filter(a -> a.startsWith(work.toString())).toList();
    }

    @Test
    void theProjectFolderHoldsTheSparkModule() {
        assertTrue(Files.isDirectory(ChildJvm.home().resolve("wirecoder-spark")), ChildJvm.home().toString());
    }
}
