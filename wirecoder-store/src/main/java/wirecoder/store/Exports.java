package wirecoder.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fused events a filter takes, in the formats event-data users read: PLOVER JSON Lines with every report,
 * ACLED's CSV columns, the GDELT 2.0 event columns Wirecoder can fill, GeoJSON for QGIS and web maps, and Parquet
 * (written by DuckDB). Every fused event the filter takes is written, located or not (GeoJSON gives an unlocated one
 * a null geometry).
 */
public final class Exports {

    /** The formats, by the name {@code --format} takes. */
    public enum Format {
        PLOVER_JSONL("plover-jsonl"), ACLED_CSV("acled-csv"), GDELT_TSV("gdelt-tsv"), GEOJSON("geojson"), PARQUET("parquet"),
        CSV("csv");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Format of(String label) {
            for (Format f : values()) if (f.label.equals(label)) return f;
            throw new IllegalArgumentException("no format '" + label + "'; one of " + labels());
        }

        public static String labels() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Format::label).toList());
        }
    }

    /** GDELT's QuadClass numbers. */
    private static final Map<String, Integer> QUAD = Map.of("verbal_cooperation", 1, "material_cooperation", 2,
            "verbal_conflict", 3, "material_conflict", 4);

    private final Connection db;
    private final ObjectMapper json = new ObjectMapper();

    public Exports(EventStore store) {
        this(store.connection());
    }

    /** Exports over one connection of a store (such as {@link EventStore#readConnection()}). */
    public Exports(Connection db) {
        this.db = db;
    }

    /** A stored article: its record (the extract output line, with the rule trace), text, url, title and source. */
    public record StoredArticle(String record, String text, String url, String title, String source) {
    }

    public java.util.Optional<StoredArticle> article(String articleId) throws SQLException {
        try (PreparedStatement p = prepared("SELECT record, text, url, title, source FROM articles WHERE article_id = ?", List.of(articleId));
             ResultSet r = p.executeQuery()) {
            if (!r.next()) return java.util.Optional.empty();
            return java.util.Optional.of(new StoredArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
    }

    /** One fused event: its columns, and its reports' columns. */
    public record Fused(Map<String, Object> row, List<Map<String, Object>> reports) {
        Object get(String column) {
            return row.get(column);
        }
    }

    /** The orders a listing may take, by name: a column and a direction, never text pasted from a request. */
    public static final Map<String, String> ORDERS = Map.of(
            "date", "f.date_first NULLS LAST, f.fused_id", "-date", "f.date_first DESC NULLS LAST, f.fused_id",
            "sources", "f.num_sources, f.fused_id", "-sources", "f.num_sources DESC, f.fused_id",
            "dead", "f.dead NULLS FIRST, f.fused_id", "-dead", "f.dead DESC NULLS LAST, f.fused_id");

    /** The fused events the filter takes, by first day, each with its reports. */
    public List<Fused> select(EventFilter filter, int limit) throws SQLException {
        return select(filter, limit, 0, "date");
    }

    /** How many fused events the filter takes. */
    public long count(EventFilter filter) throws SQLException {
        return count(filter, "");
    }

    private long count(EventFilter filter, String andAlso) throws SQLException {
        EventFilter.Sql w = filter.sql();
        try (PreparedStatement p = prepared("SELECT count(*) FROM fused f WHERE " + w.where() + andAlso, w.params());
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A key (a day, a type, a country, an actor; null where the event has none) and how many fused events have it. */
    public record Count(String key, long count) {
    }

    /**
     * What charts and {@code stats} show of the fused events a filter takes: every day (oldest first), and the
     * {@code top} most frequent types, quad classes, countries of the place and actors (ties by key).
     */
    public record Counts(List<Count> byDay, List<Count> byType, List<Count> byQuadClass, List<Count> byCountry, List<Count> byActor) {
    }

    public Counts counts(EventFilter filter, int top) throws SQLException {
        EventFilter.Sql w = filter.sql();
        String from = " FROM fused f WHERE " + w.where();
        return new Counts(
                counts("SELECT CAST(f.date_first AS VARCHAR), count(*)" + from + " AND f.date_first IS NOT NULL GROUP BY 1 ORDER BY 1", w),
                counts(top("f.event_type", from, top), w),
                counts(top("f.quad_class", from, top), w),
                counts(top("f.country", from, top), w),
                counts(top("nullif(f.actor, '')", from, top), w));
    }

    private static String top(String column, String from, int top) {
        return "SELECT " + column + ", count(*)" + from + " GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST LIMIT " + top;
    }

    private List<Count> counts(String sql, EventFilter.Sql w) throws SQLException {
        List<Count> out = new ArrayList<>();
        try (PreparedStatement p = prepared(sql, w.params()); ResultSet r = p.executeQuery()) {
            while (r.next()) out.add(new Count(r.getString(1), r.getLong(2)));
        }
        return out;
    }

    /** Where a fused event is on the map: what a page needs to draw it and fetch the rest. */
    public record Point(String fusedId, double lat, double lon, String quadClass, String eventType, java.time.LocalDate date) {
    }

    /** How many of the fused events the filter takes have a place on the map. */
    public long countPlaced(EventFilter filter) throws SQLException {
        return count(filter, PLACED);
    }

    /** A fused event the map can draw. */
    private static final String PLACED = " AND f.lat IS NOT NULL AND f.lon IS NOT NULL";

    /** Every placed fused event the filter takes, up to {@code limit}, most sources and latest first. */
    public List<Point> points(EventFilter filter, int limit) throws SQLException {
        EventFilter.Sql w = filter.sql();
        String sql = "SELECT f.fused_id, f.lat, f.lon, f.quad_class, f.event_type, f.date_first FROM fused f WHERE " + w.where()
                + PLACED + " ORDER BY f.num_sources DESC, f.date_first DESC NULLS LAST, f.fused_id LIMIT " + limit;
        List<Point> out = new ArrayList<>();
        try (PreparedStatement p = prepared(sql, w.params()); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                java.sql.Date d = r.getDate(6);
                out.add(new Point(r.getString(1), r.getDouble(2), r.getDouble(3), r.getString(4), r.getString(5),
                        d == null ? null : d.toLocalDate()));
            }
        }
        return out;
    }

    /** A page of the fused events the filter takes, in one of {@link #ORDERS}, each with its reports. */
    public List<Fused> select(EventFilter filter, int limit, int offset, String order) throws SQLException {
        return select(filter, limit, offset, order, Reports.WITHOUT_RECORD);
    }

    /** What of each fused event's reports a selection reads: the reports' wide JSON record is read only when needed. */
    public enum Reports {
        NONE, WITHOUT_RECORD, WITH_RECORD
    }

    /** A page of the fused events the filter takes, in one of {@link #ORDERS}, with as much of their reports as asked. */
    public List<Fused> select(EventFilter filter, int limit, int offset, String order, Reports reports) throws SQLException {
        String orderBy = ORDERS.get(order);
        if (orderBy == null) throw new IllegalArgumentException("no order '" + order + "'; one of " + ORDERS.keySet());
        EventFilter.Sql w = filter.sql();
        return select("SELECT f.* FROM fused f WHERE " + w.where() + " ORDER BY " + orderBy
                + (limit > 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : ""), w.params(), reports);
    }

    /** One fused event with its reports. */
    public java.util.Optional<Fused> byId(String fusedId) throws SQLException {
        return select("SELECT f.* FROM fused f WHERE f.fused_id = ?", List.of(fusedId), Reports.WITHOUT_RECORD).stream().findFirst();
    }

    private List<Fused> select(String sql, List<Object> params, Reports reports) throws SQLException {
        Map<String, Fused> out = new LinkedHashMap<>();
        try (PreparedStatement p = prepared(sql, params); ResultSet r = p.executeQuery()) {
            while (r.next()) out.put(r.getString("fused_id"), new Fused(row(r), new ArrayList<>()));
        }
        if (out.isEmpty() || reports == Reports.NONE) return new ArrayList<>(out.values());
        String in = String.join(",", java.util.Collections.nCopies(out.size(), "?"));
        // DuckDB reads a projected column in every row group the ids fall in: leaving out the record (the widest
        // column) makes a page of reports several times faster on a large store.
        String columns = reports == Reports.WITH_RECORD ? "e.*" : "e.* EXCLUDE (record)";
        String sqlReports = "SELECT " + columns + ", a.url, a.source AS outlet, a.published FROM events e JOIN articles a USING (article_id) "
                + "WHERE e.fused_id IN (" + in + ") ORDER BY e.fused_id, a.ingested_at, e.event_id";
        try (PreparedStatement p = prepared(sqlReports, new ArrayList<>(out.keySet())); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Fused f = out.get(r.getString("fused_id"));
                if (f != null) f.reports().add(row(r));
            }
        }
        return new ArrayList<>(out.values());
    }

    private PreparedStatement prepared(String sql, List<Object> params) throws SQLException {
        PreparedStatement p = db.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
        return p;
    }

    private static Map<String, Object> row(ResultSet r) throws SQLException {
        ResultSetMetaData m = r.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
            Object v = r.getObject(i);
            if (v instanceof java.sql.Date d) v = d.toLocalDate();
            if (v instanceof java.sql.Timestamp t) v = t.toInstant().toString();
            row.put(m.getColumnLabel(i), v);
        }
        return row;
    }

    /** Writes the events the filter takes; returns how many. Parquet goes to {@code file} (DuckDB writes it). */
    public int write(Format format, EventFilter filter, Writer out, Path file) throws SQLException, IOException {
        if (format == Format.PARQUET) return parquet(filter, file);
        List<Fused> events = select(filter, 0, 0, "date", format == Format.ACLED_CSV ? Reports.WITH_RECORD : Reports.WITHOUT_RECORD);
        switch (format) {
            case PLOVER_JSONL -> {
                for (Fused f : events) out.write(json.writeValueAsString(plover(f)) + "\n");
            }
            case GEOJSON -> out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(geojson(events)) + "\n");
            case ACLED_CSV -> acled(events, out);
            case GDELT_TSV -> gdelt(events, out);
            case CSV -> csv(events, out);
            default -> throw new IllegalStateException(format.label());
        }
        out.flush();
        return events.size();
    }

    /** A fused event as PLOVER JSON: the fused fields and each report (article, sentence, source, date, counts). */
    public ObjectNode plover(Fused f) {
        ObjectNode o = json.createObjectNode();
        o.put("id", str(f.get("fused_id")));
        o.put("event_type", str(f.get("event_type")));
        o.put("mode", str(f.get("mode")));
        o.put("cameo", str(f.get("cameo")));
        o.put("quad_class", str(f.get("quad_class")));
        side(o.putObject("actor"), f.row(), "actor");
        side(o.putObject("recipient"), f.row(), "recipient");
        ObjectNode date = o.putObject("date");
        date.put("first", str(f.get("date_first")));
        date.put("last", str(f.get("date_last")));
        ObjectNode loc = o.putObject("location");
        for (String k : List.of("place", "country", "admin1", "place_precision")) loc.put(k.equals("place") ? "name" : k, str(f.get(k)));
        loc.putPOJO("geonameid", f.get("geonameid"));
        loc.putPOJO("lat", f.get("lat"));
        loc.putPOJO("lon", f.get("lon"));
        ObjectNode size = o.putObject("size");
        for (String k : List.of("dead", "injured", "arrested", "captured")) size.putPOJO(k, f.get(k));
        o.putPOJO("counts_disagree", f.get("counts_disagree"));
        o.put("count_rule", str(f.get("count_rule")));
        o.put("factuality", str(f.get("factuality")));
        for (String k : List.of("num_mentions", "num_articles", "num_sources")) o.putPOJO(k, f.get(k));
        ArrayNode mentions = o.putArray("mentions");
        for (Map<String, Object> r : f.reports()) {
            ObjectNode m = mentions.addObject();
            m.put("article", str(r.get("article_id")));
            m.put("event", str(r.get("event_id")));
            m.putPOJO("sentence", r.get("sentence"));
            m.put("source", str(r.get("outlet")));
            m.put("url", str(r.get("url")));
            m.put("attribution", str(r.get("source")));
            m.put("date", str(r.get("event_date")));
            m.put("trigger", str(r.get("trigger")));
            m.put("evidence", str(r.get("evidence")));
            ObjectNode s = m.putObject("size");
            for (String k : List.of("dead", "injured", "arrested", "captured")) s.putPOJO(k, r.get(k));
        }
        return o;
    }

    private static void side(ObjectNode o, Map<String, Object> row, String side) {
        o.put("name", str(row.get(side)));
        o.put("country", str(row.get(side + "_country")));
        o.put("sector", str(row.get(side + "_sector")));
    }

    private ObjectNode geojson(List<Fused> events) {
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Fused f : events) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", str(f.get("fused_id")));
            if (f.get("lat") == null || f.get("lon") == null) {
                feature.putNull("geometry");
            } else {
                ObjectNode g = feature.putObject("geometry");
                g.put("type", "Point");
                g.putArray("coordinates").add(((Number) f.get("lon")).doubleValue()).add(((Number) f.get("lat")).doubleValue());
            }
            ObjectNode props = plover(f);
            props.remove("mentions");
            props.remove("location");
            props.put("place", str(f.get("place")));
            props.put("country", str(f.get("country")));
            feature.set("properties", props);
        }
        return fc;
    }

    /** ACLED's columns; the types are ACLED's own from each event's first report. */
    private void acled(List<Fused> events, Writer out) throws IOException {
        List<String> cols = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
                "timestamp");
        out.write(String.join(",", cols) + "\n");
        for (Fused f : events) {
            JsonNode first = f.reports().isEmpty() ? null : json.readTree(str(f.reports().get(0).get("record")));
            JsonNode acled = first == null ? null : first.get("acled");
            LocalDate d = (LocalDate) f.get("date_first");
            List<String> sources = f.reports().stream().map(r -> str(r.get("outlet"))).filter(s -> s != null).distinct().toList();
            String precision = str(f.get("place_precision"));
            List<Object> v = List.of(str(f.get("fused_id")), d == null ? "" : d.toString(), d == null ? "" : d.getYear(),
                    d == null ? "" : 1, acled == null || acled.isNull() ? "" : acled.get("event_type").asText(),
                    acled == null || acled.isNull() ? "" : acled.get("sub_event_type").asText(), nz(f.get("actor")), nz(f.get("recipient")),
                    nz(f.get("country")), nz(f.get("admin1")), nz(f.get("place")), nz(f.get("lat")), nz(f.get("lon")),
                    "town".equals(precision) ? 1 : "admin2".equals(precision) || "admin1".equals(precision) ? 2 : precision == null ? "" : 3,
                    String.join("; ", sources), first == null ? "" : first.get("evidence").asText(), f.get("dead") == null ? 0 : f.get("dead"),
                    java.time.Instant.parse(str(f.get("last_seen"))).getEpochSecond());
            out.write(String.join(",", v.stream().map(x -> csvField(String.valueOf(x))).toList()) + "\n");
        }
    }

    /** The GDELT 2.0 event columns Wirecoder fills; the others stay empty (see docs/store.md). */
    private void gdelt(List<Fused> events, Writer out) throws IOException {
        List<String> cols = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
                "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName",
                "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
        out.write(String.join("\t", cols) + "\n");
        for (Fused f : events) {
            LocalDate d = (LocalDate) f.get("date_first");
            String cameo = nz(f.get("cameo"));
            String precision = str(f.get("place_precision"));
            String geoType = precision == null ? "" : "country".equals(precision) ? "1" : "admin1".equals(precision) ? "5" : "4";
            String url = f.reports().isEmpty() ? "" : nz(f.reports().get(0).get("url"));
            List<String> v = List.of(nz(f.get("fused_id")), d == null ? "" : d.toString().replace("-", ""),
                    d == null ? "" : String.format(Locale.ROOT, "%d%02d", d.getYear(), d.getMonthValue()), d == null ? "" : "" + d.getYear(),
                    code(f, "actor"), nz(f.get("actor")), nz(f.get("actor_country")), code(f, "recipient"), nz(f.get("recipient")),
                    nz(f.get("recipient_country")), "1", cameo, cameo.length() >= 3 ? cameo.substring(0, 3) : cameo,
                    cameo.length() >= 2 ? cameo.substring(0, 2) : cameo, String.valueOf(QUAD.getOrDefault(str(f.get("quad_class")), 0)), "",
                    nz(f.get("num_mentions")), nz(f.get("num_sources")), nz(f.get("num_articles")), geoType, nz(f.get("place")),
                    nz(f.get("country")), nz(f.get("admin1")), nz(f.get("lat")), nz(f.get("lon")), nz(f.get("geonameid")),
                    nz(f.get("last_seen")).replaceAll("[^0-9]", "").substring(0, Math.min(14, nz(f.get("last_seen")).replaceAll("[^0-9]", "").length())),
                    url);
            out.write(String.join("\t", v.stream().map(s -> s.replace('\t', ' ').replace('\n', ' ')).toList()) + "\n");
        }
    }

    /** CAMEO actor code as country and sector ("SYRGOV"). */
    private static String code(Fused f, String side) {
        return nz(f.get(side + "_country")) + nz(f.get(side + "_sector"));
    }

    /** The events as CSV with the {@code fused} table's columns (none at all for no events). */
    public void csv(List<Fused> events, Writer out) throws IOException {
        if (events.isEmpty()) return;
        List<String> cols = new ArrayList<>(events.get(0).row().keySet());
        out.write(String.join(",", cols) + "\n");
        for (Fused f : events) out.write(String.join(",", cols.stream().map(c -> csvField(nz(f.get(c)))).toList()) + "\n");
    }

    private int parquet(EventFilter filter, Path file) throws SQLException {
        EventFilter.Sql w = filter.sql();
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS export_selection");
        }
        try (PreparedStatement p = prepared("CREATE TEMP TABLE export_selection AS SELECT f.* FROM fused f WHERE " + w.where()
                + " ORDER BY f.date_first NULLS LAST, f.fused_id", w.params())) {
            p.execute();
        }
        try (Statement s = db.createStatement()) {
            s.execute("COPY export_selection TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM export_selection")) {
                r.next();
                int n = r.getInt(1);
                s.execute("DROP TABLE export_selection");
                db.commit();
                return n;
            }
        }
    }

    static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
