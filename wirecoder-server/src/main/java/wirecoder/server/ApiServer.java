package wirecoder.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import wirecoder.Extractor;
import wirecoder.io.RecordJson;
import wirecoder.model.Article;
import wirecoder.store.EventFilter;
import wirecoder.store.EventStore;
import wirecoder.store.Exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The JSON API over the store: events with the filters of {@code query}, one fused event with its reports, an
 * article with its annotations, counts for charts, extraction of a pasted article, exports, and an OpenAPI document.
 * Bad parameters are 400s that name the parameter and the values it takes; unknown ids 404s; request bodies are
 * bounded. Reads run side by side on a few read connections of the store; exports take turns on its own connection.
 */
public final class ApiServer implements AutoCloseable {

    /** The largest request body accepted (a pasted article): 1 MB. */
    public static final long MAX_BODY_BYTES = 1_000_000;
    /** The largest page of events. */
    public static final int MAX_LIMIT = 1000;
    /** The most map points one answer holds (the page draws them all, clustered). */
    public static final int MAX_POINTS = 100_000;
    /** Rows of each ranked count in {@code /api/stats}. */
    static final int STATS_TOP = 50;
    /** What an id in a path may hold: the characters of article and event ids, and no path separators. */
    static final String ID = "[A-Za-z0-9._~:+@!$,;=\\-]{1,400}";

    private static final Set<String> FILTERS = Set.of("type", "mode", "actor", "recipient", "country", "from", "to", "bbox", "text",
            "factuality", "min_sources", "limit", "offset", "sort");
    private static final Set<String> FACTUALITY = Set.of("asserted", "negated", "hypothetical", "future");

    private final EventStore store;
    /** Exports over the store's own connection: what writes (a Parquet export's temporary table) uses, one at a time. */
    private final Exports exports;
    /** Exports over read connections, one per request at a time: reads run side by side. */
    private final BlockingQueue<Exports> readers;
    private final List<Connection> readConnections = new ArrayList<>();
    private final Supplier<Extractor> extractor;
    private final ObjectMapper json = new ObjectMapper();
    private final RecordJson records = new RecordJson();
    private final Javalin app;

    /** A request that names a parameter wrongly. */
    static final class BadRequest extends RuntimeException {
        final String parameter;

