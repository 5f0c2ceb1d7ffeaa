package wirecoder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wirecoder.Extractor;
import wirecoder.io.ArticleReader;
import wirecoder.io.InputItem;
import wirecoder.io.RecordJson;
import wirecoder.model.ArticleError;
import wirecoder.model.ErrorCode;
import wirecoder.model.ExtractionResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code wirecoder extract}: articles in, one JSON line per article out, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events from articles: JSON Lines (.jsonl/.json/.ndjson), .txt and .html files, folders of them",
                "(read recursively), or standard input ('-' or nothing). Writes one JSON line per article (../shared/spec/event-record.md).",
                "Exit status: 0 every article coded cleanly; 1 some article has an entry in 'errors'; 2 a usage error",
                "(bad option value, missing input or data file, unwritable output, closed standard input); 3 an internal failure."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", description = "Input files or folders; '-' or none reads standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--published", converter = IsoDate.class,
            description = "Publication date (YYYY-MM-DD) for .txt/.html input and JSON lines without one.")
    LocalDate published;

    /** "2024-13-01 is not a date (YYYY-MM-DD)" rather than the parser's exception. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    @Option(names = "--explain", description = "Add to every event which rules fired on which tokens.")
    boolean explain;

    @Option(names = "--stats", description = "At the end, print on standard error how often each actor resolution rule decided.")
    boolean stats;

    @Option(names = "--threads", defaultValue = "1", description = "Articles processed in parallel, 1 or more (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "An article still being coded after this many seconds is stopped with a 'timeout' entry (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = {"-o", "--output"}, description = "Write here instead of standard output.")
    Path output;

    @Mixin
    ExtractOptions options = new ExtractOptions();

    @Override
    public Integer call() {
        Usage usage = new Usage(spec);
        usage.atLeast("--threads", threads, 1);
        usage.atLeast("--timeout", timeout, 1);
        options.check(usage);
        for (String in : inputs) {
            if (!in.equals("-") && !Files.exists(Path.of(in))) usage.fail("no such input file or folder: " + in);
        }
        if ((inputs.isEmpty() || inputs.contains("-")) && StandardInput.isClosed()) {
            usage.fail("standard input is closed; name input files, or give articles on standard input");
        }
        if (output != null && output.toAbsolutePath().getParent() != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            usage.fail("-o/--output: the folder " + output.toAbsolutePath().getParent() + " does not exist");
        }
        // Taken before CoreNLP loads: its logging may replace System.err with a filtered stream.
        PrintStream err = System.err;
        Extractor extractor = options.extractor(usage);
        Writer out;
        try {
            out = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw usage.error("-o/--output: cannot write " + output + ": " + e.getMessage());
        }
        Run run = new Run(extractor, threads, timeout, explain, out, err);
        ArticleReader reader = new ArticleReader(published);
        try {
            reader.read(inputs, System.in, run::submit);
            run.finish();
        } catch (UncheckedIOException e) {
            throw usage.error(e.getMessage());
        } finally {
            run.close();
            try {
                out.flush();
                if (output != null) out.close();
            } catch (IOException e) {
                err.println("wirecoder: cannot finish writing the output: " + e.getMessage());
            }
        }
        if (!reader.skipped().isEmpty()) err.println(skippedSummary(reader.skipped()));
        if (stats || explain) {
            err.println(counted("wirecoder: actor rules:", extractor.actorRules(), "none decided"));
            err.println(counted("wirecoder: precision gate (events dropped):", extractor.gateRules(), "none"));
            err.println(counted("wirecoder: numbers not counted as people:", extractor.notCountRules(), "none"));
            err.println(counted("wirecoder: learned veto (events dropped):", extractor.veto().stream().toList(), "none"));
        }
        return run.failures == 0 ? 0 : 1;
    }

    /** "wirecoder: skipped 3 files of no kind read (.jsonl, ...): a.md, b.pdf, notes/c.docx". */
    static String skippedSummary(List<Path> skipped) {
        List<String> kinds = new ArrayList<>(ArticleReader.JSON_LINES);
        kinds.addAll(ArticleReader.TEXT);
        kinds.addAll(ArticleReader.HTML);
        int shown = Math.min(skipped.size(), 10);
        StringBuilder b = new StringBuilder("wirecoder: skipped " + skipped.size() + " file" + (skipped.size() == 1 ? "" : "s")
                + " of no kind read (" + String.join(", ", kinds) + "): ");
        for (int i = 0; i < shown; i++) b.append(i > 0 ? ", " : "").append(skipped.get(i));
        if (skipped.size() > shown) b.append(" and ").append(skipped.size() - shown).append(" more");
        return b.toString();
    }

    /** "wirecoder: actor rules: table 41, role 12, ...": each rule that decided, in chain order, else {@code none}. */
    static String counted(String label, List<? extends wirecoder.data.CountedRule> rules, String none) {
        StringBuilder b = new StringBuilder(label);
        for (var r : rules) if (r.hits() > 0) b.append(' ').append(r.name()).append(' ').append(r.hits()).append(',');
        if (b.charAt(b.length() - 1) == ',') b.setLength(b.length() - 1);
        else b.append(' ').append(none);
        return b.toString();
    }

    /**
     * Processes items on a pool and writes results in input order; counts articles with errors. Each article has a
     * time limit: a watchdog interrupts its thread when the limit passes, and the extractor stops at its next check.
     * An article that ignores the interrupt is abandoned after a grace period, and the pool grows by a thread so the
     * run goes on.
     */
    static final class Run {
        /** How long past the limit the writer waits for an article that does not stop, before abandoning it. */
        static final int GRACE_SECONDS = 30;

        private final Extractor extractor;
        private final ThreadPoolExecutor pool;
        private final ScheduledExecutorService watchdog;
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final int window;
        private final int timeout;
        private final boolean explain;
        private final Writer out;
        private final PrintStream err;
        private final RecordJson json = new RecordJson();
        int failures;
        int articles;

        private record Pending(InputItem item, Future<ObjectNode> result) {
        }

        Run(Extractor extractor, int threads, int timeout, boolean explain, Writer out, PrintStream err) {
            this.extractor = extractor;
            this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), daemon("wirecoder-worker"));
            this.watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(daemon("wirecoder-watchdog"));
            this.window = threads * 4;
            this.timeout = timeout;
            this.explain = explain;
            this.out = out;
            this.err = err;
        }

        private static java.util.concurrent.ThreadFactory daemon(String name) {
            return r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            };
        }

        void submit(InputItem item) {
            pending.add(new Pending(item, pool.submit(() -> process(item))));
            while (pending.size() >= window) writeOne();
        }

        void finish() {
            while (!pending.isEmpty()) writeOne();
        }

        void close() {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }

        /** One article's watch: the watchdog interrupts the worker unless the article finished first. */
        private static final class Watch {
            private final Thread worker = Thread.currentThread();
            private boolean finished;
            private boolean expired;

            synchronized void expire() {
                if (finished) return;
                expired = true;
                worker.interrupt();
            }

            /** Ends the watch; true when the time limit had already stopped the article. */
            synchronized boolean finish() {
                finished = true;
                Thread.interrupted();
                return expired;
            }
        }

        private ObjectNode process(InputItem item) {
            if (item.article() == null) {
                for (ArticleError e : item.errors()) err.println("wirecoder: " + e.message());
                return json.failure(item.id(), item.errors());
            }
            Watch watch = new Watch();
            ScheduledFuture<?> alarm = watchdog.schedule(watch::expire, timeout, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            ExtractionResult r;
            try {
                r = extractor.extract(item.article());
            } catch (RuntimeException | StackOverflowError e) {
                alarm.cancel(false);
                boolean expired = watch.finish();
                List<ArticleError> errors = new ArrayList<>(item.errors());
                if (expired) {
                    errors.add(timedOut(item, (System.nanoTime() - t0) / 1_000_000_000L, e.getMessage()));
                } else {
                    // One article's failure must not end the run.
                    errors.add(new ArticleError(ErrorCode.INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage()));
                    err.println("wirecoder: " + item.id() + ": extraction failed: " + e);
                }
                return json.failure(item.id(), errors);
            }
            alarm.cancel(false);
            watch.finish();
            if (!item.errors().isEmpty()) {
                List<ArticleError> errors = new ArrayList<>(item.errors());
                errors.addAll(r.errors());
                r = new ExtractionResult(r.id(), r.published(), r.publishedInferred(), r.events(), r.places(), errors,
                        r.tokens(), r.sentences(), r.parsedSentences(), r.lead(), r.setAside());
            }
            return json.result(r, explain);
        }

        private ArticleError timedOut(InputItem item, long seconds, String where) {
            err.println("wirecoder: " + item.id() + ": stopped after " + seconds + " s (--timeout " + timeout + ")");
            return new ArticleError(ErrorCode.TIMEOUT, "stopped after " + seconds + " s, over the limit of " + timeout
                    + " s (--timeout)" + (where == null ? "" : ": " + where));
        }

        private void writeOne() {
            Pending p = pending.removeFirst();
            ObjectNode node;
            try {
                node = p.result().get(timeout + GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // The article ignores its interrupt: leave its thread behind, and give the pool a new one.
                p.result().cancel(true);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                List<ArticleError> errors = new ArrayList<>(p.item().errors());
                errors.add(timedOut(p.item(), timeout + GRACE_SECONDS, "abandoned"));
                node = json.failure(p.item().id(), errors);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            articles++;
            if (node.get("errors").size() > 0) failures++;
            try {
                out.write(json.mapper().writeValueAsString(node));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
            }
        }
    }
}
