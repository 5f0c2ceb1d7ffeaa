package wirecoder.cli;

import picocli.CommandLine.Option;
import wirecoder.eval.Suites;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --data} option of the commands that read the shared gold data, and where it is found. */
public final class SharedEvalOption {

    @Option(names = "--data", description = "The shared eval folder (default: ../shared/eval, found from here upwards).")
    Path data;

    /** The shared eval folder, or null after saying on standard error that there is none. */
    Path resolve(String command) {
        Path shared = data != null ? data : Suites.findSharedEval();
        if (shared == null || !Files.isDirectory(shared)) {
            System.err.println("wirecoder " + command + ": no gold data: "
                    + (data != null ? data + " is not a folder" : "../shared/eval not found; give --data DIR"));
            return null;
        }
        return shared;
    }
}
