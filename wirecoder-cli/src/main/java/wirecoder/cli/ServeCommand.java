package wirecoder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirecoder.Extractor;
import wirecoder.server.ApiServer;
import wirecoder.store.EventStore;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code wirecoder serve}: the store's JSON API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a JSON API (/api/events, /api/events/{id}, /api/articles/{id}, /api/stats,",
                "/api/extract, /api/export, /api/openapi.json). Binds 127.0.0.1 unless --host says otherwise."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", defaultValue = "7070", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 shares it with the network).")
    String host;

    @Mixin
    ExtractOptions options = new ExtractOptions();

    @Override
    public Integer call() throws Exception {
        Usage usage = new Usage(spec);
        if (port < 0 || port > 65535) usage.fail("--port is 0 to 65535, not " + port);
        options.check(usage);
        EventStore opened = store.open(usage);
        // The models load when a first article is pasted, not before: serving the store needs none.
        Supplier<Extractor> extractor = new Supplier<>() {
            private Extractor loaded;

            @Override
            public synchronized Extractor get() {
                if (loaded == null) loaded = options.extractor(usage);
                return loaded;
            }
        };
        ApiServer server = new ApiServer(opened, extractor);
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            server.close();
            opened.close();
            throw usage.error("--port/--host: cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        System.err.println("wirecoder: serving " + store.db + " at http://" + host + ":" + bound + "/ (the page; the API under /api, described at /api/openapi.json)"
                + (host.equals("127.0.0.1") || host.equals("localhost") ? " (this machine only; --host 0.0.0.0 to share)" : " (open to the network)")
                + "; Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                opened.close();
            } catch (java.io.IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
