package wirecoder.cli;

import picocli.CommandLine;

/**
 * Usage errors of a command: each one a line that names the option and the values it takes, reported by
 * {@link Main} with exit status 2 and no stack trace.
 */
final class Usage {

    private final CommandLine.Model.CommandSpec spec;

    Usage(CommandLine.Model.CommandSpec spec) {
        this.spec = spec;
    }

    CommandLine.ParameterException error(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    void fail(String message) {
        throw error(message);
    }

    void atLeast(String option, long value, long least) {
        if (value < least) fail(option + " must be " + least + " or more, not " + value);
    }

    /** A file an option names must exist and be a file. */
    void file(String option, java.nio.file.Path file) {
        if (file != null && !java.nio.file.Files.isRegularFile(file)) fail(option + ": no such file: " + file);
    }
}
