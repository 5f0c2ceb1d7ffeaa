package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirecoder.store.EventStore;
import wirecoder.store.Exports;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code wirecoder export}: the fused events a filter takes, in a format for R, pandas, QGIS or Excel. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's fused events that the filters take: plover-jsonl (with every report), acled-csv,",
                "gdelt-tsv, geojson, parquet (needs -o) or csv."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", required = true, description = "plover-jsonl, acled-csv, gdelt-tsv, geojson, parquet or csv.")
    String format;

    @Option(names = {"-o", "--output"}, description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Usage usage = new Usage(spec);
        Exports.Format f;
        try {
            f = Exports.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw usage.error("--format: " + e.getMessage());
        }
        if (f == Exports.Format.PARQUET && output == null) usage.fail("--format parquet needs -o FILE");
        if (output != null && output.toAbsolutePath().getParent() != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            usage.fail("-o/--output: the folder " + output.toAbsolutePath().getParent() + " does not exist");
        }
        var filter = filters.filter(usage);
        try (EventStore s = store.open(usage)) {
            Writer out = f == Exports.Format.PARQUET ? Writer.nullWriter() : output == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
            int n;
            try {
                n = new Exports(s).write(f, filter, out, output);
            } finally {
                if (output != null) out.close();
                else out.flush();
            }
            System.err.println("export: " + n + " fused events as " + f.label() + (output == null ? "" : " to " + output));
        }
        return 0;
    }
}
