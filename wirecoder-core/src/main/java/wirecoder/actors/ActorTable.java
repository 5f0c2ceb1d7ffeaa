package wirecoder.actors;

import wirecoder.data.TsvTable;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The starter actor knowledge base: countries (as states, with demonyms and capitals), named
 * actors and generic role words, all loaded from TSV data and validated. User files of the same
 * shape extend it ({@link #load(List)}), which is how the later full knowledge base plugs in.
 */
public final class ActorTable {

    public static final List<String> ACTOR_COLUMNS = List.of("name", "aliases", "country", "sector", "kind");
    public static final List<String> COUNTRY_COLUMNS = List.of("iso3", "iso2", "name", "aliases", "demonyms", "capital", "geonameid",
            "continent", "lat", "lon");
    public static final List<String> ROLE_COLUMNS = List.of("lemma", "sector", "label");
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
            "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "AGR", "ELI", "IGO", "NGO", "ACT");

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, ActorEntry> actors = new LinkedHashMap<>();
    private final Map<String, RoleWord> roles = new HashMap<>();
    /** Names of actors and states, matched in text. */
    private final PhraseMatcher<ActorEntry> names = new PhraseMatcher<>();
    /** Demonyms ("Lebanese") giving a country to a role word. */
    private final PhraseMatcher<Country> demonyms = new PhraseMatcher<>();

    private ActorTable() {
    }

    public static ActorTable load() {
        return load(List.of());
    }

    /** The bundled tables plus user actor files (same columns as actors.tsv). */
    public static ActorTable load(List<Path> extraActorFiles) {
        ActorTable t = new ActorTable();
        t.addCountries(TsvTable.resource("/actors/countries.tsv", COUNTRY_COLUMNS));
        t.addActors(TsvTable.resource("/actors/actors.tsv", ACTOR_COLUMNS));
        for (Path p : extraActorFiles) t.addActors(TsvTable.file(p, ACTOR_COLUMNS));
        t.addRoles(TsvTable.resource("/actors/roles.tsv", ROLE_COLUMNS));
        return t;
    }

    private void addCountries(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String iso3 = r.required("iso3");
            if (!iso3.matches("[A-Z]{3}")) throw r.fail("iso3 must be three capital letters: " + iso3);
            long gid;
            try {
                gid = Long.parseLong(r.required("geonameid"));
            } catch (NumberFormatException e) {
                throw r.fail("geonameid is not a number: " + r.get("geonameid"));
            }
            Country c = new Country(iso3, r.required("iso2"), r.required("name"), r.list("aliases", ";"),
                    r.list("demonyms", ";"), r.get("capital"), gid, r.get("continent"),
                    r.decimal("lat"), r.decimal("lon"));
            if (countries.put(iso3, c) != null) throw r.fail("duplicate country " + iso3);
            ActorEntry state = new ActorEntry(c.name(), c.aliases(), iso3, "GOV", ActorEntry.Kind.STATE, List.of(), "");
            actors.put(c.name(), state);
            names.add(c.name(), state);
            for (String a : c.aliases()) names.add(a, state);
            if (!c.capital().isBlank()) names.add(c.capital(), state);
            for (String d : c.demonyms()) demonyms.add(d, c);
        }
    }

    private void addActors(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String name = r.required("name");
            String sector = r.required("sector");
            if (!SECTORS.contains(sector)) throw r.fail("unknown sector " + sector + "; valid: " + SECTORS);
            String country = r.get("country");
            if (!country.isEmpty() && !countries.containsKey(country)) throw r.fail("unknown country " + country);
            ActorEntry.Kind kind;
            try {
                kind = ActorEntry.Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown kind " + r.get("kind") + "; valid: group, party, igo, ngo, media, person");
            }
            if (kind == ActorEntry.Kind.STATE) throw r.fail("states belong in countries.tsv");
            ActorEntry e = new ActorEntry(name, r.list("aliases", ";"), country, sector, kind,
                    r.list("generic", ";"), r.get("affiliation"));
            actors.put(name, e);
            names.add(name, e);
            for (String a : e.aliases()) names.add(a, e);
        }
        for (ActorEntry e : actors.values()) {
            if (!e.affiliation().isEmpty() && !actors.containsKey(e.affiliation())) {
                throw new wirecoder.data.DataFileException(table.name(), 0,
                        e.name() + ": affiliation '" + e.affiliation() + "' is not a known actor");
            }
        }
    }

    private void addRoles(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String sector = r.required("sector");
            if (!SECTORS.contains(sector)) throw r.fail("unknown sector " + sector);
            RoleWord w = new RoleWord(r.required("lemma").toLowerCase(Locale.ROOT), sector, r.required("label"));
            if (roles.put(w.lemma(), w) != null) throw r.fail("duplicate role word " + w.lemma());
        }
    }

    public PhraseMatcher<ActorEntry> names() { return names; }

    public PhraseMatcher<Country> demonyms() { return demonyms; }

    public Optional<RoleWord> role(String lemma) {
        return Optional.ofNullable(roles.get(lemma.toLowerCase(Locale.ROOT)));
    }

    public Optional<Country> country(String iso3) { return Optional.ofNullable(countries.get(iso3)); }

    /** Every country of countries.tsv, in file order. */
    public java.util.Collection<Country> countries() { return java.util.Collections.unmodifiableCollection(countries.values()); }

    public Optional<ActorEntry> actor(String name) { return Optional.ofNullable(actors.get(name)); }
}
