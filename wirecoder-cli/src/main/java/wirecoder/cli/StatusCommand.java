package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirecoder.store.EventStore;

import java.util.concurrent.Callable;

/** {@code wirecoder status}: what the store holds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Counts of articles, events, fused events and failed articles in the store, the last ingest, and the latest failures.")
public final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--failures", defaultValue = "20", description = "How many of the latest failed articles to list (default: ${DEFAULT-VALUE}).")
    int failures;

    @Override
    public Integer call() throws Exception {
        Usage usage = new Usage(spec);
        usage.atLeast("--failures", failures, 0);
        try (EventStore opened = store.open(usage)) {
            EventStore.Status s = opened.status(failures);
            System.out.printf("store %s%narticles %d (failed %d)%nevents %d%nfused events %d%nlast ingest %s%n",
                    opened.path(), s.articles(), s.failed(), s.events(), s.fused(), s.lastIngest());
            if (!s.failures().isEmpty()) {
                System.out.println("latest failures:");
                for (String f : s.failures()) System.out.println("  " + f);
            }
        }
        return 0;
    }
}
