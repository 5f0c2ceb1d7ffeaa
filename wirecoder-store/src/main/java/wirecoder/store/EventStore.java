package wirecoder.store;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded store: one DuckDB file of articles, their events and the fused events across articles. Each article
 * is written with its events and their fusion in one transaction, so a crash at any moment leaves the store as it
 * was before that article or after it; an article already stored (same id, same URL, or the same text) is not read
 * again. One process at a time: a second one is told so ({@link StoreBusyException}).
 */
public final class EventStore implements OutcomeSink {

    /** The rule the fused counts follow, as written to {@code fused.count_rule}. */
    public static final String COUNT_RULE = "lowest-reported";

    private final Connection db;
    private final Path path;
    private final RecordJson json = new RecordJson();
    private final ObjectMapper mapper = new ObjectMapper();
    private int stored;
    private int skipped;

    private EventStore(Connection db, Path path) {
        this.db = db;
        this.path = path;
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
        c.setAutoCommit(false);
        return new EventStore(c, path);
    }

    public Path path() {
        return path;
    }

    /** The connection, for queries and exports (read it, do not write through it). */
    public Connection connection() {
        return db;
    }

    /** Why an item is already stored ("id", "url", "text"), or empty when it is new. */
    public Optional<String> alreadyStored(InputItem item) throws SQLException {
        if (item.article() == null) return Optional.empty();
        Article a = item.article();
        if (exists("SELECT 1 FROM articles WHERE article_id = ?", a.id())) return Optional.of("id");
        if (a.url() != null && !a.url().isBlank() && exists("SELECT 1 FROM articles WHERE url = ?", a.url())) return Optional.of("url");
        if (exists("SELECT 1 FROM articles WHERE text_hash = ?", textHash(a.text()))) return Optional.of("text");
        return Optional.empty();
    }

