package wirecoder.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the actor tables: a state, group, IGO, party, medium, company or person. {@code code} is the CAMEO
 * actor code where known, {@code wikidata} a Wikidata id where sure, {@code office} the office a leader holds
 * ("president", "prime minister") so that "the president" resolves by date, and {@code tenures} the codes an
 * actor held by date (Erdogan: TURGOV from 2003), which decide country and sector for an article's date.
 */
public record ActorEntry(String name, List<String> aliases, String country, String sector, Kind kind,
                         List<String> generic, String affiliation, String code, String wikidata, String office,
                         List<Tenure> tenures) {

    public enum Kind { STATE, GROUP, PARTY, IGO, NGO, MEDIA, BUSINESS, PERSON }

    /** A code held from {@code from} until {@code to} (either may be null: open), in {@code office} (may be empty). */
    public record Tenure(String code, String country, String sector, LocalDate from, LocalDate to, String office) {
        public boolean covers(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    /** Country, sector and code as they stand on one day. */
    public record Standing(String country, String sector, String code) {
    }

    public ActorEntry {
        aliases = List.copyOf(aliases);
        generic = List.copyOf(generic);
        tenures = List.copyOf(tenures);
        code = code == null ? "" : code;
        wikidata = wikidata == null ? "" : wikidata;
        office = office == null ? "" : office;
    }

    /** An entry with no codes, dates or office: states, and persons an article names that no table knows. */
    public ActorEntry(String name, List<String> aliases, String country, String sector, Kind kind, List<String> generic,
                      String affiliation) {
        this(name, aliases, country, sector, kind, generic, affiliation, "", "", "", List.of());
    }

    public boolean isPerson() { return kind == Kind.PERSON; }

    /** Non-person collective actors, which "it", "they" and "the group" can refer to. */
    public boolean isCollective() { return kind != Kind.PERSON; }

    /**
     * Country, sector and code on {@code day}: the tenure that covers it (the latest starting one when several do),
     * else the row's own values. With no day, the row's values.
     */
    public Standing standingOn(LocalDate day) {
        Tenure best = null;
        if (day == null) {
            // No date: the open tenure, the standing the table knows as current.
            best = tenures.stream().filter(t -> t.to() == null).findFirst().orElse(null);
        } else {
            for (Tenure t : tenures) {
                if (t.covers(day) && (best == null || (t.from() != null && (best.from() == null || t.from().isAfter(best.from()))))) {
                    best = t;
                }
            }
        }
        if (best == null) return new Standing(country, sector, code);
        String c = best.country() == null || best.country().isEmpty() ? country : best.country();
        return new Standing(c, best.sector(), best.code());
    }

    /** Whether any tenure was in this office. */
    public boolean everHeld(String office) {
        return tenures.stream().anyMatch(t -> t.office().equals(office));
    }

    /** Whether the actor held {@code office} on {@code day}. */
    public boolean heldOn(String office, LocalDate day) {
        return tenures.stream().anyMatch(t -> t.office().equals(office) && t.covers(day));
    }
}
