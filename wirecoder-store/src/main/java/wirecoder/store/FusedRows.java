package wirecoder.store;

import wirecoder.model.ActorRef;
import wirecoder.model.EventRecord;
import wirecoder.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How reports make a fused event, apart from where they are kept: a report's columns as fusion reads them, the sides
 * the {@link Fusion} rules compare, a fused event's columns from its reports, and {@link InMemory} fusion of a stream
 * of event rows. The store fuses through these over its tables; the Spark job through {@link InMemory}, per type.
 */
public final class FusedRows {

    /** The rule the fused counts follow, as written to {@code fused.count_rule}. */
    public static final String COUNT_RULE = "lowest-reported";

    /** The columns of {@code fused} after fused_id, in order, as {@link #values} fills them. */
    public static final List<String> COLUMNS = List.of("event_type", "mode", "cameo", "quad_class", "actor", "actor_country",
            "actor_sector", "recipient", "recipient_country", "recipient_sector", "date_first", "date_last", "place", "geonameid",
            "lat", "lon", "country", "admin1", "place_precision", "dead", "injured", "arrested", "captured", "counts_disagree",
            "count_rule", "factuality", "num_mentions", "num_articles", "num_sources");

    /** The DuckDB types of {@link #COLUMNS}, in order (a test holds them equal to the {@code fused} table's). */
    public static final List<String> TYPES = List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
            "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "DATE", "VARCHAR", "BIGINT",
            "DOUBLE", "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "BIGINT", "BIGINT", "BOOLEAN",
            "VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "INTEGER");

