package wirecoder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import wirecoder.Extractor;
import wirecoder.data.Folders;
import wirecoder.geo.GeoName;
import wirecoder.geo.GeoNamesSource;
import wirecoder.io.ArticleReader;
import wirecoder.io.InputItem;
import wirecoder.io.Outcome;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Place;
import wirecoder.model.TimeRef;
import wirecoder.server.ApiServer;
import wirecoder.store.EventStore;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code wirecoder bench --serve}: a store of generated events, the API under load, and the page in Chromium.
 * <p>
 * The corpus is generated from the samples, coded once for real: each generated article is a sample's text (with a
 * line that makes it a new article) and its coded events, moved to a random GeoNames city of 100,000 people or more and
 * a random day in three years. The store then fuses them as it fuses any ingest. The load is {@code /api/events} with
 * filters drawn from the store's own counts (type, country, actor, dates, a bounding box, words), from a few clients in
 * this JVM, after a warm-up; the page's load time is from navigation to the last marker drawn.
 */
final class ServeBench {

    /** Cities this large or larger are where generated events happen. */
    static final long MIN_POPULATION = 100_000;
    /** Generated days run over this many days from {@link #FIRST_DAY}. */
    static final int DAYS = 3 * 365;
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int WARMUP_REQUESTS = 300;
    /** Page loads timed; the median is printed. */
    static final int PAGE_LOADS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Held so that its level stays set: Selenium warns of CDP versions, which nothing here uses. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private ServeBench() {
    }

