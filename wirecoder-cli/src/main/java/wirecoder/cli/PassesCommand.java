package wirecoder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirecoder.io.Passes;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wirecoder bench-passes --passes N -- COMMAND ARGS...}, for {@code bench --throughput}: runs a wirecoder command N
 * times in this JVM ({@code {pass}} in its arguments replaced by the pass number, so that each pass writes its own
 * output), on the models loaded once, and prints a {@link Passes} line after each.
 */
@Command(name = "bench-passes", hidden = true)
public final class PassesCommand implements Callable<Integer> {

    @Option(names = "--passes", defaultValue = "2")
    int passes;

    @Parameters(arity = "1..*")
    List<String> command;

    @Override
    public Integer call() {
        ExtractOptions.keepLoaded = true;
        try {
            Passes.run(passes, p -> {
                // Exit status 1 (some article has an error entry) is a finished run; 2 and 3 are not.
                int rc = Main.commandLine().execute(Passes.forPass(command, p));
                if (rc > 1) throw new IllegalStateException("pass " + p + " of '" + String.join(" ", command) + "' ended with exit status " + rc);
            }, System.out);
        } finally {
            ExtractOptions.forget();
        }
        return 0;
    }
}
