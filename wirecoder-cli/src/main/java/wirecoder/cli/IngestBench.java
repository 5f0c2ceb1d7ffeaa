package wirecoder.cli;

import wirecoder.eval.BenchCorpus;
import wirecoder.model.Article;
import wirecoder.store.EventFilter;
import wirecoder.store.EventStore;
import wirecoder.store.Exports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code wirecoder bench --ingest}: on real news from the shared gold data (at least 2,000 articles), times extract and
 * ingest over the same articles, each a fresh JVM with the same threads, and prints articles/s of each, what ingest adds
 * to extract's time, the store's size per 1,000 events, and the latency of a filtered query on the store.
 */
final class IngestBench {

    /** Query repetitions; the median is printed. */
    static final int QUERY_RUNS = 21;

    private IngestBench() {
    }

    static void run(PrintStream out, Path shared, int threads, String heap) throws Exception {
        List<Article> articles = BenchCorpus.articles(shared);
        Path dir = Files.createTempDirectory("wirecoder-ingest-bench");
        Path corpus = dir.resolve("corpus.jsonl");
        BenchCorpus.write(articles, corpus);
        out.printf("ingest bench: %d articles (TR-News, GeoWebNews, LGL, GeoVirus, CASE 2021 snippets), %d threads, -Xmx%s%n",
                articles.size(), threads, heap);
        double extract = timed(List.of("extract", "--threads", "" + threads, "-o", dir.resolve("out.jsonl").toString(),
                corpus.toString()), heap);
        Path db = dir.resolve("bench.duckdb");
        double ingest = timed(List.of("ingest", "--threads", "" + threads, "--db", db.toString(), corpus.toString()), heap);
        out.printf("%-10s %10s %12s%n", "run", "process s", "articles/s");
        out.printf("%-10s %10.1f %12.1f%n", "extract", extract, articles.size() / extract);
        out.printf("%-10s %10.1f %12.1f%n", "ingest", ingest, articles.size() / ingest);
        out.printf("ingest adds %.1f%% to extract's whole-process time (the target is at most 10%%)%n", 100 * (ingest - extract) / extract);
        try (EventStore store = EventStore.open(db); Statement s = store.connection().createStatement()) {
            long events;
            long fused;
            try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM fused)")) {
                r.next();
                events = r.getLong(1);
                fused = r.getLong(2);
            }
            s.execute("CHECKPOINT");
            long bytes = Files.size(db);
            out.printf("store: %d events, %d fused events, %.1f MB; %.2f MB per 1,000 events%n", events, fused, bytes / 1e6,
                    events == 0 ? 0 : bytes / 1e6 / events * 1000);
            EventFilter filter = new EventFilter("ASSAULT", null, null, null, null, java.time.LocalDate.of(2000, 1, 1), null,
                    new double[]{-180, -60, 180, 75}, null, "asserted", 1);
            Exports exports = new Exports(store);
            double[] ms = new double[QUERY_RUNS];
            int found = 0;
            for (int i = 0; i < QUERY_RUNS; i++) {
                long t0 = System.nanoTime();
                found = exports.select(filter, 0).size();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.printf("query (asserted assaults since 2000 in a bounding box, with their reports): %d fused events, median %.1f ms "
                    + "over %d runs%n", found, ms[QUERY_RUNS / 2], QUERY_RUNS);
        }
    }

    private static double timed(List<String> args, String heap) throws IOException, InterruptedException {
        List<String> cmd = ChildJvm.wirecoder(heap);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int rc = p.waitFor();
        if (rc > 1) throw new IllegalStateException("bench run failed (" + rc + "): " + String.join(" ", args));
        return (System.nanoTime() - t0) / 1e9;
    }
}