    /**
     * @param keep a store to use, generated first where the file is not there, and left for {@code serve}; null for a
     *             temporary one
     */
    static void run(PrintStream out, int events, int clients, int requests, Path keep) throws Exception {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path dir = Files.createTempDirectory("wirecoder-serve-bench");
        try {
            boolean reuse = keep != null && Files.exists(keep);
            Path target = keep == null ? dir.resolve("bench.duckdb") : keep;
            if (!reuse) {
                // Generated into the temporary folder and moved into place whole: a run stopped halfway leaves no
                // half-built store for the next one to take.
                Path building = dir.resolve("building.duckdb");
                List<Outcome> samples = codeSamples();
                List<GeoName> cities = cities();
                long t0 = System.nanoTime();
                int stored;
                int articles;
                try (EventStore generating = EventStore.open(building)) {
                    generating.batch(200);
                    stored = generate(generating, samples, cities, events);
                    generating.commit();
                    articles = generating.stored();
                }
                Files.move(building, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                double generated = seconds(t0);
                out.printf(Locale.ROOT, "serve bench: %,d generated events in %,d articles (from %d coded samples, %,d GeoNames cities); "
                        + "stored and fused in %.1f s (%,.0f events/s)%n", stored, articles, samples.size(), cities.size(),
                        generated, stored / generated);
            }
            EventStore store = EventStore.open(target);
            EventStore.Status st = store.status(0);
            out.printf(Locale.ROOT, "store%s: %,d articles, %,d events, %,d fused events%n", reuse ? " " + keep + " (reused)" : "",
                    st.articles(), st.events(), st.fused());
            try (ApiServer server = new ApiServer(store, () -> {
                throw new IllegalStateException("the serve bench codes no pasted articles");
            })) {
                String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
                load(out, base, clients, requests);
                single(out, base, "api/points", "every placed event, for the map");
                single(out, base, "api/stats", "counts for the charts");
                page(out, base);
            } finally {
                store.close();
            }
        } finally {
            Folders.delete(dir);
        }
    }

    /** The samples, coded once: what generated articles copy. */
    private static List<Outcome> codeSamples() {
        Extractor extractor = new Extractor(Extractor.Config.defaults());
        List<Outcome> out = new ArrayList<>();
        new ArticleReader(null).read(List.of("samples"), new ByteArrayInputStream(new byte[0]), item -> {
            if (item.article() != null) out.add(new Outcome(item, extractor.extract(item.article())));
        });
        if (out.isEmpty()) throw new IllegalStateException("no articles in samples/: run the bench from the project folder");
        return out;
    }

    private static List<GeoName> cities() {
        List<GeoName> out = new ArrayList<>();
        GeoNamesSource.locate(null, GeoNamesSource.cacheDir()).forEach(g -> {
            if (g.population() >= MIN_POPULATION && "P".equals(g.featureClass()) && iso3(g.countryCode()) != null) out.add(g);
        });
        return out;
    }

    private static String iso3(String iso2) {
        try {
            String c = new Locale("", iso2).getISO3Country();
            return c.isEmpty() ? null : c;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Stores generated articles until {@code events} events are stored; returns how many. */
    private static int generate(EventStore store, List<Outcome> samples, List<GeoName> cities, int events) throws Exception {
        Random random = new Random(20261130);
        int stored = 0;
        for (int n = 0; stored < events; n++) {
            Outcome sample = samples.get(n % samples.size());
            if (sample.result().events().isEmpty()) continue;
            GeoName city = cities.get(random.nextInt(cities.size()));
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            Outcome copy = copy(sample, "gen-" + n, day, city);
            store.accept(copy);
            stored += copy.result().events().size();
        }
        return stored;
    }

    /** A sample as a new article: its own id and text, its events on {@code day}'s scale and at {@code city}. */
    private static Outcome copy(Outcome sample, String id, LocalDate published, GeoName city) {
        Article a = sample.item().article();
        ExtractionResult r = sample.result();
        long shift = a.published() == null ? 0 : ChronoUnit.DAYS.between(a.published(), published);
        Place place = new Place(city.name(), city.name(), -1, -1, city.geonameid(), city.lat(), city.lon(), iso3(city.countryCode()),
                city.admin1Code(), city.featureCode(), "town", false);
        List<EventRecord> events = new ArrayList<>();
        for (EventRecord e : r.events()) {
            events.add(new EventRecord(id + e.id().substring(r.id().length()), e.eventType(), e.mode(), e.context(), e.cameo(),
                    e.quadClass(), e.actor(), e.recipient(), shifted(e.date(), shift), e.location() == null ? null : place, e.size(),
                    e.factuality(), e.factualityCue(), e.attribution(), e.trigger(), e.sentence(), e.evidence(), e.explanation(),
                    e.depth(), e.weapon(), e.acled(), e.mentions()));
        }
        Article article = new Article(id, published, a.title(), a.text() + "\n\n(generated copy " + id + " for the serve bench)", null, "bench");
        return new Outcome(InputItem.of(article, List.of()), new ExtractionResult(id, published.toString(), false, events, r.places(),
                r.errors(), r.tokens(), r.sentences(), r.parsedSentences(), r.lead(), r.setAside()));
    }

    /** A date moved by {@code days}, kept at its precision (a month stays a month). */
    private static TimeRef shifted(TimeRef t, long days) {
        if (t == null || t.value() == null || t.precision() == null) return t;
        String v = t.value();
        String moved = switch (t.precision()) {
            case "day", "week" -> LocalDate.parse(v).plusDays(days).toString();
            case "month" -> java.time.YearMonth.from(LocalDate.parse(v + "-01").plusDays(days)).toString();
            case "year" -> String.valueOf(LocalDate.parse(v + "-07-01").plusDays(days).getYear());
            default -> v;
        };
        return new TimeRef(moved, t.text(), t.precision(), t.start(), t.end(), t.basis());
    }

    /** {@code requests} filtered listings from {@code clients} threads; prints requests/s and latency percentiles. */
    private static void load(PrintStream out, String base, int clients, int requests) throws Exception {
        List<String> queries = queries(base, Math.max(requests, WARMUP_REQUESTS));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < WARMUP_REQUESTS; i++) get(http, base + queries.get(i));
        long[] micros = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    get(http, base + queries.get(i));
                    micros[i] = (System.nanoTime() - s) / 1000;
                }
                return null;
            }));
        }
        for (Future<?> f : running) f.get();
        double wall = seconds(t0);
        pool.shutdown();
        Arrays.sort(micros);
        out.printf(Locale.ROOT, "/api/events with filters: %,d requests from %d clients in %.1f s: %.0f requests/s; latency p50 %.1f ms, "
                        + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", requests, clients, wall, requests / wall, pct(micros, 50), pct(micros, 95),
                pct(micros, 99), micros[micros.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    /** Filtered listings as a user of the page asks for them, with values from the store's own counts. */
    private static List<String> queries(String base, int n) throws Exception {
        JsonNode stats = JSON.readTree(get(HttpClient.newHttpClient(), base + "api/stats"));
        List<String> types = keys(stats.path("by_type"));
        List<String> countries = keys(stats.path("by_country"));
        List<String> actors = keys(stats.path("by_actor"));
        List<String> sorts = List.of("date", "-date", "-sources", "-dead");
        Random random = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> p = new ArrayList<>();
            switch (i % 6) {
                case 0 -> p.add("type=" + pick(types, random));
                case 1 -> p.add("country=" + pick(countries, random));
                case 2 -> p.add("actor=" + enc(pick(actors, random)));
                case 3 -> {
                    LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS - 30));
                    p.add("from=" + from + "&to=" + from.plusDays(30));
                }
                case 4 -> {
                    double w = -180 + random.nextDouble() * 300;
                    double s = -60 + random.nextDouble() * 90;
                    p.add(String.format(Locale.ROOT, "bbox=%.2f,%.2f,%.2f,%.2f", w, s, w + 40, s + 30));
                }
                default -> p.add("type=" + pick(types, random) + "&text=killed");
            }
            p.add("sort=" + pick(sorts, random));
            p.add("limit=100");
            out.add("api/events?" + String.join("&", p));
        }
        return out;
    }

    private static List<String> keys(JsonNode counts) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : counts) if (c.hasNonNull("key")) out.add(c.get("key").asText());
        if (out.isEmpty()) throw new IllegalStateException("the generated store has no " + counts);
        return out;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One request repeated; prints the median time and the answer's size. */
    private static void single(PrintStream out, String base, String path, String what) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long[] micros = new long[7];
        int size = 0;
        for (int i = 0; i < micros.length; i++) {
            long s = System.nanoTime();
            size = get(http, base + path).length();
            micros[i] = (System.nanoTime() - s) / 1000;
        }
        Arrays.sort(micros);
        out.printf(Locale.ROOT, "/%s (%s): median %.0f ms, %,d bytes before compression%n", path, what, micros[micros.length / 2] / 1000.0, size);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        return r.body();
    }

    /** The page in headless Chromium: from navigation until every marker is drawn and the table is filled. */
    private static void page(PrintStream out, String base) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            out.println("page load: not measured (no /usr/bin/chromium and /usr/bin/chromedriver; apt-get install chromium chromium-driver)");
            return;
        }
        Path profile = Files.createTempDirectory("wirecoder-bench-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build(), options);
        try {
            double[] ms = new double[PAGE_LOADS];
            long drawn = 0;
            for (int i = 0; i < PAGE_LOADS; i++) {
                browser.get("about:blank");
                browser.get(base);
                new WebDriverWait(browser, Duration.ofMinutes(3)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.wirecoder && window.wirecoder.loadMs != null && window.wirecoder.pending === 0")));
                ms[i] = ((Number) browser.executeScript("return window.wirecoder.loadMs")).doubleValue();
                drawn = ((Number) browser.executeScript("return window.wirecoder.drawn")).longValue();
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "page load in headless Chromium (navigation to the last of %,d markers drawn and the table filled): "
                    + "median %.0f ms of %d loads (%s)%n", drawn, ms[PAGE_LOADS / 2], PAGE_LOADS,
                    String.join(", ", Arrays.stream(ms).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList()));
        } finally {
            browser.quit();
            Folders.delete(profile);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