    private boolean exists(String sql, String value) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
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
    static String textHash(String text) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores one article with its events, fusing each, in one transaction. */
    @Override
    public void accept(Outcome o) throws IOException {
        try {
            // The same story twice in one run: both were read before the first was stored.
            if (alreadyStored(o.item()).isPresent() || exists("SELECT 1 FROM articles WHERE article_id = ?", o.result().id())) {
                skipped++;
                return;
            }
            write(o);
            db.commit();
            stored++;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // The connection is gone; the next write will say so.
            }
            throw new IOException("cannot store " + o.result().id() + ": " + e.getMessage(), e);
        }
    }

    private void write(Outcome o) throws SQLException, IOException {
        ExtractionResult r = o.result();
        Article a = o.item().article();
        String articleId = r.id();
        try (PreparedStatement p = db.prepareStatement("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, articleId);
            p.setString(2, a == null ? null : a.url());
            p.setString(3, a == null ? null : textHash(a.text()));
            p.setString(4, a == null ? null : a.title());
            p.setString(5, a == null ? null : a.source());
            setDate(p, 6, r.published() == null ? null : LocalDate.parse(r.published()));
            p.setTimestamp(7, Timestamp.from(Instant.now()));
            p.setBoolean(8, r.errors().stream().anyMatch(e -> e.fatal()));
            p.setString(9, mapper.writeValueAsString(r.errors().stream().map(e -> java.util.Map.of(
                    "code", e.code().label(), "message", e.message(), "fatal", e.fatal())).toList()));
            p.setInt(10, r.events().size());
            p.setString(11, mapper.writeValueAsString(json.result(r, false)));
            p.executeUpdate();
        }
        for (EventRecord e : r.events()) {
            String source = sourceOf(a);
            String fusedId = fuse(e, source);
            insertEvent(articleId, fusedId, e);
            refresh(fusedId);
        }
    }

    /** Where an article came from, for counting sources: its outlet, else its URL's host, else its id. */
    private static String sourceOf(Article a) {
        if (a == null) return null;
        if (a.source() != null && !a.source().isBlank()) return a.source();
        if (a.url() != null) {
            try {
                String host = java.net.URI.create(a.url()).getHost();
                if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
            } catch (IllegalArgumentException ignored) {
                // not a URL: fall through
            }
        }
        return null;
    }

    private void insertEvent(String articleId, String fusedId, EventRecord e) throws SQLException, IOException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 1;
            p.setString(i++, e.id());
            p.setString(i++, articleId);
            p.setString(i++, fusedId);
            p.setString(i++, e.eventType());
            p.setString(i++, e.mode());
            p.setString(i++, e.cameo());
            p.setString(i++, e.quadClass());
            p.setString(i++, names(e.actor()));
            p.setString(i++, first(e.actor(), ActorRef::country));
            p.setString(i++, first(e.actor(), ActorRef::sector));
            p.setString(i++, names(e.recipient()));
            p.setString(i++, first(e.recipient(), ActorRef::country));
            p.setString(i++, first(e.recipient(), ActorRef::sector));
            setDate(p, i++, day(e));
            p.setString(i++, e.date() == null ? null : e.date().precision());
            Place l = e.location();
            p.setString(i++, l == null ? null : l.name());
            if (l == null || l.geonameid() == null) p.setNull(i++, Types.BIGINT);
            else p.setLong(i++, l.geonameid());
            setDouble(p, i++, l == null ? null : l.lat());
            setDouble(p, i++, l == null ? null : l.lon());
            p.setString(i++, l == null ? null : l.country());
            p.setString(i++, l == null ? null : l.admin1());
            p.setString(i++, l == null ? null : l.precision());
            setLong(p, i++, e.size().dead());
            setLong(p, i++, e.size().injured());
            setLong(p, i++, e.size().arrested());
            setLong(p, i++, e.size().captured());
            p.setString(i++, e.factuality().label());
            p.setString(i++, e.attribution() == null ? null : e.attribution().source());
            p.setString(i++, e.trigger().text());
            p.setInt(i++, e.sentence());
            p.setString(i++, e.evidence());
            p.setString(i, mapper.writeValueAsString(json.event(e, false)));
            p.executeUpdate();
        }
    }

    /** The fused event this report joins: a stored one it fits, or a new one. */
    private String fuse(EventRecord e, String source) throws SQLException {
        LocalDate d = day(e);
        Fusion.Side report = side(e);
        if (d != null) {
            try (PreparedStatement p = db.prepareStatement("SELECT fused_id, event_type, actor, actor_country, actor_sector, recipient, "
                    + "recipient_country, recipient_sector, lat, lon, country, admin1, place_precision FROM fused "
                    + "WHERE event_type = ? AND date_last >= ? AND date_first <= ? ORDER BY first_seen")) {
                p.setString(1, e.eventType());
                p.setDate(2, Date.valueOf(d.minusDays(Fusion.DAY_SLACK)));
                p.setDate(3, Date.valueOf(d.plusDays(Fusion.DAY_SLACK)));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Fusion.Side fused = new Fusion.Side(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), r.getString(8), (Double) r.getObject(9), (Double) r.getObject(10),
                                r.getString(11), r.getString(12), r.getString(13));
                        if (Fusion.keepsApart(report, fused) == null) return r.getString(1);
                    }
                }
            }
        }
        String id = "f-" + e.id();
        try (PreparedStatement p = db.prepareStatement("INSERT INTO fused (fused_id, first_seen) VALUES (?, ?)")) {
            p.setString(1, id);
            p.setTimestamp(2, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
        return id;
    }

    private static Fusion.Side side(EventRecord e) {
        Place l = e.location();
        return new Fusion.Side(e.eventType(), names(e.actor()), first(e.actor(), ActorRef::country), first(e.actor(), ActorRef::sector),
                names(e.recipient()), first(e.recipient(), ActorRef::country), first(e.recipient(), ActorRef::sector),
                l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? null : l.country(),
                l == null ? null : l.admin1(), l == null ? null : l.precision());
    }

    /**
     * Recomputes a fused event from all its reports: the earliest and latest day, the most precise place, the sides
     * of the first report that names them, and each count as the lowest figure any report gives (ACLED codes the most
     * conservative figure; each report's own figure stays in {@code events}, and {@code counts_disagree} says when they
     * differ).
     */
    private void refresh(String fusedId) throws SQLException {
        String sql = """
                UPDATE fused SET
                  event_type = m.event_type, mode = m.mode, cameo = m.cameo, quad_class = m.quad_class,
                  actor = m.actor, actor_country = m.actor_country, actor_sector = m.actor_sector,
                  recipient = m.recipient, recipient_country = m.recipient_country, recipient_sector = m.recipient_sector,
                  date_first = m.date_first, date_last = m.date_last,
                  place = m.place, geonameid = m.geonameid, lat = m.lat, lon = m.lon, country = m.country, admin1 = m.admin1,
                  place_precision = m.place_precision,
                  dead = m.dead, injured = m.injured, arrested = m.arrested, captured = m.captured,
                  counts_disagree = m.disagree, count_rule = $1, factuality = m.factuality,
                  num_mentions = m.mentions, num_articles = m.articles, num_sources = m.sources, last_seen = $2
                FROM (
                  SELECT
                    arg_min(e.event_type, a.ingested_at) AS event_type, arg_min(e.mode, a.ingested_at) AS mode,
                    arg_min(e.cameo, a.ingested_at) AS cameo, arg_min(e.quad_class, a.ingested_at) AS quad_class,
                    arg_min(e.actor, a.ingested_at) FILTER (WHERE e.actor <> '') AS actor,
                    arg_min(e.actor_country, a.ingested_at) FILTER (WHERE e.actor <> '') AS actor_country,
                    arg_min(e.actor_sector, a.ingested_at) FILTER (WHERE e.actor <> '') AS actor_sector,
                    arg_min(e.recipient, a.ingested_at) FILTER (WHERE e.recipient <> '') AS recipient,
                    arg_min(e.recipient_country, a.ingested_at) FILTER (WHERE e.recipient <> '') AS recipient_country,
                    arg_min(e.recipient_sector, a.ingested_at) FILTER (WHERE e.recipient <> '') AS recipient_sector,
                    min(e.event_date) AS date_first, max(e.event_date) AS date_last,
                    arg_min(e.place, p.rank) AS place, arg_min(e.geonameid, p.rank) AS geonameid, arg_min(e.lat, p.rank) AS lat,
                    arg_min(e.lon, p.rank) AS lon, arg_min(e.country, p.rank) AS country, arg_min(e.admin1, p.rank) AS admin1,
                    arg_min(e.place_precision, p.rank) AS place_precision,
                    min(e.dead) AS dead, min(e.injured) AS injured, min(e.arrested) AS arrested, min(e.captured) AS captured,
                    (count(DISTINCT e.dead) > 1 OR count(DISTINCT e.injured) > 1 OR count(DISTINCT e.arrested) > 1
                      OR count(DISTINCT e.captured) > 1) AS disagree,
                    CASE WHEN bool_or(e.factuality = 'asserted') THEN 'asserted' ELSE arg_min(e.factuality, a.ingested_at) END AS factuality,
                    count(*) AS mentions, count(DISTINCT e.article_id) AS articles,
                    count(DISTINCT coalesce(a.source, e.article_id)) AS sources
                  FROM events e JOIN articles a USING (article_id)
                  LEFT JOIN (SELECT * FROM (VALUES ('town', 0), ('admin2', 1), ('admin1', 2), ('unresolved', 3), ('country', 4),
                      ('region', 5)) t(precision, rank)) p ON p.precision = e.place_precision
                  WHERE e.fused_id = $3) m
                WHERE fused.fused_id = $3""";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, COUNT_RULE);
            p.setTimestamp(2, Timestamp.from(Instant.now()));
            p.setString(3, fusedId);
            p.executeUpdate();
        }
    }

    /** The event's day: the day, or the first day of the month or year it gives; null without a date. */
    static LocalDate day(EventRecord e) {
        if (e.date() == null || e.date().value() == null) return null;
        String v = e.date().value();
        try {
            if (v.length() == 4) return LocalDate.of(Integer.parseInt(v), 1, 1);
            if (v.length() == 7) return LocalDate.parse(v + "-01");
            return LocalDate.parse(v.substring(0, 10));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static String names(List<ActorRef> actors) {
        Set<String> n = new LinkedHashSet<>();
        for (ActorRef a : actors) n.add(a.name());
        return String.join("; ", n);
    }

    private static String first(List<ActorRef> actors, java.util.function.Function<ActorRef, String> f) {
        for (ActorRef a : actors) if (f.apply(a) != null) return f.apply(a);
        return null;
    }

    private static void setDate(PreparedStatement p, int i, LocalDate d) throws SQLException {
        if (d == null) p.setNull(i, Types.DATE);
        else p.setDate(i, Date.valueOf(d));
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) p.setNull(i, Types.DOUBLE);
        else p.setDouble(i, v);
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) p.setNull(i, Types.BIGINT);
        else p.setLong(i, v);
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
            db.close();
        } catch (SQLException e) {
            throw new IOException("cannot close the store " + path + ": " + e.getMessage(), e);
        }
    }

}
