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
import wirecoder.io.JsonLinesSink;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;



/** {@code wirecoder extract}: articles in, one JSON line per article out, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events from articles: JSON Lines (.jsonl/.json/.ndjson), .txt and .html files, folders of them",
                "(read recursively), or standard input ('-' or nothing). Writes one JSON line per article (../shared/spec/event-record.md).",
                "Exit status: 0 every article coded cleanly; 1 some article has an entry in 'errors'; 2 a usage error",
                "(bad option value, missing input or data file, unwritable output, closed standard input); 3 an internal failure."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions in = new InputOptions();

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

    @Option(names = {"-o", "--output"}, description = "Write here instead of standard output.")
    Path output;

    @Mixin
    ExtractOptions options = new ExtractOptions();

    @Override
    public Integer call() {
        Usage usage = new Usage(spec);
        in.check(usage);
        options.check(usage);
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
        ArticleReader reader = in.reader();
        int failures;
        try (JsonLinesSink sink = new JsonLinesSink(out, explain);
             ExtractionRun run = new ExtractionRun(extractor, in.threads, in.timeout, sink, err)) {
            reader.read(in.inputs, System.in, run::submit);
            run.finish();
            failures = run.failures();
        } catch (UncheckedIOException e) {
            throw usage.error(e.getMessage());
        } catch (IOException e) {
            throw usage.error("cannot finish writing the output: " + e.getMessage());
        } finally {
            if (output != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    err.println("wirecoder: cannot close " + output + ": " + e.getMessage());
                }
            }
        }
        if (!reader.skipped().isEmpty()) err.println(skippedSummary(reader.skipped()));
        if (stats || explain) {
            err.println(counted("wirecoder: actor rules:", extractor.actorRules(), "none decided"));
            err.println(counted("wirecoder: precision gate (events dropped):", extractor.gateRules(), "none"));
            err.println(counted("wirecoder: numbers not counted as people:", extractor.notCountRules(), "none"));
            err.println(counted("wirecoder: learned veto (events dropped):", extractor.veto().stream().toList(), "none"));
        }
        return failures == 0 ? 0 : 1;
    }

    /** "wirecoder: skipped 3 files of no kind read (.jsonl, ...): a.md, b.pdf, notes/c.docx". */
    static String skippedSummary(List<Path> skipped) {
        List<String> kinds = ArticleReader.Kind.endings();
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
}
