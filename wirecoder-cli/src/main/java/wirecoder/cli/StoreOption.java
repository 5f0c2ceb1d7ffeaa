package wirecoder.cli;

import picocli.CommandLine.Option;
import wirecoder.store.EventStore;
import wirecoder.store.StoreBusyException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** {@code --db}: the store a reading command opens, which must exist. */
public final class StoreOption {

    @Option(names = "--db", defaultValue = "wirecoder.duckdb", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    EventStore open(Usage usage) throws SQLException {
        if (!Files.isRegularFile(db)) usage.fail("--db: no store at " + db + " (wirecoder ingest makes one)");
        try {
            return EventStore.open(db);
        } catch (StoreBusyException e) {
            throw usage.error("--db: " + e.getMessage());
        }
    }
}
