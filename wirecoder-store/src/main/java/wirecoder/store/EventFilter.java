package wirecoder.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fused events a query or an export takes: each filter given narrows the set (all must hold). Builds the SQL
 * condition over the {@code fused} table with its parameters, never by pasting values into SQL.
 *
 * @param actor     a name (any part, any case) or a country code of the actor side
 * @param bbox      min longitude, min latitude, max longitude, max latitude
 * @param text      words in any report's sentence
 * @param minSources at least this many distinct sources tell the event
 */
public record EventFilter(String type, String mode, String actor, String recipient, String country, LocalDate from,
                          LocalDate to, double[] bbox, String text, String factuality, int minSources) {

    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, null, null, null, null, 0);
    }

    /** The condition ("TRUE" when no filter is given) and its parameters, in order. */
    public record Sql(String where, List<Object> params) {
    }

    public Sql sql() {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (type != null) {
            c.add("f.event_type = ?");
            p.add(type.toUpperCase(java.util.Locale.ROOT));
        }
        if (mode != null) {
            c.add("f.mode = ?");
            p.add(mode);
        }
        side(c, p, actor, "actor");
        side(c, p, recipient, "recipient");
        if (country != null) {
            c.add("f.country = ?");
            p.add(country.toUpperCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            c.add("f.date_last >= ?");
            p.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            c.add("f.date_first <= ?");
            p.add(java.sql.Date.valueOf(to));
        }
        if (bbox != null) {
            c.add("f.lon BETWEEN ? AND ? AND f.lat BETWEEN ? AND ?");
            p.add(bbox[0]);
            p.add(bbox[2]);
            p.add(bbox[1]);
            p.add(bbox[3]);
        }
        if (text != null) {
            c.add("EXISTS (SELECT 1 FROM events e WHERE e.fused_id = f.fused_id AND e.evidence ILIKE ?)");
            p.add("%" + text + "%");
        }
        if (factuality != null) {
            c.add("f.factuality = ?");
            p.add(factuality.toLowerCase(java.util.Locale.ROOT));
        }
        if (minSources > 0) {
            c.add("f.num_sources >= ?");
            p.add(minSources);
        }
        return new Sql(c.isEmpty() ? "TRUE" : String.join(" AND ", c), p);
    }

    /** A country code (three capitals) matches the side's country; anything else a part of a name. */
    private static void side(List<String> c, List<Object> p, String value, String column) {
        if (value == null) return;
        if (value.matches("[A-Z]{3}|IGO|UN|EU")) {
            c.add("f." + column + "_country = ?");
            p.add(value);
        } else {
            c.add("f." + column + " ILIKE ?");
            p.add("%" + value + "%");
        }
    }
}
