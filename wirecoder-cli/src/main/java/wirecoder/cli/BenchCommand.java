package wirecoder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirecoder.Extractor;
import wirecoder.io.ArticleReader;
import wirecoder.model.Article;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code wirecoder bench}: times extract on the sample articles with 1 and 2 threads, and CoreNLP's
 * default ner+depparse pipeline on the same articles, each in a fresh JVM so that every figure is a
 * whole process (model loading included). Prints a table; it is a command, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints tokens/s, articles/s, load time, whole-process time and peak heap of extract (1 and 2 threads) "
                + "and of CoreNLP's default ner,depparse pipeline, each in its own JVM.")
public final class BenchCommand implements Runnable {

    @Parameters(arity = "0..*", description = "Articles to time (default: samples/).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "30",
            description = "Timed passes over the articles in each run, after the warm-up passes (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "5",
            description = "Untimed warm-up passes before the timed ones, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP default pipeline (slow: about 400 tokens/s); with --throughput, its run.")
    boolean noBaseline;

    @Option(names = "--heap", defaultValue = "4g", description = "Maximum heap of each run (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--ingest", description = "Instead of the timings: time extract and ingest on 2,000 and more real news articles "
            + "from the shared gold data, and print the store's size and a filtered query's latency.")
    boolean ingest;

    @Option(names = "--threads", defaultValue = "2", description = "Threads of the --ingest runs (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--throughput", description = "Instead of the timings: on about 2,300 real news articles from the shared gold "
            + "data, articles/s, tokens/s and peak memory of extract (1 and 2 threads), ingest, Spark local[1] and local[2] and "
            + "CoreNLP's default pipeline, each whole process and steady state (about an hour; see --runs).")
    boolean throughput;

    @Option(names = "--runs", split = ",", defaultValue = "extract1,extract2,ingest,spark1,spark2,corenlp",
            description = "The --throughput runs, in order (default: ${DEFAULT-VALUE}); corenlp-tuned, not a default, is CoreNLP's "
                    + "default pipeline on the JVM flags Wirecoder runs with (jvm.options).")
    List<String> runs;

    @Option(names = "--passes", defaultValue = "2", description = "Passes over the corpus in each --throughput run: the first is the "
            + "whole process, the last the steady state (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--baseline-passes", defaultValue = "1", description = "Passes of the CoreNLP run of --throughput (default: "
            + "${DEFAULT-VALUE}: whole process only; it takes half an hour a pass).")
    int baselinePasses;

    @Option(names = "--rounds", defaultValue = "1", description = "Rounds of the --throughput runs, each round all of Wirecoder's "
            + "runs in --runs order (CoreNLP's in the first only); the ratios are taken from each run's medians, so that one "
            + "slow minute of the machine does not decide them (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--baseline-threads", defaultValue = "2", description = "Threads of the CoreNLP run of --throughput, compared "
            + "with extract's run with as many (default: ${DEFAULT-VALUE}).")
    int baselineThreads;

    @Option(names = "--serve", description = "Instead of the timings: generate a store from the coded samples, then print "
            + "requests/s and latency of /api/events with filters, and the page's load time in headless Chromium.")
    boolean serve;

