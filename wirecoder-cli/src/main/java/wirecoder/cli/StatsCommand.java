package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirecoder.store.EventStore;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code wirecoder stats}: counts of fused events by day, type, country and actor. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts of the store's fused events by day, PLOVER type, country of the place and actor (the most frequent first).")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--top", defaultValue = "15", description = "Rows shown per table (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws Exception {
        Usage usage = new Usage(spec);
        usage.atLeast("--top", top, 1);
        try (EventStore s = store.open(usage); Statement st = s.connection().createStatement()) {
            table(st, "by day", "SELECT CAST(date_first AS VARCHAR), count(*) FROM fused WHERE date_first IS NOT NULL "
                    + "GROUP BY 1 ORDER BY 1 DESC LIMIT " + top);
            table(st, "by type", "SELECT event_type, count(*) FROM fused GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + top);
            table(st, "by country", "SELECT coalesce(country, '(no place)'), count(*) FROM fused GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + top);
            table(st, "by actor", "SELECT coalesce(nullif(actor, ''), '(no actor)'), count(*) FROM fused GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + top);
        }
        return 0;
    }

    private static void table(Statement st, String title, String sql) throws Exception {
        System.out.println(title);
        try (ResultSet r = st.executeQuery(sql)) {
            while (r.next()) System.out.printf(Locale.ROOT, "  %-40s %7d%n", r.getString(1), r.getLong(2));
        }
    }
}
