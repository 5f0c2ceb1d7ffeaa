package wirecoder.io;

import java.io.IOException;

/** Where outcomes go, one at a time and in input order: JSON Lines for {@code extract}, the store for {@code ingest}. */
public interface OutcomeSink extends AutoCloseable {

    void accept(Outcome outcome) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
