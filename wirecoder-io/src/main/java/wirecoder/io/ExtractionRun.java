package wirecoder.io;

import wirecoder.Extractor;
import wirecoder.model.ArticleError;
import wirecoder.model.ErrorCode;
import wirecoder.model.ExtractionResult;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Extracts items on a pool of threads and hands the outcomes to a sink in input order; counts articles with errors.
 * Each article has a time limit: a watchdog interrupts its thread when the limit passes and the extractor stops at its
 * next check, with a {@code timeout} entry. An article that ignores the interrupt is abandoned after a grace period,
 * and the pool grows by a thread, so the run goes on. One article's failure never ends the run.
 */
public final class ExtractionRun implements AutoCloseable {

    /** How long past the limit the run waits for an article that does not stop, before abandoning it. */
    static final int GRACE_SECONDS = 30;

    private final Extractor extractor;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final int window;
    private final int timeout;
    private final OutcomeSink sink;
    private final PrintStream err;
    private int failures;
    private int articles;

    private record Pending(InputItem item, Future<ExtractionResult> result) {
    }

    /**
     * @param timeout seconds an article may take
     * @param err     where problems that stop an article are also said
     */
    public ExtractionRun(Extractor extractor, int threads, int timeout, OutcomeSink sink, PrintStream err) {
        if (threads < 1 || timeout < 1) throw new IllegalArgumentException("threads and timeout must be 1 or more");
        this.extractor = extractor;
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), daemon("wirecoder-worker"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("wirecoder-watchdog"));
        this.window = threads * 4;
        this.timeout = timeout;
        this.sink = sink;
        this.err = err;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Queues an item; hands finished outcomes to the sink while too many wait. */
    public void submit(InputItem item) {
        pending.add(new Pending(item, pool.submit(() -> process(item))));
        while (pending.size() >= window) handOne();
    }

    /** Hands every outcome still pending to the sink. */
    public void finish() {
        while (!pending.isEmpty()) handOne();
    }

    /** Articles handed to the sink, and those of them with an error entry. */
    public int articles() {
        return articles;
    }

    public int failures() {
        return failures;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        watchdog.shutdownNow();
    }

    /** One article's watch: the watchdog interrupts the worker unless the article finished first. */
    private static final class Watch {
        private final Thread worker = Thread.currentThread();
        private boolean finished;
        private boolean expired;

        synchronized void expire() {
            if (finished) return;
            expired = true;
            worker.interrupt();
        }

        /** Ends the watch; true when the time limit had already stopped the article. */
        synchronized boolean finish() {
            finished = true;
            Thread.interrupted();
            return expired;
        }
    }

    private ExtractionResult process(InputItem item) {
        if (item.article() == null) {
            for (ArticleError e : item.errors()) err.println("wirecoder: " + e.message());
            return ExtractionResult.failed(item.id(), null, item.errors());
        }
        Watch watch = new Watch();
        ScheduledFuture<?> alarm = watchdog.schedule(watch::expire, timeout, TimeUnit.SECONDS);
        long t0 = System.nanoTime();
        ExtractionResult r;
        try {
            r = extractor.extract(item.article());
        } catch (RuntimeException | StackOverflowError e) {
            alarm.cancel(false);
            if (watch.finish()) return failure(item, timedOut(item, (System.nanoTime() - t0) / 1_000_000_000L, e.getMessage()));
            err.println("wirecoder: " + item.id() + ": extraction failed: " + e);
            return failure(item, new ArticleError(ErrorCode.INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        alarm.cancel(false);
        watch.finish();
        if (item.errors().isEmpty()) return r;
        List<ArticleError> errors = new ArrayList<>(item.errors());
        errors.addAll(r.errors());
        return new ExtractionResult(r.id(), r.published(), r.publishedInferred(), r.events(), r.places(), errors,
                r.tokens(), r.sentences(), r.parsedSentences(), r.lead(), r.setAside());
    }

    /** An item that gave nothing: the problems met reading it, then the one that stopped it. */
    private static ExtractionResult failure(InputItem item, ArticleError last) {
        List<ArticleError> errors = new ArrayList<>(item.errors());
        errors.add(last);
        String published = item.article() == null || item.article().published() == null ? null : item.article().published().toString();
        return ExtractionResult.failed(item.id(), published, errors);
    }

    private ArticleError timedOut(InputItem item, long seconds, String where) {
        err.println("wirecoder: " + item.id() + ": stopped after " + seconds + " s (--timeout " + timeout + ")");
        return new ArticleError(ErrorCode.TIMEOUT, "stopped after " + seconds + " s, over the limit of " + timeout
                + " s (--timeout)" + (where == null ? "" : ": " + where));
    }

    private void handOne() {
        Pending p = pending.removeFirst();
        ExtractionResult result;
        try {
            result = p.result().get(timeout + GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // The article ignores its interrupt: leave its thread behind, and give the pool a new one.
            p.result().cancel(true);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            result = failure(p.item(), timedOut(p.item(), timeout + GRACE_SECONDS, "abandoned"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        Outcome o = new Outcome(p.item(), result);
        articles++;
        if (o.failed()) failures++;
        try {
            sink.accept(o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }
}
