package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The wirecoder command: extract events, evaluate, benchmark. Exit status: 0 all well; 1 some article has an error
 * entry (or an evaluation fell below a floor); 2 a usage error, said in one line; 3 an internal failure.
 */
@Command(name = "wirecoder", mixinStandardHelpOptions = true, version = "wirecoder 0.1.0",
        description = "Reads news and writes PLOVER/CAMEO event records.",
        subcommands = {ExtractCommand.class, IngestCommand.class, StatusCommand.class, QueryCommand.class, StatsCommand.class, ExportCommand.class, ServeCommand.class, EvalCommand.class, TrainVetoCommand.class, BenchCommand.class, BenchCommand.Run.class, PassesCommand.class, CoreNlpDefaultCommand.class})
public final class Main implements Runnable {

    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line with Wirecoder's exit statuses: usage errors and internal failures each say one line. */
    public static CommandLine commandLine() {
        return withExitStatuses(new CommandLine(new Main()));
    }

    /** Usage errors exit 2 and internal failures 3, each said in one line (the whole trace with WIRECODER_DEBUG set). */
    static CommandLine withExitStatuses(CommandLine cl) {
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + e.getMessage());
            err.println("(see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("wirecoder: internal error: " + e);
            StackTraceElement[] at = e.getStackTrace();
            if (at.length > 0) err.println("  at " + at[0] + " (set WIRECODER_DEBUG=1 for the whole trace)");
            if (System.getenv("WIRECODER_DEBUG") != null) e.printStackTrace(err);
            err.flush();
            return INTERNAL;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
