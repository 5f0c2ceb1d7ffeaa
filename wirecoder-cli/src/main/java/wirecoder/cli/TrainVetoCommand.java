package wirecoder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wirecoder.Extractor;
import wirecoder.eval.VetoTrainer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code wirecoder train-veto}: trains the learned veto from the hand-judged events and writes its model file. */
@Command(name = "train-veto", mixinStandardHelpOptions = true,
        description = {"Trains the learned veto (a logistic model that drops emitted events judged no event) from",
                "eval/veto-labels.tsv on TR-News, LGL and GeoVirus, tests it on GeoWebNews, and writes the model file."})
public final class TrainVetoCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    SharedEvalOption data;

    @Option(names = {"-o", "--out"}, defaultValue = "wirecoder-core/src/main/resources/veto/event-veto.tsv",
            description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--dump", description = "Also write every judged event with its features to this TSV file, for study.")
    Path dump;

    @Override
    public Integer call() throws Exception {
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Path shared = data.resolve("train-veto");
        if (shared == null) return 2;
        // The rules alone: the veto learns from what they emit.
        Extractor extractor = new Extractor(Extractor.Config.defaults().withLearnedVeto(false));
        VetoTrainer.train(extractor, shared, out, dump, log);
        return 0;
    }
}