    @Option(names = "--events", defaultValue = "12000", description = "Events in the --serve store (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients of the --serve load (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "2000", description = "Timed requests of the --serve load (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--store", paramLabel = "FILE", description = "The --serve store: generated into FILE first where it is not "
            + "there, then kept (look at it with serve --db FILE); without it a temporary store.")
    Path keepStore;

    @picocli.CommandLine.Mixin
    SharedEvalOption data;

    @Option(names = "--parser-check", arity = "1..*", paramLabel = "FILE",
            description = "Instead of the timings: parse every sentence of these files (text, HTML or XML) with CoreNLP's "
                    + "DependencyParser and with Wirecoder's parser, and print how many trees are identical and each one's time.")
    List<String> parserCheck = new ArrayList<>();

    @Option(names = "--tagger-check", description = "Instead of the timings: tag every sentence of the --throughput articles with "
            + "CoreNLP's MaxentTagger and with the memoized tagger Wirecoder runs (the same model), and print how many sentences' "
            + "tags are identical and each one's time.")
    boolean taggerCheck;

    @Override
    public void run() {
        List<String> in = inputs.isEmpty() ? List.of("samples") : inputs;
        try {
            if (ingest) {
                Path shared = data.resolve("bench --ingest");
                if (shared == null) return;
                IngestBench.run(System.out, shared, threads, heap);
                return;
            }
            if (throughput) {
                if (passes < 1 || baselinePasses < 1 || rounds < 1 || baselineThreads < 1 || baselineThreads > 2) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                            "--passes, --baseline-passes and --rounds are 1 or more, --baseline-threads 1 or 2");
                }
                Path shared = data.resolve("bench --throughput");
                if (shared == null) return;
                List<ThroughputBench.Config> configs = new ArrayList<>();
                try {
                    for (String r : runs) configs.add(ThroughputBench.Config.of(r.trim()));
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
                }
                if (noBaseline) configs.removeIf(ThroughputBench.Config::baseline);
                ThroughputBench.run(System.out, shared, configs, passes, baselinePasses, rounds, baselineThreads, heap);
                return;
            }
            if (serve) {
                if (events < 1 || clients < 1 || requests < 1) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--events, --clients and --requests are 1 or more");
                }
                ServeBench.run(System.out, events, clients, requests, keepStore);
                return;
            }
            if (taggerCheck) {
                Path shared = data.resolve("bench --tagger-check");
                if (shared == null) return;
                TaggerBench.run(System.out, shared);
                return;
            }
            if (!parserCheck.isEmpty()) {
                ParserBench.run(System.out, parserCheck, Extractor.Config.defaults().nlp().maxParseTokens());
                return;
            }
            GazetteerBench.run(System.out, 5);
        } catch (picocli.CommandLine.ParameterException e) {
            throw e; // a usage error, reported as one
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<String[]> timed = new ArrayList<>();
        timed.add(new String[]{"wirecoder extract, 1 thread", "wirecoder", "1"});
        timed.add(new String[]{"wirecoder extract, 2 threads", "wirecoder", "2"});
        if (!noBaseline) timed.add(new String[]{"CoreNLP default ner,depparse, 1 thread", "corenlp", "1"});
        System.out.printf("articles: %s; %d warm-up + %d timed passes; each run is a fresh JVM with -Xmx%s%n", in, warmup, repeat, heap);
        System.out.printf("%-40s %8s %9s %9s %9s %10s %9s %9s%n", "run", "tokens", "load s", "tok/s", "art/s",
                "process s", "proc tok/s", "peak MB");
        double baseline = 0;
        double ours = 0;
        for (String[] r : timed) {
            JsonNode m = child(r[1], Integer.parseInt(r[2]), in);
            double wall = m.get("process_s").asDouble();
            double tokens = m.get("tokens").asDouble() * (repeat + warmup) / repeat;
            System.out.printf("%-40s %8d %9.1f %9.0f %9.2f %10.1f %9.0f %9d%n", r[0], m.get("tokens").asLong(),
                    m.get("load_s").asDouble(), m.get("tokens_per_s").asDouble(), m.get("articles_per_s").asDouble(),
                    wall, tokens / wall, m.get("peak_heap_mb").asLong());
            if (r[1].equals("corenlp")) baseline = wall;
            else if (r[2].equals("1")) ours = wall;
        }
        System.out.println("tokens, tok/s, art/s: the timed passes (after model loading and the warm-up passes);");
        System.out.println("process s: the whole JVM from start to exit, loading and all passes; proc tok/s: all tokens / process s.");
        if (baseline > 0) System.out.printf("whole-process speed-up of extract (1 thread) over CoreNLP default: %.1fx%n", baseline / ours);
    }

    private JsonNode child(String what, int threads, List<String> in) {
        List<String> cmd = what.equals("corenlp") ? ChildJvm.stock(heap) : ChildJvm.wirecoder(heap);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench-run",
                "--what", what, "--threads", Integer.toString(threads), "--repeat", Integer.toString(repeat),
                "--warmup", Integer.toString(warmup)));
        cmd.addAll(in);
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            if (rc != 0) throw new IllegalStateException("bench run failed (" + rc + "): " + String.join(" ", cmd));
            ObjectNode m = (ObjectNode) new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
            m.put("process_s", wall);
            return m;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One timed run inside its own JVM; prints one JSON line of measurements. */
    @Command(name = "bench-run", hidden = true)
    public static final class Run implements java.util.concurrent.Callable<Integer> {
        @Parameters(arity = "1..*")
        List<String> inputs;

        @Option(names = "--what", required = true)
        String what;

        @Option(names = "--threads", defaultValue = "1")
        int threads;

        @Option(names = "--repeat", defaultValue = "30")
        int repeat;

        @Option(names = "--warmup", defaultValue = "5")
        int warmup;

        @Override
        public Integer call() throws Exception {
            List<Article> articles = new ArrayList<>();
            new ArticleReader(java.time.LocalDate.of(2024, 1, 1)).read(inputs, System.in, item -> {
                if (item.article() != null) articles.add(item.article());
            });
            long t0 = System.nanoTime();
            Extractor extractor = null;
            StanfordCoreNLP corenlp = null;
            if (what.equals("wirecoder")) {
                extractor = new Extractor(Extractor.Config.defaults());
            } else {
                corenlp = CoreNlpDefaultCommand.pipeline();
            }
            double load = (System.nanoTime() - t0) / 1e9;
            long tokens = 0;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            // Warm-up passes: the JIT compiles the hot paths; not timed.
            for (int w = 0; w < warmup; w++) runPass(pool, articles, extractor, corenlp);
            long t1 = System.nanoTime();
            // The timed passes go to the pool at once, so that no thread waits for another at a pass boundary.
            List<Future<Integer>> done = new ArrayList<>();
            for (int r = 0; r < repeat; r++) done.addAll(submitPass(pool, articles, extractor, corenlp));
            for (Future<Integer> f : done) tokens += f.get();
            pool.shutdown();
            double secs = (System.nanoTime() - t1) / 1e9;
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("tokens", tokens);
            o.put("articles", (long) articles.size() * repeat);
            o.put("load_s", load);
            o.put("extract_s", secs);
            o.put("tokens_per_s", tokens / secs);
            o.put("articles_per_s", articles.size() * repeat / secs);
            o.put("peak_heap_mb", peakHeapMb());
            System.out.println(o);
            return 0;
        }

        private static void runPass(ExecutorService pool, List<Article> articles, Extractor ex, StanfordCoreNLP nlp)
                throws Exception {
            for (Future<Integer> f : submitPass(pool, articles, ex, nlp)) f.get();
        }

        private static List<Future<Integer>> submitPass(ExecutorService pool, List<Article> articles, Extractor ex,
                                                        StanfordCoreNLP nlp) {
            List<Future<Integer>> out = new ArrayList<>();
            for (Article a : articles) {
                out.add(pool.submit(() -> ex != null ? ex.extract(a).tokens() : CoreNlpDefaultCommand.annotate(nlp, a)));
            }
            return out;
        }

        private static long peakHeapMb() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
            }
            return sum / (1024 * 1024);
        }
    }
}
