package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirecoder.store.EventFilter;
import wirecoder.store.EventStore;
import wirecoder.store.Exports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wirecoder stats}: counts of fused events by day, type, country and actor. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts of the store's fused events (those the filters take) by day (latest first), PLOVER type, country of the place and actor (the most frequent first).")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--top", defaultValue = "15", description = "Rows shown per table (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Override
    public Integer call() throws Exception {
        Usage usage = new Usage(spec);
        usage.atLeast("--top", top, 1);
        EventFilter filter = filters.filter(usage);
        try (EventStore s = store.open(usage)) {
            Exports.Counts c = new Exports(s).counts(filter, top);
            List<Exports.Count> days = new ArrayList<>(c.byDay());
            Collections.reverse(days);
            table("by day", days.subList(0, Math.min(top, days.size())), "(no date)");
            table("by type", c.byType(), "(no type)");
            table("by country", c.byCountry(), "(no place)");
            table("by actor", c.byActor(), "(no actor)");
        }
        return 0;
    }

    private static void table(String title, List<Exports.Count> rows, String none) {
        System.out.println(title);
        for (Exports.Count r : rows) System.out.printf(Locale.ROOT, "  %-40s %7d%n", r.key() == null ? none : r.key(), r.count());
    }
}
