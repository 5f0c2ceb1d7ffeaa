package wirecoder.cli;

import picocli.CommandLine.Option;
import wirecoder.Extractor;
import wirecoder.data.DataFileException;
import wirecoder.geo.GazetteerException;
import wirecoder.nlp.NlpOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the commands that build an extractor. */
public final class ExtractOptions {

    @Option(names = "--max-chars", defaultValue = "100000",
            description = "Articles longer than this many characters (1 or more) are cut, with an error entry (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--actors", description = "Extra actor table (TSV, columns of actors/actors.tsv); repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--lexicon", description = "Extra trigger lexicon (TSV, columns of lexicon/triggers.tsv), read first; repeatable.")
    List<Path> lexiconFiles = new ArrayList<>();

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "GeoNames dump (cities1000.zip, cities5000.zip, allCountries.zip or a .txt) instead of the cached cities500.txt.")
    Path gazetteer;

    @Option(names = "--no-veto", description = "Emit every event the rules find: no learned veto after them.")
    boolean noVeto;

    Extractor.Config config() {
        return new Extractor.Config(NlpOptions.defaults(), maxChars, actorFiles, lexiconFiles, gazetteer, !noVeto);
    }

    /** The option values that can be judged before anything loads. */
    void check(Usage usage) {
        usage.atLeast("--max-chars", maxChars, 1);
        for (Path f : actorFiles) usage.file("--actors", f);
        for (Path f : lexiconFiles) usage.file("--lexicon", f);
        usage.file("--gazetteer", gazetteer);
    }

    /**
     * Whether a built extractor is kept for the next command of this JVM with the same options: only the throughput
     * benchmark's passes ({@code bench-passes}) turn it on, so that their second pass runs on loaded models as a
     * long-running job would. Off, every command builds its own (a changed data file is read again).
     */
    static volatile boolean keepLoaded;
    private static Extractor loaded;
    private static Extractor.Config loadedConfig;

    /** Turns the keeping off and lets the kept extractor go. */
    static synchronized void forget() {
        keepLoaded = false;
        loaded = null;
        loadedConfig = null;
    }

    /** The extractor; a data file given on the command line that cannot be used is a usage error naming its option. */
    Extractor extractor(Usage usage) {
        try {
            Extractor.Config config = config();
            if (!keepLoaded) return new Extractor(config);
            synchronized (ExtractOptions.class) {
                if (loaded == null || !config.equals(loadedConfig)) {
                    // Let the old models go before the new ones load: two sets would not fit a small heap.
                    loaded = null;
                    loadedConfig = null;
                    loaded = new Extractor(config);
                    loadedConfig = config;
                }
                return loaded;
            }
        } catch (DataFileException e) {
            String option = named(e.getMessage(), actorFiles) ? "--actors" : named(e.getMessage(), lexiconFiles) ? "--lexicon" : null;
            if (option == null) throw e;
            throw usage.error(option + ": " + e.getMessage());
        } catch (GazetteerException e) {
            if (gazetteer == null) throw e;
            throw usage.error("--gazetteer: " + e.getMessage());
        }
    }

    private static boolean named(String message, List<Path> files) {
        for (Path f : files) if (message.contains(f.toString()) || message.contains(f.getFileName().toString())) return true;
        return false;
    }
}
