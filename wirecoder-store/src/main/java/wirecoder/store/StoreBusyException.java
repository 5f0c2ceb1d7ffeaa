package wirecoder.store;

import java.nio.file.Path;

/** The store is open in another process: DuckDB lets one process write a database file at a time. */
public final class StoreBusyException extends Exception {
    public StoreBusyException(Path path, String cause) {
        super("the store " + path + " is open in another process; wait for it to finish, or give another --db ("
                + cause.lines().findFirst().orElse(cause) + ")");
    }
}
