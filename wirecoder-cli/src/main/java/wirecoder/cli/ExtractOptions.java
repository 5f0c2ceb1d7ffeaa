package wirecoder.cli;

import picocli.CommandLine.Option;
import wirecoder.Extractor;
import wirecoder.nlp.NlpOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the commands that build an extractor. */
public final class ExtractOptions {

    @Option(names = "--max-chars", defaultValue = "100000",
            description = "Articles longer than this are cut, with an error entry (default: ${DEFAULT-VALUE}).")
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
}
