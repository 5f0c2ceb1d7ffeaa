package wirecoder.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirecoder.io.ArticleReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What extract and ingest read and how they run: the inputs, the default publication day, threads and the time limit. */
public final class InputOptions {

    @Parameters(arity = "0..*", description = "Input files, folders or http(s) URLs; '-' or none reads standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--published", converter = ExtractCommand.IsoDate.class,
            description = "Publication date (YYYY-MM-DD) for .txt/.html input and JSON lines without one.")
    LocalDate published;

    @Option(names = "--threads", defaultValue = "1", description = "Articles processed in parallel, 1 or more (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "An article still being coded after this many seconds is stopped with a 'timeout' entry (default: ${DEFAULT-VALUE}).")
    int timeout;

    /** Usage errors before anything loads: option values, inputs that do not exist, a closed standard input. */
    void check(Usage usage) {
        usage.atLeast("--threads", threads, 1);
        usage.atLeast("--timeout", timeout, 1);
        for (String in : inputs) {
            if (!in.equals("-") && !ArticleReader.isUrl(in) && !Files.exists(Path.of(in))) usage.fail("no such input file or folder: " + in);
        }
        if ((inputs.isEmpty() || inputs.contains("-")) && StandardInput.isClosed()) {
            usage.fail("standard input is closed; name input files, or give articles on standard input");
        }
    }

    ArticleReader reader() {
        return new ArticleReader(published);
    }
}
