package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirecoder.store.EventStore;
import wirecoder.store.Exports;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wirecoder query}: the fused events a filter takes, as a table, JSON Lines or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Lists the store's fused events that the filters take, by first day: a readable table, JSON Lines or CSV.")
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many events; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        Usage usage = new Usage(spec);
        if (!List.of("table", "json", "csv").contains(format)) usage.fail("--format takes table, json or csv, not '" + format + "'");
        usage.atLeast("--limit", limit, 0);
        var filter = filters.filter(usage);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (EventStore s = store.open(usage)) {
            Exports exports = new Exports(s);
            List<Exports.Fused> events = exports.select(filter, limit);
            switch (format) {
                case "json" -> {
                    for (Exports.Fused f : events) out.println(exports.plover(f));
                }
                case "csv" -> exports.csv(events, out);
                default -> table(events, out);
            }
        }
        out.flush();
        return 0;
    }

    private static void table(List<Exports.Fused> events, PrintWriter out) {
        String fmt = "%-10s %-9s %-14s %-24s %-24s %-18s %-4s %5s %5s %3s%n";
        out.printf(Locale.ROOT, fmt, "date", "type", "mode", "actor", "recipient", "place", "cntry", "dead", "hurt", "src");
        for (Exports.Fused f : events) {
            Object[] v = {f.row().get("date_first"), f.row().get("event_type"), f.row().get("mode"), f.row().get("actor"),
                    f.row().get("recipient"), f.row().get("place"), f.row().get("country"), f.row().get("dead"),
                    f.row().get("injured"), f.row().get("num_sources")};
            int[] width = {10, 9, 14, 24, 24, 18, 4, 5, 5, 3};
            Object[] cut = new Object[v.length];
            for (int i = 0; i < v.length; i++) {
                String s = v[i] == null ? "" : v[i].toString();
                cut[i] = s.length() > width[i] ? s.substring(0, width[i] - 1) + "…" : s;
            }
            out.printf(Locale.ROOT, fmt, cut);
        }
        out.printf(Locale.ROOT, "%d event%s%n", events.size(), events.size() == 1 ? "" : "s");
    }
}
