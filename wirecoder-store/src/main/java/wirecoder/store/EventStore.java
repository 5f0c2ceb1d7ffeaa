package wirecoder.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.data.Digests;
import wirecoder.io.InputItem;
import wirecoder.io.Outcome;
import wirecoder.io.OutcomeSink;
import wirecoder.io.RecordJson;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Place;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded store: one DuckDB file of articles, their events and the fused events across articles. Whole
 * articles, each with its events and their fusion, are written in one transaction per batch ({@link #batch}), so a
 * crash at any moment leaves the store as it was before a batch or after it; an article already stored (same id,
 * same URL, or the same text) is not read again, and a rerun codes what a crash took back. One process at a time:
 * a second one is told so ({@link StoreBusyException}).
 */
public final class EventStore implements OutcomeSink {


    /** Articles written per transaction by default: a crash loses at most these, which a rerun codes again. */
    public static final int DEFAULT_BATCH = 50;

    private final Connection db;
    private final Path path;
    private int batch = 1;
    private int uncommitted;
    private final RecordJson json = new RecordJson();
    private final ObjectMapper mapper = new ObjectMapper();
    private int stored;
    private int skipped;

    /** This session's articles, so that one story read twice in a run is stored once. */
    private final Set<String> ids = new java.util.HashSet<>();
    private final Set<String> urls = new java.util.HashSet<>();
    private final Set<String> hashes = new java.util.HashSet<>();
    /** What of {@link #ids}, {@link #urls} and {@link #hashes} is not committed yet: a rollback takes it back out. */
    private final List<String> uncommittedIds = new ArrayList<>();
    private final List<String> uncommittedUrls = new ArrayList<>();
    private final List<String> uncommittedHashes = new ArrayList<>();

    /** The batch not yet written: rows in table order, and fused events new or changed in it. */
    private final List<Object[]> pendingArticles = new ArrayList<>();
    private final List<Object[]> pendingEvents = new ArrayList<>();
    private final java.util.Map<String, Object[]> pendingFused = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Object[]> pendingUpdates = new java.util.LinkedHashMap<>();
    /** The rowid (creation order) of each stored fused event in {@link #pendingUpdates}. */
    private final java.util.Map<String, Long> pendingRowids = new java.util.HashMap<>();
    /** The rowid of the stored fused event {@link #fuse} last chose. */
    private long lastRowid;

    private final PreparedStatement existsId;
    private final PreparedStatement existsUrl;
    private final PreparedStatement existsHash;
    private final PreparedStatement candidates;
    private final PreparedStatement members;
    private final PreparedStatement updateFused;

    /** What fusion reads of a candidate fused event. */
    private static final String CANDIDATES_SELECT = "SELECT fused_id, event_type, actor, actor_country, actor_sector, recipient, "
            + "recipient_country, recipient_sector, lat, lon, country, admin1, place_precision";

    private EventStore(Connection db, Path path) throws SQLException {
        this.db = db;
        this.path = path;
        existsId = db.prepareStatement("SELECT 1 FROM articles WHERE article_id = ?");
        existsUrl = db.prepareStatement("SELECT 1 FROM articles WHERE url = ?");
        existsHash = db.prepareStatement("SELECT 1 FROM articles WHERE text_hash = ?");
        // In order of creation (rows are appended as fused events are made, and never deleted): the order the Spark
        // job's in-memory fusion follows too.
        candidates = db.prepareStatement(CANDIDATES_SELECT + ", rowid FROM fused WHERE event_type = ? AND date_last >= ? AND date_first <= ? ORDER BY rowid");
        members = db.prepareStatement("SELECT event_type, mode, cameo, quad_class, actor, actor_country, actor_sector, recipient, "
                + "recipient_country, recipient_sector, event_date, place, geonameid, lat, lon, country, admin1, place_precision, "
                + "dead, injured, arrested, captured, factuality, article_id, outlet FROM events WHERE fused_id = ? ORDER BY rowid");
        updateFused = db.prepareStatement("UPDATE fused SET " + String.join(" = ?, ", FusedRows.COLUMNS) + " = ?, last_seen = ? WHERE fused_id = ?");
    }

    /** Opens (creating when absent) the store at {@code path}. */
    public static EventStore open(Path path) throws StoreBusyException, SQLException {
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) throw new StoreBusyException(path, m);
            throw e;
        }
        Schema.create(c);
        try (Statement s = c.createStatement()) {
            // The store's statements are small; DuckDB's own worker threads would only take cores from extraction.
            s.execute("SET threads TO 1");
        }
        c.setAutoCommit(false);
        return new EventStore(c, path);
    }

    /**
     * A new connection to the same database for reading: DuckDB answers reads on several connections of one database at
     * once, so a server's requests need not take turns on {@link #connection()}. The caller closes it.
     */
    public Connection readConnection() throws SQLException {
        return db.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    public Path path() {
        return path;
    }

    /**
     * Articles per transaction (1 or more). Each article is whole in one transaction either way; a larger batch
     * costs fewer commits, and a crash then takes back up to that many articles, which a rerun codes again.
     */
    public void batch(int articles) {
        if (articles < 1) throw new IllegalArgumentException("batch must be 1 or more");
        this.batch = articles;
    }

    /** Commits what is written; {@link #close} does too. */
    public void commit() throws SQLException {
        flush();
        db.commit();
        uncommitted = 0;
        uncommittedIds.clear();
        uncommittedUrls.clear();
        uncommittedHashes.clear();
    }

    /** The connection, for queries and exports (read it, do not write through it). */
    public Connection connection() {
        return db;
    }

    /** Why an item is already stored ("id", "url", "text"), or empty when it is new. */
    public Optional<String> alreadyStored(InputItem item) throws SQLException {
        if (item.article() == null) return Optional.empty();
        Article a = item.article();
        if (ids.contains(a.id()) || exists(existsId, a.id())) return Optional.of("id");
        if (a.url() != null && !a.url().isBlank() && (urls.contains(a.url()) || exists(existsUrl, a.url()))) return Optional.of("url");
        String hash = textHash(a.text());
        if (hashes.contains(hash) || exists(existsHash, hash)) return Optional.of("text");
        return Optional.empty();
    }

    private static boolean exists(PreparedStatement p, String value) throws SQLException {
        p.setString(1, value);
        try (ResultSet r = p.executeQuery()) {
            return r.next();
        }
    }

    /** Counts an item left out because it is already stored. */
    public void skip() {
        skipped++;
    }

    public int stored() {
        return stored;
    }

    public int skipped() {
        return skipped;
    }

    /** Normalised text: case and runs of white space do not make an article new. */
    public static String textHash(String text) {
        return Digests.sha256Hex(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim());
    }

    /** Stores one article with its events, fusing each; the transaction holds whole articles only. */
    @Override
    public void accept(Outcome o) throws IOException {
        try {
            // The same story twice in one run: both were read before the first was stored.
            // Earlier runs' articles were left out before extraction (alreadyStored); the id is checked again as
            // the key it is.
            String hash = o.item().article() == null ? null : textHash(o.item().article().text());
            if (storedThisRun(o, hash) || exists(existsId, o.result().id())) {
                skipped++;
                return;
            }
            write(o, hash);
            stored++;
            if (++uncommitted >= batch) commit();
        } catch (SQLException e) {
            try {
                clearPending();
                db.rollback();
                // The rolled-back articles are not stored: the same run may read and store them again.
                uncommittedIds.forEach(ids::remove);
                uncommittedUrls.forEach(urls::remove);
                uncommittedHashes.forEach(hashes::remove);
                uncommittedIds.clear();
                uncommittedUrls.clear();
                uncommittedHashes.clear();
                stored -= uncommitted;
                uncommitted = 0;
            } catch (SQLException ignored) {
                // The connection is gone; the next write will say so.
            }
            throw new IOException("cannot store " + o.result().id() + ": " + e.getMessage(), e);
        }
    }

    /** Whether this run stored the outcome's article already: its id, its URL, or its text ({@code hash}). */
    private boolean storedThisRun(Outcome o, String hash) {
        Article a = o.item().article();
        if (ids.contains(o.result().id())) return true;
        if (a == null) return false;
        return a.url() != null && urls.contains(a.url()) || hashes.contains(hash);
    }

    /** Buffers an article and its events and fuses them; {@code hash} is its text's ({@link #textHash}). */
    private void write(Outcome o, String hash) throws SQLException, IOException {
        ExtractionResult r = o.result();
        Article a = o.item().article();
        String articleId = r.id();
        pendingArticles.add(new Object[]{articleId, a == null ? null : a.url(), hash, a == null ? null : a.title(),
                a == null ? null : a.source(), r.published() == null ? null : Date.valueOf(LocalDate.parse(r.published())),
                Timestamp.from(Instant.now()), r.errors().stream().anyMatch(e -> e.fatal()),
                mapper.writeValueAsString(r.errors().stream().map(e -> java.util.Map.of(
                        "code", e.code().label(), "message", e.message(), "fatal", e.fatal())).toList()),
                r.events().size(), mapper.writeValueAsString(json.result(r, true)), a == null ? null : a.text()});
        ids.add(articleId);
        uncommittedIds.add(articleId);
        if (a != null && a.url() != null) {
            urls.add(a.url());
            uncommittedUrls.add(a.url());
        }
        if (hash != null) {
            hashes.add(hash);
            uncommittedHashes.add(hash);
        }
        String outlet = EventRows.outletOf(a);
        for (EventRecord e : r.events()) {
            String fusedId = fuse(e);
            Object[] row = EventRows.event(articleId, fusedId, e, outlet);
            pendingEvents.add(row);
            List<Object[]> reports = new ArrayList<>();
            if (!pendingFused.containsKey(fusedId) && !fusedId.equals(newFusedId(e))) reports.addAll(members(fusedId));
            for (Object[] x : pendingEvents) if (fusedId.equals(x[2])) reports.add(FusedRows.member(x));
            Object[] values = FusedRows.values(reports);
            if (pendingFused.containsKey(fusedId) || fusedId.equals(newFusedId(e))) pendingFused.put(fusedId, values);
            else {
                pendingUpdates.put(fusedId, values);
                pendingRowids.putIfAbsent(fusedId, lastRowid);
            }
        }
    }

    /** The fused event this report joins: a stored one it fits, or a new one named after the report. */
    private String fuse(EventRecord e) throws SQLException {
        LocalDate d = EventRows.day(e);
        Fusion.Side report = FusedRows.side(e);
        if (d != null) {
            // Stored fused events in creation order (rowid): the table's, with those this batch has changed judged on
            // their days now rather than the table's, wherever those days put them.
            java.util.TreeMap<Long, String> stored = new java.util.TreeMap<>();
            java.util.Map<String, Fusion.Side> sides = new java.util.HashMap<>();
            PreparedStatement p = candidates;
            p.setString(1, e.eventType());
            p.setDate(2, Date.valueOf(d.minusDays(Fusion.DAY_SLACK)));
            p.setDate(3, Date.valueOf(d.plusDays(Fusion.DAY_SLACK)));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    if (pendingUpdates.containsKey(id)) continue;
                    stored.put(r.getLong(14), id);
                    sides.put(id, new Fusion.Side(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), (Double) r.getObject(9), (Double) r.getObject(10), r.getString(11),
                            r.getString(12), r.getString(13)));
                }
            }
            for (var x : pendingUpdates.entrySet()) {
                Object[] v = x.getValue();
                if (!e.eventType().equals(v[0]) || !within(v, d)) continue;
                stored.put(pendingRowids.get(x.getKey()), x.getKey());
                sides.put(x.getKey(), FusedRows.side(v));
            }
            for (var x : stored.entrySet()) {
                if (Fusion.keepsApart(report, sides.get(x.getValue())) == null) {
                    lastRowid = x.getKey();
                    return x.getValue();
                }
            }
            // Fused events of this batch, not yet in the table.
            for (var x : pendingFused.entrySet()) {
                Object[] v = x.getValue();
                if (!e.eventType().equals(v[0]) || !within(v, d)) continue;
                if (Fusion.keepsApart(report, FusedRows.side(v)) == null) return x.getKey();
            }
        }
        return newFusedId(e);
    }

    /** Whether a fused event's days (its values, in {@link FusedRows#COLUMNS} order) come within a day of {@code d}. */
    private static boolean within(Object[] v, LocalDate d) {
        if (v[10] == null) return false;
        return !FusedRows.toDate(v[11]).isBefore(d.minusDays(Fusion.DAY_SLACK)) && !FusedRows.toDate(v[10]).isAfter(d.plusDays(Fusion.DAY_SLACK));
    }

    /** A fused event is named after its first report. */
    private static String newFusedId(EventRecord e) {
        return "f-" + e.id();
    }

    private List<Object[]> members(String fusedId) throws SQLException {
        members.setString(1, fusedId);
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet r = members.executeQuery()) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) row[i] = r.getObject(i + 1);
                rows.add(row);
            }
        }
        return rows;
    }

    /** Writes the batch's rows: articles, events and new fused events by multi-row inserts, changed fused events one by one. */
    private void flush() throws SQLException {
        insertRows("articles", 12, pendingArticles);
        insertRows("events", 33, pendingEvents);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> fusedRows = new ArrayList<>();
        for (var x : pendingFused.entrySet()) {
            Object[] row = new Object[FusedRows.COLUMNS.size() + 3];
            row[0] = x.getKey();
            System.arraycopy(x.getValue(), 0, row, 1, FusedRows.COLUMNS.size());
            row[FusedRows.COLUMNS.size() + 1] = now;
            row[FusedRows.COLUMNS.size() + 2] = now;
            fusedRows.add(row);
        }
        insertRows("fused (fused_id, " + String.join(", ", FusedRows.COLUMNS) + ", first_seen, last_seen)", FusedRows.COLUMNS.size() + 3, fusedRows);
        for (var x : pendingUpdates.entrySet()) {
            Object[] v = x.getValue();
            for (int i = 0; i < v.length; i++) updateFused.setObject(1 + i, jdbc(v[i]));
            updateFused.setTimestamp(1 + v.length, now);
            updateFused.setString(2 + v.length, x.getKey());
            updateFused.executeUpdate();
        }
        clearPending();
    }

    private void clearPending() {
        pendingArticles.clear();
        pendingEvents.clear();
        pendingFused.clear();
        pendingUpdates.clear();
        pendingRowids.clear();
    }

    /** Rows per INSERT statement: DuckDB's cost is per statement far more than per row. */
    static final int ROWS_PER_INSERT = 200;

    private void insertRows(String table, int columns, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String one = "(" + "?,".repeat(columns - 1) + "?)";
            String sql = "INSERT INTO " + table + " VALUES " + String.join(",", java.util.Collections.nCopies(chunk.size(), one));
            try (PreparedStatement p = db.prepareStatement(sql)) {
                int i = 1;
                for (Object[] row : chunk) for (Object v : row) p.setObject(i++, jdbc(v));
                p.executeUpdate();
            }
        }
    }

    private static Object jdbc(Object v) {
        return v instanceof LocalDate d ? Date.valueOf(d) : v;
    }

    /** Counts for {@code wirecoder status}. */
    public record Status(long articles, long failed, long events, long fused, Timestamp lastIngest, List<String> failures) {
    }

    public Status status(int failuresShown) throws SQLException {
        try (Statement s = db.createStatement()) {
            long articles = one(s, "SELECT count(*) FROM articles");
            long failed = one(s, "SELECT count(*) FROM articles WHERE failed");
            long events = one(s, "SELECT count(*) FROM events");
            long fused = one(s, "SELECT count(*) FROM fused");
            Timestamp last;
            try (ResultSet r = s.executeQuery("SELECT max(ingested_at) FROM articles")) {
                r.next();
                last = r.getTimestamp(1);
            }
            List<String> failures = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT article_id, errors FROM articles WHERE failed ORDER BY ingested_at DESC LIMIT "
                    + failuresShown)) {
                while (r.next()) failures.add(r.getString(1) + ": " + r.getString(2));
            }
            return new Status(articles, failed, events, fused, last, failures);
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The fusion rules with how often each kept a report apart since start-up. */
    public static List<? extends wirecoder.data.CountedRule> fusionRules() {
        return Fusion.rules();
    }

    @Override
    public void close() throws IOException {
        try {
            if (uncommitted > 0) commit();
            db.close();
        } catch (SQLException e) {
            throw new IOException("cannot close the store " + path + ": " + e.getMessage(), e);
        }
    }

}
