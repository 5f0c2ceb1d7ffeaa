package wirecoder.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.io.RecordJson;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.Place;

import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An event as a row of the store's {@code events} table: what the store writes and what a job that codes articles
 * elsewhere (Spark) writes, so that both give the same row for the same event.
 */
public final class EventRows {

    /** A column of the {@code events} table: its name and DuckDB type. */
    public record Column(String name, String type) {
    }

    /** The {@code events} table's columns, in order (Schema creates the table with these; a test holds them equal). */
    public static final List<Column> COLUMNS = List.of(
            new Column("event_id", "VARCHAR"), new Column("article_id", "VARCHAR"), new Column("fused_id", "VARCHAR"),
            new Column("event_type", "VARCHAR"), new Column("mode", "VARCHAR"), new Column("cameo", "VARCHAR"),
            new Column("quad_class", "VARCHAR"), new Column("actor", "VARCHAR"), new Column("actor_country", "VARCHAR"),
            new Column("actor_sector", "VARCHAR"), new Column("recipient", "VARCHAR"), new Column("recipient_country", "VARCHAR"),
            new Column("recipient_sector", "VARCHAR"), new Column("event_date", "DATE"), new Column("date_precision", "VARCHAR"),
            new Column("place", "VARCHAR"), new Column("geonameid", "BIGINT"), new Column("lat", "DOUBLE"), new Column("lon", "DOUBLE"),
            new Column("country", "VARCHAR"), new Column("admin1", "VARCHAR"), new Column("place_precision", "VARCHAR"),
            new Column("dead", "BIGINT"), new Column("injured", "BIGINT"), new Column("arrested", "BIGINT"), new Column("captured", "BIGINT"),
            new Column("factuality", "VARCHAR"), new Column("source", "VARCHAR"), new Column("trigger", "VARCHAR"),
            new Column("sentence", "INTEGER"), new Column("evidence", "VARCHAR"), new Column("record", "VARCHAR"),
            new Column("outlet", "VARCHAR"));

    private static final RecordJson JSON = new RecordJson();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventRows() {
    }

    /** An {@code events} row, in {@link #COLUMNS} order; {@code fusedId} may be null (not fused yet). */
    public static Object[] event(String articleId, String fusedId, EventRecord e, String outlet) {
        Place l = e.location();
        LocalDate d = day(e);
        String record;
        try {
            record = MAPPER.writeValueAsString(JSON.event(e, false));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Object[]{e.id(), articleId, fusedId, e.eventType(), e.mode(), e.cameo(), e.quadClass(),
                names(e.actor()), first(e.actor(), ActorRef::country), first(e.actor(), ActorRef::sector),
                names(e.recipient()), first(e.recipient(), ActorRef::country), first(e.recipient(), ActorRef::sector),
                d == null ? null : Date.valueOf(d), e.date() == null ? null : e.date().precision(),
                l == null ? null : l.name(), l == null ? null : l.geonameid(), l == null ? null : l.lat(), l == null ? null : l.lon(),
                l == null ? null : l.country(), l == null ? null : l.admin1(), l == null ? null : l.precision(),
                e.size().dead(), e.size().injured(), e.size().arrested(), e.size().captured(), e.factuality().label(),
                e.attribution() == null ? null : e.attribution().source(), e.trigger().text(), e.sentence(), e.evidence(),
                record, outlet == null ? articleId : outlet};
    }

    /** Where an article came from, for counting sources: its outlet, else its URL's host; null when neither. */
    public static String outletOf(Article a) {
        if (a == null) return null;
        if (a.source() != null && !a.source().isBlank()) return a.source();
        if (a.url() != null) {
            try {
                String host = java.net.URI.create(a.url()).getHost();
                if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
            } catch (IllegalArgumentException ignored) {
                // not a URL: no outlet
            }
        }
        return null;
    }

    /** The event's day: the day, or the first day of the month or year it gives; null without a date. */
    public static LocalDate day(EventRecord e) {
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

    static String names(List<ActorRef> actors) {
        Set<String> n = new LinkedHashSet<>();
        for (ActorRef a : actors) n.add(a.name());
        return String.join("; ", n);
    }

    static String first(List<ActorRef> actors, java.util.function.Function<ActorRef, String> f) {
        for (ActorRef a : actors) if (f.apply(a) != null) return f.apply(a);
        return null;
    }
}
