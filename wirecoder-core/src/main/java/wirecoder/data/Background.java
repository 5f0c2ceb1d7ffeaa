package wirecoder.data;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model or table loaded on its own thread while the caller loads something else. Start-up is
 * most of a short run's time (the CoreNLP models take seconds), and loads overlap well on two cores.
 * A plain thread, not the common fork-join pool: on a two-core machine that pool has one worker,
 * so a load submitted from inside another load would wait for it.
 */
public final class Background<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final String what;

    private Background(String what, Supplier<T> load) {
        this.what = what;
        Thread t = new Thread(() -> {
            try {
                result.complete(load.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "wirecoder-load-" + what);
        t.setDaemon(true);
        t.start();
    }

    /** Starts loading {@code what} now. */
    public static <T> Background<T> load(String what, Supplier<T> load) {
        return new Background<>(what, load);
    }

    /** Waits for the load; its failure is rethrown here, on the caller's thread, naming what failed to load. */
    public T get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException("cannot load " + what, cause);
        }
    }
}