        BadRequest(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    /** An id no stored thing has. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /**
     * @param extractor gives the extractor for {@code POST /api/extract} (its models load on first use)
     */
    public ApiServer(EventStore store, Supplier<Extractor> extractor) {
        this.store = store;
        this.exports = new Exports(store);
        int n = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.readers = new ArrayBlockingQueue<>(n);
        try {
            for (int i = 0; i < n; i++) {
                Connection c = store.readConnection();
                readConnections.add(c);
                readers.add(new Exports(c));
            }
        } catch (SQLException e) {
            closeReaders();
            throw new IllegalStateException("cannot open a read connection to the store: " + e.getMessage(), e);
        }
        this.extractor = extractor;
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            // The page and the packages it is built from (Leaflet, its marker clusters, world outlines): no CDN.
            config.staticFiles.add("/server/web", Location.CLASSPATH);
            config.routes.get("/api/events", this::events);
            config.routes.get("/api/events/{id}", this::event);
            config.routes.get("/api/articles/{id}", this::article);
            // The same with the id as a parameter: ids made from URLs (feeds, pages, WARC captures) hold slashes,
            // which a path cannot carry.
            config.routes.get("/api/event", this::event);
            config.routes.get("/api/article", this::article);
            config.routes.get("/api/stats", this::stats);
            config.routes.get("/api/points", this::points);
            config.routes.post("/api/extract", this::extract);
            config.routes.get("/api/export", this::export);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
                    .result(ApiServer.class.getResourceAsStream("/server/openapi.json")));
            config.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(400).json(error(e.getMessage(), e.parameter)));
            config.routes.exception(NotFound.class, (e, ctx) -> ctx.status(404).json(error(e.getMessage(), null)));
            config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).json(error("internal error: " + e, null)));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) ctx.json(error("no such path: " + ctx.path(), null));
            });
            config.routes.error(413, ctx -> ctx.json(error("request body over " + MAX_BODY_BYTES + " bytes", null)));
        });
    }

    /** Starts on {@code host}:{@code port} (0 for a free port); returns the port bound. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        closeReaders();
    }

    private void closeReaders() {
        for (Connection c : readConnections) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing more to read
            }
        }
        readConnections.clear();
    }

    /** What a request reads, given a free reader. */
    @FunctionalInterface
    interface Read<T> {
        T from(Exports reader) throws SQLException, IOException;
    }

    /** Runs a read on a free read connection (waiting for one when all are busy). */
    private <T> T read(Read<T> read) throws SQLException, IOException {
        Exports reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a read connection", e);
        }
        try {
            return read.from(reader);
        } finally {
            readers.add(reader);
        }
    }

    private ObjectNode error(String message, String parameter) {
        ObjectNode o = json.createObjectNode().put("error", message);
        if (parameter != null) o.put("parameter", parameter);
        return o;
    }

    /** The filter, page and order a request asks for; unknown parameters and bad values are 400s. */
    record Query(EventFilter filter, int limit, int offset, String sort) {
    }

    Query query(Context ctx, String... own) {
        return query(ctx, 100, MAX_LIMIT, own);
    }

    /** As {@link #query(Context, String...)}, with the page's default and largest size. */
    Query query(Context ctx, int defaultLimit, int maxLimit, String... own) {
        java.util.SortedSet<String> known = new java.util.TreeSet<>(FILTERS);
        known.addAll(List.of(own));
        only(ctx, known);
        String type = ctx.queryParam("type");
        if (type != null && !type.matches("[A-Za-z]{3,12}")) throw new BadRequest("type", "type is a PLOVER event type such as ASSAULT");
        String factuality = ctx.queryParam("factuality");
        if (factuality != null && !FACTUALITY.contains(factuality)) {
            throw new BadRequest("factuality", "factuality is one of " + new java.util.TreeSet<>(FACTUALITY));
        }
        double[] bbox = null;
        String b = ctx.queryParam("bbox");
        if (b != null) {
            try {
                bbox = java.util.Arrays.stream(b.split(",")).mapToDouble(Double::parseDouble).toArray();
            } catch (NumberFormatException e) {
                bbox = null;
            }
            if (bbox == null || bbox.length != 4 || bbox[0] > bbox[2] || bbox[1] > bbox[3]) {
                throw new BadRequest("bbox", "bbox is four numbers W,S,E,N with W <= E and S <= N");
            }
        }
        int limit = integer(ctx, "limit", defaultLimit, 1, maxLimit);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String sort = ctx.queryParam("sort") == null ? "date" : ctx.queryParam("sort");
        if (!Exports.ORDERS.containsKey(sort)) throw new BadRequest("sort", "sort is one of " + new java.util.TreeSet<>(Exports.ORDERS.keySet()));
        EventFilter f = new EventFilter(type, ctx.queryParam("mode"), ctx.queryParam("actor"), ctx.queryParam("recipient"),
                ctx.queryParam("country"), date(ctx, "from"), date(ctx, "to"), bbox, ctx.queryParam("text"), factuality,
                integer(ctx, "min_sources", 0, 0, 10_000));
        return new Query(f, limit, offset, sort);
    }

    private static int integer(Context ctx, String name, int otherwise, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) return otherwise;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new BadRequest(name, name + " is a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name, name + " is a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** The longest id taken as a parameter (a URL may be long). */
    static final int MAX_ID = 2000;

    /** The id of the path, or of the {@code id} parameter where the route has none. */
    private static String id(Context ctx) {
        if (ctx.pathParamMap().containsKey("id")) {
            String id = ctx.pathParam("id");
            if (!id.matches(ID)) {
                throw new BadRequest("id", "an id in the path holds letters, digits and . _ ~ : - (no slashes), at most 400; "
                        + "give others as a parameter: /api/event?id=... or /api/article?id=...");
            }
            return id;
        }
        String id = ctx.queryParam("id");
        if (id == null || id.isEmpty()) throw new BadRequest("id", "id is required: ?id=...");
        if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest("id", "an id is at most " + MAX_ID + " characters, none of them control characters");
        }
        return id;
    }

    private void events(Context ctx) throws SQLException, IOException {
        Query q = query(ctx);
        ObjectNode o = json.createObjectNode();
        read(x -> {
            o.put("total", x.count(q.filter()));
            o.put("limit", q.limit()).put("offset", q.offset()).put("sort", q.sort());
            ArrayNode events = o.putArray("events");
            // A listing shows no reports: the fused row says how many there are.
            for (Exports.Fused f : x.select(q.filter(), q.limit(), q.offset(), q.sort(), Exports.Reports.NONE)) {
                ObjectNode e = x.plover(f);
                e.put("num_reports", ((Number) f.row().get("num_mentions")).intValue());
                e.remove("mentions");
                events.add(e);
            }
            return o;
        });
        ctx.json(o);
    }

    private void event(Context ctx) throws SQLException, IOException {
        String id = id(ctx);
        var found = read(x -> x.byId(id).map(x::plover));
        if (found.isPresent()) {
            ctx.json(found.get());
            return;
        }
        throw new NotFound("no fused event '" + id + "'");
    }

    private void article(Context ctx) throws SQLException, IOException {
        only(ctx, new java.util.TreeSet<>(List.of("explain", "id")));
        boolean explain = bool(ctx, "explain");
        String id = id(ctx);
        Exports.StoredArticle a = read(x -> x.article(id)).orElseThrow(() -> new NotFound("no article '" + id + "'"));
        ObjectNode o = (ObjectNode) json.readTree(a.record());
        String text = a.text() == null ? "" : a.text();
        o.put("text", a.text());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("source", a.source());
        ctx.json(view(o, text, explain));
    }

    /** A record with the spans to highlight; the trace stays in the events only when asked for. */
    private static ObjectNode view(ObjectNode record, String text, boolean explain) {
        record.set("annotations", Annotations.json(Annotations.of(record, text)));
        boolean traced = false;
        for (JsonNode e : record.path("events")) {
            traced |= e.has("explain");
            if (!explain) ((ObjectNode) e).remove("explain");
        }
        record.put("explained", traced);
        return record;
    }

    /** A parameter outside {@code known} is a 400 that names it and lists the known ones. */
    private static void only(Context ctx, java.util.SortedSet<String> known) {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!known.contains(p)) throw new BadRequest(p, "unknown parameter '" + p + "'; known: " + known);
        }
    }

    private static boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.equals("false")) return false;
        if (v.equals("true")) return true;
        throw new BadRequest(name, name + " is true or false, not '" + v + "'");
    }

    /** Counts for the charts, of the fused events the filters take (a timeline asks without its own dates). */
    private void stats(Context ctx) throws SQLException, IOException {
        Query q = query(ctx);
        Exports.Counts c = read(x -> x.counts(q.filter(), STATS_TOP));
        ObjectNode o = json.createObjectNode();
        counts(o.putArray("by_day"), c.byDay());
        counts(o.putArray("by_type"), c.byType());
        counts(o.putArray("by_quad_class"), c.byQuadClass());
        counts(o.putArray("by_country"), c.byCountry());
        counts(o.putArray("by_actor"), c.byActor());
        ctx.json(o);
    }

    private static void counts(ArrayNode into, List<Exports.Count> rows) {
        for (Exports.Count r : rows) into.addObject().put("key", r.key()).put("count", r.count());
    }

    /**
     * Every placed fused event the filters take, as compact rows [id, lat, lon, quad class, type, first day]: what the
     * map draws. {@code limit} defaults to and stops at {@link #MAX_POINTS}.
     */
    private void points(Context ctx) throws SQLException, IOException {
        Query q = query(ctx, MAX_POINTS, MAX_POINTS);
        int limit = q.limit();
        ObjectNode o = json.createObjectNode();
        List<Exports.Point> points = read(x -> {
            o.put("total", x.count(q.filter()));
            o.put("placed", x.countPlaced(q.filter()));
            return x.points(q.filter(), limit);
        });
        o.put("returned", points.size());
        ArrayNode a = o.putArray("points");
        for (Exports.Point p : points) {
            a.addArray().add(p.fusedId()).add(p.lat()).add(p.lon()).add(p.quadClass()).add(p.eventType())
                    .add(p.date() == null ? null : p.date().toString());
        }
        ctx.json(o);
    }

    /** Codes a pasted article (JSON with "text", or plain text) without storing it. */
    private void extract(Context ctx) throws IOException {
        String body = ctx.body();
        if (body.isBlank()) throw new BadRequest("body", "the body is an article: JSON with \"text\", or plain text");
        String text = body;
        LocalDate published = null;
        String id = "pasted";
        if (body.stripLeading().startsWith("{")) {
            JsonNode n;
            try {
                n = json.readTree(body);
            } catch (IOException e) {
                throw new BadRequest("body", "the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (n.get("text") == null || !n.get("text").isTextual()) throw new BadRequest("text", "\"text\" is a string");
            text = n.get("text").textValue();
            if (n.hasNonNull("id") && n.get("id").asText().matches(ID)) id = n.get("id").asText();
            if (n.hasNonNull("published")) {
                try {
                    published = LocalDate.parse(n.get("published").asText().substring(0, Math.min(10, n.get("published").asText().length())));
                } catch (DateTimeParseException e) {
                    throw new BadRequest("published", "published is a date YYYY-MM-DD");
                }
            }
        }
        ObjectNode record = records.result(extractor.get().extract(new Article(id, published, null, text, null, null)), true);
        record.put("text", text);
        ctx.json(view(record, text, true));
    }

    private void export(Context ctx) throws SQLException, IOException {
        String format = ctx.queryParam("format");
        Exports.Format f;
        try {
            f = Exports.Format.of(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("format", "format is one of " + Exports.Format.labels());
        }
        Query q = query(ctx, "format");
        ctx.contentType(switch (f) {
            case PLOVER_JSONL -> "application/x-ndjson";
            case GEOJSON -> "application/geo+json";
            case ACLED_CSV, CSV -> "text/csv";
            case GDELT_TSV -> "text/tab-separated-values";
            case PARQUET -> "application/vnd.apache.parquet";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"wirecoder-events." + f.label().replace("plover-", "") + "\"");
        synchronized (store) {
            if (f == Exports.Format.PARQUET) {
                Path tmp = Files.createTempFile("wirecoder-export", ".parquet");
                try {
                    exports.write(f, q.filter(), Writer.nullWriter(), tmp);
                    ctx.result(Files.readAllBytes(tmp));
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return;
            }
            Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            exports.write(f, q.filter(), w, null);
            w.flush();
        }
    }
}