    /** Where an {@code events} row's columns sit in a report as the store's member query reads it. */
    private static final int[] MEMBER_OF_EVENT = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 1, 32};

    /** The ranks of place precision, most precise first: the fused event takes its most precise report's place. */
    private static final List<String> PRECISION_RANK = List.of("town", "admin2", "admin1", "unresolved", "country", "region");

    private FusedRows() {
    }

    /** A report's columns as fusion reads them, from its {@code events} row ({@link EventRows#COLUMNS} order). */
    public static Object[] member(Object[] eventRow) {
        Object[] m = new Object[MEMBER_OF_EVENT.length];
        for (int i = 0; i < m.length; i++) m[i] = eventRow[MEMBER_OF_EVENT[i]];
        return m;
    }

    /** The sides of a fused event's values (in {@link #COLUMNS} order). */
    public static Fusion.Side side(Object[] v) {
        return new Fusion.Side((String) v[0], (String) v[4], (String) v[5], (String) v[6], (String) v[7], (String) v[8], (String) v[9],
                v[14] == null ? null : ((Number) v[14]).doubleValue(), v[15] == null ? null : ((Number) v[15]).doubleValue(),
                (String) v[16], (String) v[17], (String) v[18]);
    }

    /** The sides of a report. */
    public static Fusion.Side side(EventRecord e) {
        Place l = e.location();
        return new Fusion.Side(e.eventType(), EventRows.names(e.actor()), EventRows.first(e.actor(), ActorRef::country),
                EventRows.first(e.actor(), ActorRef::sector), EventRows.names(e.recipient()), EventRows.first(e.recipient(), ActorRef::country),
                EventRows.first(e.recipient(), ActorRef::sector), l == null ? null : l.lat(), l == null ? null : l.lon(),
                l == null ? null : l.country(), l == null ? null : l.admin1(), l == null ? null : l.precision());
    }

    /** The sides of a report, from its {@code events} row: the same as {@link #side(EventRecord)} of its record. */
    public static Fusion.Side sideOfRow(Object[] r) {
        return new Fusion.Side((String) r[3], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11], (String) r[12],
                r[17] == null ? null : ((Number) r[17]).doubleValue(), r[18] == null ? null : ((Number) r[18]).doubleValue(),
                (String) r[19], (String) r[20], (String) r[21]);
    }

    /**
     * A fused event from all its reports, in the order they were stored: the type and the sides of the first report
     * that names them, the earliest and latest day, the most precise place, and each count as the lowest figure any
     * report gives (ACLED codes the most conservative figure; each report's own figure stays in {@code events}, and
     * {@code counts_disagree} says when they differ).
     */
    public static Object[] values(List<Object[]> rows) {
        // Member columns: 0 type, 1 mode, 2 cameo, 3 quad, 4 actor, 5 actor_country, 6 actor_sector, 7 recipient,
        // 8 recipient_country, 9 recipient_sector, 10 date, 11 place, 12 geonameid, 13 lat, 14 lon, 15 country, 16 admin1,
        // 17 place_precision, 18-21 counts, 22 factuality, 23 article, 24 outlet.
        Object[] first = rows.get(0);
        Object[] v = new Object[COLUMNS.size()];
        for (int i = 0; i < 4; i++) v[i] = first[i];
        Object[] withActor = firstWith(rows, 4);
        Object[] withRecipient = firstWith(rows, 7);
        for (int i = 0; i < 3; i++) {
            v[4 + i] = withActor == null ? null : withActor[4 + i];
            v[7 + i] = withRecipient == null ? null : withRecipient[7 + i];
        }
        LocalDate lo = null;
        LocalDate hi = null;
        Object[] place = null;
        for (Object[] r : rows) {
            LocalDate d = r[10] == null ? null : toDate(r[10]);
            if (d != null && (lo == null || d.isBefore(lo))) lo = d;
            if (d != null && (hi == null || d.isAfter(hi))) hi = d;
            if (r[17] != null && (place == null || rank(r[17]) < rank(place[17]))) place = r;
        }
        v[10] = lo;
        v[11] = hi;
        for (int i = 0; i < 7; i++) v[12 + i] = place == null ? null : place[11 + i];
        boolean disagree = false;
        for (int c = 0; c < 4; c++) {
            Long min = null;
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (Object[] r : rows) {
                if (r[18 + c] == null) continue;
                long x = ((Number) r[18 + c]).longValue();
                seen.add(x);
                if (min == null || x < min) min = x;
            }
            v[19 + c] = min;
            disagree |= seen.size() > 1;
        }
        v[23] = disagree;
        v[24] = COUNT_RULE;
        boolean asserted = rows.stream().anyMatch(r -> "asserted".equals(r[22]));
        v[25] = asserted ? "asserted" : first[22];
        v[26] = rows.size();
        v[27] = (int) rows.stream().map(r -> r[23]).distinct().count();
        v[28] = (int) rows.stream().map(r -> r[24]).distinct().count();
        return v;
    }

    private static Object[] firstWith(List<Object[]> rows, int column) {
        for (Object[] r : rows) if (r[column] != null && !r[column].toString().isEmpty()) return r;
        return null;
    }

    private static int rank(Object precision) {
        int i = PRECISION_RANK.indexOf(String.valueOf(precision));
        return i < 0 ? PRECISION_RANK.size() : i;
    }

    static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) return d;
        if (o instanceof java.sql.Date d) return d.toLocalDate();
        return LocalDate.parse(o.toString());
    }

    /**
     * Fusion of event rows given in the order a store would be given them (one PLOVER type's rows suffice: fusion never
     * joins two types), as {@code ingest} fuses them in one batch: each report joins the first fused event, in order of
     * creation, of its type whose days come within {@link Fusion#DAY_SLACK} of its own and which no {@link Fusion} rule
     * keeps apart; else it starts one named after it.
     */
    public static final class InMemory {

        private record Fused(int created, List<Object[]> members, Object[] values) {
        }

        private final Map<String, Fused> fused = new LinkedHashMap<>();
        /** The fused events under each day they span: a report looks only at its own day and the days beside it. */
        private final Map<LocalDate, List<String>> byDay = new java.util.HashMap<>();

        /** Fuses one report ({@link EventRows#COLUMNS} order); returns its fused id, which it also sets in the row. */
        public String add(Object[] eventRow) {
            String id = join(eventRow);
            Fused f = id == null ? null : fused.get(id);
            if (f == null) {
                id = "f-" + eventRow[0];
                // An event id seen before (the same story twice under one id) must not take over the first's fused event.
                for (int n = 2; fused.containsKey(id); n++) id = "f-" + eventRow[0] + "~" + n;
                f = new Fused(fused.size(), new ArrayList<>(), null);
            }
            eventRow[2] = id;
            Object[] before = f.values();
            f.members().add(member(eventRow));
            Fused now = new Fused(f.created(), f.members(), values(f.members()));
            fused.put(id, now);
            index(id, before, now.values());
            return id;
        }

        /** Files the fused event under the days it spans now that it did not span before. */
        private void index(String id, Object[] before, Object[] after) {
            if (after[10] == null) return;
            LocalDate from = toDate(after[10]);
            LocalDate to = toDate(after[11]);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                boolean had = before != null && before[10] != null && !d.isBefore(toDate(before[10])) && !d.isAfter(toDate(before[11]));
                if (!had) byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(id);
            }
        }

        private String join(Object[] row) {
            if (row[13] == null) return null;
            LocalDate d = toDate(row[13]);
            Fusion.Side report = sideOfRow(row);
            // The fused events whose days come within DAY_SLACK of the report's, in order of creation, as the store tries them.
            java.util.TreeMap<Integer, String> candidates = new java.util.TreeMap<>();
            for (LocalDate day = d.minusDays(Fusion.DAY_SLACK); !day.isAfter(d.plusDays(Fusion.DAY_SLACK)); day = day.plusDays(1)) {
                for (String id : byDay.getOrDefault(day, List.of())) candidates.put(fused.get(id).created(), id);
            }
            for (String id : candidates.values()) {
                Object[] v = fused.get(id).values();
                if (!row[3].equals(v[0])) continue;
                if (Fusion.keepsApart(report, side(v)) == null) return id;
            }
            return null;
        }

        /** Each fused event: its id followed by its {@link #COLUMNS} values, in order of creation. */
        public List<Object[]> rows() {
            List<Object[]> out = new ArrayList<>();
            for (var x : fused.entrySet()) {
                Object[] row = new Object[COLUMNS.size() + 1];
                row[0] = x.getKey();
                System.arraycopy(x.getValue().values(), 0, row, 1, COLUMNS.size());
                out.add(row);
            }
            return out;
        }
    }
}
