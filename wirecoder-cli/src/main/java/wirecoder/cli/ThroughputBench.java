package wirecoder.cli;

import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import wirecoder.eval.BenchCorpus;
import wirecoder.io.Passes;
import wirecoder.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code wirecoder bench --throughput}: on about 2,300 real news articles from the shared gold data, each configuration in
 * a fresh JVM that does the whole job twice: extract with 1 and 2 threads, ingest, Spark {@code local[1]} and {@code
 * local[2]}, and CoreNLP's default pipeline. The first pass is the whole process, timed from the child's start to the
 * end of its first pass (JVM start, loading, the JIT's warm-up, output written); the second, on the loaded models and
 * compiled code, is the steady state. Prints articles/s and tokens/s of each, peak resident memory and the JIT's time in
 * each pass, then the ratios issue 16 asks for. A command, not a test: it takes about an hour, nearly half of it CoreNLP's run.
 */
final class ThroughputBench {

    /** One configuration timed: its name on the command line ({@code --runs}) and its label in the table. */
    enum Config {
        EXTRACT_1("extract1", "extract, 1 thread"),
        EXTRACT_2("extract2", "extract, 2 threads"),
        INGEST("ingest", "ingest, 2 threads"),
        SPARK_1("spark1", "Spark local[1]"),
        SPARK_2("spark2", "Spark local[2]"),
        CORENLP("corenlp", "CoreNLP default (ner,depparse)"),
        /** The same baseline on the JVM flags Wirecoder runs with: what of the difference is the flags'. Not a default run. */
        CORENLP_TUNED("corenlp-tuned", "CoreNLP default, Wirecoder's JVM flags");

        final String key;
        final String label;

        Config(String key, String label) {
            this.key = key;
            this.label = label;
        }

        boolean baseline() {
            return this == CORENLP || this == CORENLP_TUNED;
        }

        static Config of(String key) {
            for (Config c : values()) if (c.key.equals(key)) return c;
            List<String> keys = new ArrayList<>();
            for (Config c : values()) keys.add(c.key);
            throw new IllegalArgumentException("--runs: no run '" + key + "'; known: " + String.join(", ", keys));
        }
    }

    /** A run's measurements: the whole process, and each pass as the child reported it. */
    record Result(Config config, double wholeSeconds, List<Passes.Pass> passes) {
        /** The highest resident memory by the end of the first pass (the whole process). */
        long peakRssMb() {
            return passes.get(0).peakRssMb();
        }

        Passes.Pass steady() {
            return passes.size() > 1 ? passes.get(passes.size() - 1) : null;
        }

        /**
         * Several rounds of one run as one: the whole process of the round with the median whole process, and the steady
         * state of the round with the median steady state (the lower middle of an even count), each a real measurement.
         */
        static Result median(List<Result> rounds) {
            List<Result> byWhole = new ArrayList<>(rounds);
            byWhole.sort(java.util.Comparator.comparingDouble(Result::wholeSeconds));
            Result whole = byWhole.get((byWhole.size() - 1) / 2);
            List<Result> bySteady = new ArrayList<>(rounds.stream().filter(r -> r.steady() != null).toList());
            if (bySteady.isEmpty()) return new Result(whole.config(), whole.wholeSeconds(), List.of(whole.passes().get(0)));
            bySteady.sort(java.util.Comparator.comparingDouble(r -> r.steady().seconds()));
            Passes.Pass steady = bySteady.get((bySteady.size() - 1) / 2).steady();
            return new Result(whole.config(), whole.wholeSeconds(), List.of(whole.passes().get(0), steady));
        }
    }

    private final PrintStream out;
    private final Path home;
    private final String heap;
    private final int baselineThreads;
    private final Path dir;
    private final Path corpus;
    private final int articles;
    private final long tokens;

    ThroughputBench(PrintStream out, Path home, String heap, int baselineThreads, Path dir, Path corpus, int articles, long tokens) {
        this.out = out;
        this.home = home;
        this.heap = heap;
        this.baselineThreads = baselineThreads;
        this.dir = dir;
        this.corpus = corpus;
        this.articles = articles;
        this.tokens = tokens;
    }

    static void run(PrintStream out, Path shared, List<Config> runs, int passes, int baselinePasses, int rounds, int baselineThreads,
                    String heap)
            throws Exception {
        List<Article> all = BenchCorpus.throughput(shared);
        // Articles whose text another has are left out here, so that every run codes the same articles (ingest and
        // Spark would leave them out, extract would not).
        List<Article> list = new ArrayList<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (Article a : all) if (texts.add(wirecoder.store.EventStore.textHash(a.text()))) list.add(a);
        Path dir = Files.createTempDirectory("wirecoder-throughput");
        try {
            Path corpus = dir.resolve("corpus.jsonl");
            BenchCorpus.write(list, corpus);
            long tokens = 0;
            for (Article a : list) tokens += tokens(a.text());
            ThroughputBench bench = new ThroughputBench(out, ChildJvm.home(), heap, baselineThreads, dir, corpus, list.size(), tokens);
            out.printf(Locale.ROOT, "throughput bench: %,d articles (TR-News, GeoWebNews, LGL, Giveme5W1H, IndiaPoliceEvents; %d repeated "
                    + "texts left out), %,d tokens (CoreNLP's PTB tokenizer), %.1f MB of JSON Lines; each run a fresh JVM with -Xmx%s on %d cores, "
                    + "Wirecoder's with %s as the launcher gives it, CoreNLP's with none%n",
                    list.size(), all.size() - list.size(), tokens, Files.size(corpus) / 1e6, heap, Runtime.getRuntime().availableProcessors(),
                    String.join(" ", ChildJvm.projectFlags()));
            bench.all(runs, passes, baselinePasses, rounds);
        } finally {
            deleteTree(dir);
        }
    }

    private void all(List<Config> runs, int passes, int baselinePasses, int rounds) throws Exception {
        out.printf("%-44s %9s %8s %8s %8s %7s | %9s %8s %8s %7s%n", "run", "whole s", "art/s", "tok/s", "peak MB", "JIT s",
                "steady s", "art/s", "tok/s", "JIT s");
        Map<Config, List<Result>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Config c : runs) {
                // CoreNLP's run takes twenty minutes and so averages over the machine's slow and fast minutes already.
                if (c.baseline() && round > 1) continue;
                Result r = time(c, c.baseline() ? baselinePasses : passes, round);
                results.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
                print(r, rounds > 1 && !c.baseline() ? ", round " + round : "");
            }
        }
        Map<Config, Result> medians = new LinkedHashMap<>();
        results.forEach((c, list) -> medians.put(c, Result.median(list)));
        if (rounds > 1) {
            out.println("median of the rounds (whole process and steady state each the median round's):");
            for (Result r : medians.values()) print(r, "");
        }
        summary(medians);
    }

    private void print(Result r, String round) {
        Passes.Pass first = r.passes().get(0);
        Passes.Pass steady = r.steady();
        String tail = steady == null ? String.format("%9s %8s %8s %7s", "-", "-", "-", "-")
                : String.format(Locale.ROOT, "%9.1f %8.1f %8.0f %7.1f", steady.seconds(), articles / steady.seconds(),
                tokens / steady.seconds(), steady.jitSeconds());
        out.printf(Locale.ROOT, "%-44s %9.1f %8.1f %8.0f %8d %7.1f | %s%n", label(r.config()) + round, r.wholeSeconds(),
                articles / r.wholeSeconds(), tokens / r.wholeSeconds(), r.peakRssMb(), first.jitSeconds(), tail);
        out.flush();
    }

    private String label(Config c) {
        return c.baseline() ? c.label + ", " + baselineThreads + (baselineThreads == 1 ? " thread" : " threads") : c.label;
    }

    private void summary(Map<Config, Result> r) {
        out.println("whole s: from the JVM's start to the end of its first pass (loading, JIT warm-up and output included); "
                + "peak MB: the highest resident memory by then;");
        out.println("steady: the same job again in the same JVM (models loaded, code compiled); JIT s: the compilers' time "
                + "during the pass (they run beside the work, on a core of their own when one is free).");
        Result x1 = r.get(Config.EXTRACT_1);
        Result x2 = r.get(Config.EXTRACT_2);
        Result s2 = r.get(Config.SPARK_2);
        Result nlp = r.get(Config.CORENLP);
        Result tuned = r.get(Config.CORENLP_TUNED);
        Result same = baselineThreads == 1 ? x1 : x2;
        if (x1 != null && x2 != null && x1.steady() != null && x2.steady() != null) {
            out.printf(Locale.ROOT, "extract, 2 threads over 1, steady state: %.2fx (issue 16: at least 1.6x); whole process: %.2fx%n",
                    x1.steady().seconds() / x2.steady().seconds(), x1.wholeSeconds() / x2.wholeSeconds());
        }
        if (x2 != null && s2 != null) {
            out.printf(Locale.ROOT, "Spark local[2] against extract with 2 threads, whole process: %+.1f%% (issue 16: at most +15%%)%s%n",
                    100 * (s2.wholeSeconds() / x2.wholeSeconds() - 1), s2.steady() != null && x2.steady() != null
                            ? String.format(Locale.ROOT, "; steady state: %+.1f%%", 100 * (s2.steady().seconds() / x2.steady().seconds() - 1)) : "");
        }
        if (nlp != null && same != null) {
            out.printf(Locale.ROOT, "extract over CoreNLP's default pipeline, both with %d thread%s, whole process: %.1fx (issue 16: at least 10x)%n",
                    baselineThreads, baselineThreads == 1 ? "" : "s", nlp.wholeSeconds() / same.wholeSeconds());
        }
        if (tuned != null && same != null) {
            out.printf(Locale.ROOT, "extract over CoreNLP's default pipeline on Wirecoder's JVM flags, whole process: %.1fx%n",
                    tuned.wholeSeconds() / same.wholeSeconds());
        }
    }

    /** Runs one configuration in a child JVM and reads its pass lines as they come. */
    private Result time(Config c, int passes, int round) throws Exception {
        List<String> cmd = command(c, passes, round);
        Path log = dir.resolve(c.key + ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        List<Passes.Pass> done = new ArrayList<>();
        double whole = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Passes.Pass pass = Passes.parse(line);
                if (pass == null) continue;
                if (done.isEmpty()) whole = (System.nanoTime() - t0) / 1e9;
                done.add(pass);
            }
            int rc = p.waitFor();
            if (rc != 0 || done.size() != passes) {
                List<String> lines = Files.readAllLines(log);
                throw new IllegalStateException(c.label + " failed (exit status " + rc + ", " + done.size() + " of " + passes + " passes); "
                        + "the end of its log:\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
        return new Result(c, whole, done);
    }

    /**
     * The child JVM's command line. Each round writes its own outputs: ingest skips articles a store already holds
     * and the Spark job refuses an output folder that exists, so a round that reused the last one's would time nothing.
     */
    List<String> command(Config c, int passes, int round) {
        String pass = "r" + round + "-{pass}";
        List<String> cmd = c == Config.CORENLP ? ChildJvm.stock(heap) : ChildJvm.wirecoder(heap);
        switch (c) {
            case SPARK_1, SPARK_2 -> {
                Path target = home.resolve("wirecoder-spark/target");
                String cp = target.resolve("wirecoder-spark.jar") + java.io.File.pathSeparator + read(target.resolve("classpath.txt"));
                cmd.addAll(List.of("-Dlog4j2.configurationFile=wirecoder-spark-log4j2.properties", "-cp", cp,
                        "wirecoder.spark.SparkPasses", Integer.toString(passes), "--master", c == Config.SPARK_1 ? "local[1]" : "local[2]",
                        "--input", corpus.toString(), "--output", dir.resolve(c.key + "-" + pass).toString()));
            }
            default -> {
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench-passes",
                        "--passes", Integer.toString(passes), "--"));
                switch (c) {
                    case EXTRACT_1, EXTRACT_2 -> cmd.addAll(List.of("extract", "--threads", c == Config.EXTRACT_1 ? "1" : "2",
                            "-o", dir.resolve(c.key + "-" + pass + ".jsonl").toString(), corpus.toString()));
                    case INGEST -> cmd.addAll(List.of("ingest", "--threads", "2", "--db", dir.resolve("ingest-" + pass + ".duckdb").toString(),
                            corpus.toString()));
                    case CORENLP, CORENLP_TUNED -> cmd.addAll(List.of("corenlp-default", "--threads", Integer.toString(baselineThreads), corpus.toString()));
                    default -> throw new IllegalStateException(c.toString());
                }
            }
        }
        return cmd;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException("the Spark module is not built (" + file + " is missing); run mvn install first", e);
        }
    }

    static long tokens(String text) {
        PTBTokenizer<?> t = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "invertible=false");
        long n = 0;
        while (t.hasNext()) {
            t.next();
            n++;
        }
        return n;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
