package wirecoder.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirecoder.Extractor;
import wirecoder.model.ArticleError;
import wirecoder.model.ExtractionResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code wirecoder extract}: articles in, one JSON line per article out, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events from articles: JSON Lines (.jsonl/.json), .txt and .html files, directories of them,",
                "or standard input ('-' or nothing). Writes one JSON line per article (../shared/spec/event-record.md).",
                "Exit status: 0 when every article was read cleanly, 1 when any article has an entry in 'errors'."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", description = "Input files or directories; '-' or none reads standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--published", description = "Publication date (YYYY-MM-DD) for .txt/.html input and JSON lines without one.")
    LocalDate published;

    @Option(names = "--explain", description = "Add to every event which rules fired on which tokens.")
    boolean explain;

    @Option(names = "--stats", description = "At the end, print on standard error how often each actor resolution rule decided.")
    boolean stats;

    @Option(names = "--threads", defaultValue = "1", description = "Articles processed in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = {"-o", "--output"}, description = "Write here instead of standard output.")
    Path output;

    @Mixin
    ExtractOptions options = new ExtractOptions();

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
        // Taken before CoreNLP loads: its logging may replace System.err with a filtered stream.
        PrintStream err = System.err;
        Extractor extractor = new Extractor(options.config());
        Writer out = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        Run run = new Run(extractor, threads, explain, out, err);
        try {
            new ArticleReader(published).read(inputs, System.in, run::submit);
            run.finish();
        } finally {
            out.flush();
            if (output != null) out.close();
        }
        if (stats || explain) {
            err.println(counted("wirecoder: actor rules:", extractor.actorRules(), "none decided"));
            err.println(counted("wirecoder: precision gate (events dropped):", extractor.gateRules(), "none"));
            err.println(counted("wirecoder: numbers not counted as people:", extractor.notCountRules(), "none"));
            err.println(counted("wirecoder: learned veto (events dropped):", extractor.veto().stream().toList(), "none"));
        }
        return run.failures == 0 ? 0 : 1;
    }

    /** "wirecoder: actor rules: table 41, role 12, ...": each rule that decided, in chain order, else {@code none}. */
    static String counted(String label, java.util.List<? extends wirecoder.data.CountedRule> rules, String none) {
        StringBuilder b = new StringBuilder(label);
        for (var r : rules) if (r.hits() > 0) b.append(' ').append(r.name()).append(' ').append(r.hits()).append(',');
        if (b.charAt(b.length() - 1) == ',') b.setLength(b.length() - 1);
        else b.append(' ').append(none);
        return b.toString();
    }

    /** Processes items on a pool and writes results in input order; counts articles with errors. */
    static final class Run {
        private final Extractor extractor;
        private final ExecutorService pool;
        private final Deque<Future<ObjectNode>> pending = new ArrayDeque<>();
        private final int window;
        private final boolean explain;
        private final Writer out;
        private final PrintStream err;
        private final RecordJson json = new RecordJson();
        int failures;
        int articles;

        Run(Extractor extractor, int threads, boolean explain, Writer out, PrintStream err) {
            this.extractor = extractor;
            this.pool = Executors.newFixedThreadPool(threads);
            this.window = threads * 4;
            this.explain = explain;
            this.out = out;
            this.err = err;
        }

        void submit(InputItem item) {
            pending.add(pool.submit(() -> process(item)));
            while (pending.size() >= window) writeOne();
        }

        void finish() {
            while (!pending.isEmpty()) writeOne();
            pool.shutdown();
        }

        private ObjectNode process(InputItem item) {
            if (item.article() == null) {
                for (ArticleError e : item.errors()) err.println("wirecoder: " + e.message());
                return json.failure(item.id(), item.errors());
            }
            ExtractionResult r;
            try {
                r = extractor.extract(item.article());
            } catch (RuntimeException e) {
                // One article's failure must not end the run.
                List<ArticleError> errors = new ArrayList<>(item.errors());
                errors.add(new ArticleError("internal", e.getClass().getSimpleName() + ": " + e.getMessage(), true));
                err.println("wirecoder: " + item.id() + ": extraction failed: " + e);
                return json.failure(item.id(), errors);
            }
            if (!item.errors().isEmpty()) {
                List<ArticleError> errors = new ArrayList<>(item.errors());
                errors.addAll(r.errors());
                r = new ExtractionResult(r.id(), r.published(), r.publishedInferred(), r.events(), r.places(), errors,
                        r.tokens(), r.sentences(), r.parsedSentences(), r.lead(), r.setAside());
            }
            return json.result(r, explain);
        }

        private void writeOne() {
            ObjectNode node;
            try {
                node = pending.removeFirst().get();
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
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
