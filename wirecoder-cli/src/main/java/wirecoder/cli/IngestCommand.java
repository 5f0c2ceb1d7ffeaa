package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wirecoder.Extractor;
import wirecoder.io.ArticleReader;
import wirecoder.io.ExtractionRun;
import wirecoder.io.InputItem;
import wirecoder.store.EventStore;
import wirecoder.store.StoreBusyException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wirecoder ingest}: articles into the embedded store, each with its events and their fusion, once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes articles (the inputs extract reads) and keeps them in an embedded DuckDB store with their",
                "events, fused across articles. An article already stored (same id, URL or text) is skipped; rerunning",
                "after a crash finishes the job with nothing lost or doubled. Exit status as for extract."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions in = new InputOptions();

    @Option(names = "--db", defaultValue = "wirecoder.duckdb", description = "The store (default: ${DEFAULT-VALUE}); created when absent.")
    Path db;

    @Option(names = "--log-every", defaultValue = "500", description = "Without a terminal, a progress line every N articles (default: ${DEFAULT-VALUE}).")
    int logEvery;

    @Option(names = "--batch", defaultValue = "" + EventStore.DEFAULT_BATCH,
            description = "Articles per transaction (default: ${DEFAULT-VALUE}); a crash takes back at most these, and a rerun codes them again.")
    int batch;

    @Mixin
    ExtractOptions options = new ExtractOptions();

    @Override
    public Integer call() throws SQLException {
        Usage usage = new Usage(spec);
        in.check(usage);
        usage.atLeast("--log-every", logEvery, 1);
        usage.atLeast("--batch", batch, 1);
        options.check(usage);
        if (db.toAbsolutePath().getParent() != null && !Files.isDirectory(db.toAbsolutePath().getParent())) {
            usage.fail("--db: the folder " + db.toAbsolutePath().getParent() + " does not exist");
        }
        PrintStream err = System.err;
        EventStore store;
        try {
            store = EventStore.open(db);
        } catch (StoreBusyException e) {
            throw usage.error("--db: " + e.getMessage());
        }
        store.batch(batch);
        Extractor extractor = options.extractor(usage);
        Progress progress = new Progress(err, logEvery, ArticleReader.estimate(in.inputs));
        ArticleReader reader = in.reader();
        int failures;
        try (store; ExtractionRun run = new ExtractionRun(extractor, in.threads, in.timeout, o -> {
            store.accept(o);
            progress.article(o.result().events().size());
        }, err)) {
            reader.read(in.inputs, System.in, item -> {
                if (!submit(store, run, item)) progress.skipped();
            });
            run.finish();
            failures = run.failures();
        } catch (UncheckedIOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cannot read standard input")) throw usage.error(e.getMessage());
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        progress.done();
        if (!reader.skipped().isEmpty()) err.println(ExtractCommand.skippedSummary(reader.skipped()));
        err.printf(Locale.ROOT, "ingest: %d articles stored (%d with error entries), %d skipped as already stored; store %s%n",
                store.stored(), failures, store.skipped(), db);
        try (EventStore reopened = EventStore.open(db)) {
            EventStore.Status s = reopened.status(0);
            err.printf(Locale.ROOT, "store now holds %d articles (%d failed), %d events, %d fused events; see wirecoder status, query, stats, export%n",
                    s.articles(), s.failed(), s.events(), s.fused());
        } catch (StoreBusyException | IOException e) {
            err.println("wirecoder: " + e.getMessage());
        }
        return failures == 0 ? 0 : 1;
    }

    /** Submits an item for coding; false when it is already stored and left out. */
    private static boolean submit(EventStore store, ExtractionRun run, InputItem item) {
        try {
            if (store.alreadyStored(item).isPresent()) {
                store.skip();
                return false;
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot read the store: " + e.getMessage(), e));
        }
        run.submit(item);
        return true;
    }

    /** A status line rewritten in place on a terminal; a plain line every N articles otherwise. With a known total, an ETA. */
    static final class Progress {
        private final PrintStream err;
        private final int every;
        private final java.util.OptionalLong total;
        private final boolean terminal = System.console() != null;
        private final long t0 = System.nanoTime();
        private long articles;
        private long skipped;
        private long events;
        private long lastDraw;

        Progress(PrintStream err, int every, java.util.OptionalLong total) {
            this.err = err;
            this.every = every;
            this.total = total;
        }

        void skipped() {
            skipped++;
        }

        void article(int eventCount) {
            articles++;
            events += eventCount;
            long now = System.nanoTime();
            if (terminal && now - lastDraw > 500_000_000L) {
                lastDraw = now;
                err.print("\r" + line());
                err.flush();
            } else if (!terminal && articles % every == 0) {
                err.println(line());
            }
        }

        String line() {
            double s = (System.nanoTime() - t0) / 1e9;
            double rate = s > 0 ? articles / s : 0;
            String eta = "";
            if (total.isPresent() && rate > 0) {
                long left = Math.max(0, total.getAsLong() - articles - skipped);
                long secs = Math.round(left / rate);
                eta = String.format(Locale.ROOT, ", %d of %d, ETA %d:%02d", articles + skipped, total.getAsLong(), secs / 60, secs % 60);
            }
            return String.format(Locale.ROOT, "ingest: %,d articles, %,d events, %.1f articles/s%s", articles, events, rate, eta);
        }

        void done() {
            if (terminal && articles > 0) err.println("\r" + line());
        }
    }
}
