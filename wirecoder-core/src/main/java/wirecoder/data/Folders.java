package wirecoder.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Folder housekeeping for caches: the gazetteer fetch, its index builds and the benchmark's scratch index. */
public final class Folders {

    private Folders() {
    }

    /** Deletes {@code dir} and everything under it; nothing happens when it does not exist. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
