package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The wirecoder command: extract events, benchmark. */
@Command(name = "wirecoder", mixinStandardHelpOptions = true, version = "wirecoder 0.1.0",
        description = "Reads news and writes PLOVER/CAMEO event records.",
        subcommands = {ExtractCommand.class, EvalCommand.class, TrainVetoCommand.class, BenchCommand.class, BenchCommand.Run.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
