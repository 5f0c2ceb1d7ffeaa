package wirecoder.actors;

import wirecoder.data.TsvTable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** Required columns of an actor file; optional: generic, affiliation, code, wikidata, office, tenures. */
    public static final List<String> ACTOR_COLUMNS = List.of("name", "aliases", "country", "sector", "kind");
    public static final List<String> COUNTRY_COLUMNS = List.of("iso3", "iso2", "name", "aliases", "demonyms", "capital", "geonameid",
            "continent", "lat", "lon");
    public static final List<String> ROLE_COLUMNS = List.of("lemma", "sector", "label");
    /** Sectors of a state's own organs: government, military, police, judiciary, legislature. */
    static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
            "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "AGR", "ELI", "IGO", "NGO", "ACT");

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, ActorEntry> actors = new LinkedHashMap<>();
    private final Map<String, RoleWord> roles = new HashMap<>();
    /** Leaders with an office ("president") and dated tenures, for "the president" on the article's day. */
    private final List<ActorEntry> officeHolders = new ArrayList<>();
    /** org-words.tsv: a word of an organisation's name and the sector it gives. */
    private final Map<String, String> orgWords = new HashMap<>();
    /** role-modifiers.tsv: words that take a government role word out of government ("tribal chiefs"). */
    private final Map<String, RoleWord> roleModifiers = new HashMap<>();
    /** offices.tsv rows: head lemma, modifier, office. */
    private final List<String[]> offices = new ArrayList<>();
    /** currencies.tsv: money words ("dollar", "pound") that make the name before them no state. */
    private final Set<String> currencies = new java.util.HashSet<>();
    /** lexicon/weapons.tsv lemmas: "an IED exploded" names a weapon, never an actor. */
    private final Set<String> weapons = new java.util.HashSet<>();
    /** Persons under "first last" ({@link #firstLastKey}); null where two persons share the key. */
    private final Map<String, ActorEntry> byFirstLast = new HashMap<>();
    /** Persons under their last word; null where persons of two countries share it. */
    private final Map<String, ActorEntry> bySurname = new HashMap<>();
    /** Names of actors and states, matched in text. */
    private final PhraseMatcher<ActorEntry> names = new PhraseMatcher<>();
    /** The names of states alone (names, aliases, capitals), for places: no longer actor name hides them. */
    private final PhraseMatcher<ActorEntry> stateNames = new PhraseMatcher<>();
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
        for (TsvTable.Row r : TsvTable.resource("/actors/currencies.tsv", List.of("word")).rows()) {
            if (!t.currencies.add(r.required("word").toLowerCase(Locale.ROOT))) throw r.fail("duplicate word " + r.get("word"));
        }
        for (TsvTable.Row r : TsvTable.resource("/lexicon/weapons.tsv", List.of("lemma", "mode")).rows()) {
            t.weapons.add(r.required("lemma").toLowerCase(Locale.ROOT));
        }
        t.names.notBefore(t.currencies);
        t.stateNames.notBefore(t.currencies);
        t.demonyms.notBefore(t.currencies);
        t.addCountries(TsvTable.resource("/actors/countries.tsv", COUNTRY_COLUMNS));
        // Later tables win where two give one name: the converted Phoenix dictionaries, then the curated
        // tables, then the user's files.
        t.addActors(TsvTable.resource("/actors/phoenix.tsv", ACTOR_COLUMNS), true);
        t.addActors(TsvTable.resource("/actors/actors.tsv", ACTOR_COLUMNS), false);
        t.addActors(TsvTable.resource("/actors/leaders.tsv", ACTOR_COLUMNS), false);
        for (Path p : extraActorFiles) t.addActors(TsvTable.file(p, ACTOR_COLUMNS), false);
        readRoles(TsvTable.resource("/actors/roles.tsv", ROLE_COLUMNS), "lemma", t.roles, "role word");
        readRoles(TsvTable.resource("/actors/role-modifiers.tsv", List.of("modifier", "sector", "label")), "modifier",
                t.roleModifiers, "modifier");
        t.addOffices(TsvTable.resource("/actors/offices.tsv", List.of("head", "modifier", "office")));
        for (TsvTable.Row r : TsvTable.resource("/actors/org-words.tsv", List.of("word", "sector")).rows()) {
            String sector = r.required("sector");
            if (!SECTORS.contains(sector)) throw r.fail("unknown sector " + sector);
            if (t.orgWords.put(r.required("word").toLowerCase(Locale.ROOT), sector) != null) throw r.fail("duplicate word " + r.get("word"));
        }
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
            stateNames.add(c.name(), state);
            for (String a : c.aliases()) {
                names.add(a, state);
                stateNames.add(a, state);
            }
            if (!c.capital().isBlank()) {
                names.add(c.capital(), state);
                stateNames.add(c.capital(), state);
            }
            for (String d : c.demonyms()) demonyms.add(d, c);
        }
    }

    private void addActors(TsvTable table, boolean converted) {
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
                throw r.fail("unknown kind " + r.get("kind") + "; valid: group, party, igo, ngo, media, business, person");
            }
            if (kind == ActorEntry.Kind.STATE) throw r.fail("states belong in countries.tsv");
            String wikidata = r.get("wikidata");
            if (!wikidata.isEmpty() && !wikidata.matches("Q[1-9][0-9]*")) throw r.fail("wikidata must be a Q-id: " + wikidata);
            String office = r.get("office").toLowerCase(Locale.ROOT);
            List<ActorEntry.Tenure> tenures = new ArrayList<>();
            for (String t : r.list("tenures", ";")) tenures.add(tenure(r, t, office));
            if (!office.isEmpty() && tenures.isEmpty()) throw r.fail("an office holder needs tenures (CODE:FROM..TO)");
            List<String> aliases = new ArrayList<>(r.list("aliases", ";"));
            ActorEntry earlier = actors.get(name);
            if (earlier != null && earlier.kind() != ActorEntry.Kind.STATE) {
                // A later table's row for the same actor replaces the earlier one under all its names.
                for (String a : earlier.aliases()) if (!aliases.contains(a)) aliases.add(a);
            }
            ActorEntry e = new ActorEntry(name, aliases, country, sector, kind,
                    r.list("generic", ";"), r.get("affiliation"), r.get("code"), wikidata, office, tenures);
            actors.put(name, e);
            PhraseMatcher.Need need = need(e, converted, name);
            names.add(name, e, need);
            for (String a : e.aliases()) names.add(a, e, need(e, converted, a));
            if (tenures.stream().anyMatch(t -> !t.office().isEmpty())) officeHolders.add(e);
            if (e.isPerson()) {
                indexFirstLast(name, e);
                for (String a : e.aliases()) indexFirstLast(a, e);
            }
        }
        for (ActorEntry e : actors.values()) {
            if (!e.affiliation().isEmpty() && !actors.containsKey(e.affiliation())) {
                throw new wirecoder.data.DataFileException(table.name(), 0,
                        e.name() + ": affiliation '" + e.affiliation() + "' is not a known actor");
            }
        }
    }

    /**
     * Persons by first and last name, the particles of the last ("al", "el") and middle names aside: "Omar El Bashir"
     * and "Omar al-Bashir" are "Omar Hassan Ahmad al Bashir". Two persons of one key in different countries leave
     * the key ambiguous (mapped to null); in one country the later row wins (it is the same person twice, as
     * leaders.tsv repeats Phoenix rows).
     */
    private void indexFirstLast(String form, ActorEntry e) {
        String key = firstLastKey(form);
        if (key == null) return;
        index(byFirstLast, key, e);
        String[] w = PhraseMatcher.normalize(form);
        index(bySurname, w[w.length - 1], e);
    }

    private static void index(Map<String, ActorEntry> map, String key, ActorEntry e) {
        if (!map.containsKey(key)) {
            map.put(key, e);
            return;
        }
        ActorEntry before = map.get(key);
        map.put(key, before != null && before.country().equals(e.country()) ? e : null);
    }

    /**
     * The one person of the tables with this surname ("Mugabe"), for a surname after a title ("President Mugabe");
     * empty when persons of several countries share it.
     */
    public Optional<ActorEntry> personBySurname(String surname) {
        String[] w = PhraseMatcher.normalize(surname);
        if (w.length != 1 || w[0].length() < 4) return Optional.empty();
        return Optional.ofNullable(bySurname.get(w[0]));
    }

    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "abu", "de", "da", "van", "von", "le");

    /** "omar bashir" for "Omar Hassan al-Bashir"; null for one-word names and initials. */
    static String firstLastKey(String form) {
        String[] w = PhraseMatcher.normalize(form);
        int last = w.length - 1;
        if (last < 1 || NAME_PARTICLES.contains(w[0])) return null;
        if (w[0].length() < 3 || w[last].length() < 4 || w[0].endsWith(".")) return null;
        return w[0] + " " + w[last];
    }

    /** A person the tables know under another spelling of the middle of the name ("Omar El Bashir"), if one only. */
    public Optional<ActorEntry> personByFirstLast(String name) {
        String key = firstLastKey(name);
        return key == null ? Optional.empty() : Optional.ofNullable(byFirstLast.get(key));
    }

    /**
     * A one-word name matches only where the tagger saw a name: a surname ("Rice", "King", "May") only on a PERSON,
     * a one-word organisation of the converted dictionaries ("Hope") only on a named entity. Acronyms match as written.
     */
    private static PhraseMatcher.Need need(ActorEntry e, boolean converted, String form) {
        if (form.trim().contains(" ") || form.contains("-")) return PhraseMatcher.Need.NONE;
        if (e.isPerson()) return PhraseMatcher.Need.PERSON;
        boolean acronym = form.equals(form.toUpperCase(Locale.ROOT));
        if (!converted) return PhraseMatcher.Need.NONE;
        return acronym ? PhraseMatcher.Need.ACRONYM : PhraseMatcher.Need.NAME;
    }

    /**
     * "RUSGOV:1999-12-31..2008-05-07": a CAMEO code held between two days (either may be empty), in the row's office
     * or, after "@", another ("...@prime minister").
     */
    private ActorEntry.Tenure tenure(TsvTable.Row r, String cell, String rowOffice) {
        String office = rowOffice;
        int at = cell.indexOf('@');
        if (at >= 0) {
            office = cell.substring(at + 1).trim().toLowerCase(Locale.ROOT);
            cell = cell.substring(0, at);
        }
        int colon = cell.indexOf(':');
        int dots = cell.indexOf("..");
        if (colon < 0 || dots < colon) throw r.fail("tenure must be CODE:FROM..TO: " + cell);
        String code = cell.substring(0, colon);
        CameoActorCode parsed = CameoActorCode.parse(code, countries.keySet())
                .orElseThrow(() -> r.fail("tenure code names no sector: " + code));
        try {
            String from = cell.substring(colon + 1, dots);
            String to = cell.substring(dots + 2);
            return new ActorEntry.Tenure(code, parsed.country(), parsed.sector(), day(from), day(to), office);
        } catch (java.time.DateTimeException | NumberFormatException | IndexOutOfBoundsException ex) {
            throw r.fail("tenure dates must be YYYY-MM-DD: " + cell);
        }
    }

    private void addOffices(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String office = r.required("office");
            if (!offices().contains(office)) throw r.fail("no leader in leaders.tsv holds office '" + office + "'");
            offices.add(new String[] {r.required("head").toLowerCase(Locale.ROOT), r.get("modifier").toLowerCase(Locale.ROOT), office});
        }
    }

    /**
     * The office a title names: its head lemma ("minister") and the words modifying it ("foreign"); a row that
     * needs a modifier wins over one that needs none.
     */
    public Optional<String> office(String headLemma, Set<String> modifiers) {
        String plain = null;
        for (String[] o : offices) {
            if (!o[0].equals(headLemma.toLowerCase(Locale.ROOT))) continue;
            if (o[1].isEmpty()) {
                if (plain == null) plain = o[2];
            } else if (modifiers.contains(o[1])) {
                return Optional.of(o[2]);
            }
        }
        // A title with a modifier no row knows ("finance minister") names no office of the table.
        return Optional.ofNullable(plain);
    }

    /** Rows of {@code key}, sector and label into {@code into}, by the lower-cased key; {@code what} names a row in errors. */
    private static void readRoles(TsvTable table, String key, Map<String, RoleWord> into, String what) {
        for (TsvTable.Row r : table.rows()) {
            String sector = r.required("sector");
            if (!SECTORS.contains(sector)) throw r.fail("unknown sector " + sector);
            RoleWord w = new RoleWord(r.required(key).toLowerCase(Locale.ROOT), sector, r.required("label"));
            if (into.put(w.lemma(), w) != null) throw r.fail("duplicate " + what + " " + w.lemma());
        }
    }

    public PhraseMatcher<ActorEntry> names() { return names; }

    public PhraseMatcher<Country> demonyms() { return demonyms; }

    /** Whether a lower-case word names a currency ("dollar", "lira"): "the US dollar" is money, not the state. */
    public boolean isCurrency(String word) { return currencies.contains(word); }

    /** Whether a lemma names a weapon ("IED", "RPG", "missile"): the thing, not who used it. */
    public boolean isWeapon(String lemma) { return weapons.contains(lemma.toLowerCase(Locale.ROOT)); }

    /** The sector a word of an organisation's name gives ("department": GOV), if any. */
    public Optional<String> orgSector(String word) {
        return Optional.ofNullable(orgWords.get(word.toLowerCase(Locale.ROOT)));
    }

    /** States only: what the place finder looks for, whatever longer actor names hold them. */
    public PhraseMatcher<ActorEntry> stateNames() { return stateNames; }

    public Optional<RoleWord> role(String lemma) {
        return Optional.ofNullable(roles.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /**
     * A government role word as its modifier makes it ("evangelical leaders": religious leaders, CVL), or empty when
     * the modifier does not change it (role-modifiers.tsv).
     */
    public Optional<RoleWord> modifiedRole(RoleWord role, String modifier) {
        if (!role.sector().equals("GOV")) return Optional.empty();
        RoleWord m = roleModifiers.get(modifier.toLowerCase(Locale.ROOT));
        return m == null ? Optional.empty() : Optional.of(new RoleWord(role.lemma(), m.sector(), m.label()));
    }

    public Optional<Country> country(String iso3) { return Optional.ofNullable(countries.get(iso3)); }

    /** Every country of countries.tsv, in file order. */
    public java.util.Collection<Country> countries() { return java.util.Collections.unmodifiableCollection(countries.values()); }

    public Optional<ActorEntry> actor(String name) { return Optional.ofNullable(actors.get(name)); }

    /** "2016-07-15" as a date, "" as none; read by hand, as DateTimeFormatter is slow to start and there are 40,000. */
    private static LocalDate day(String s) {
        if (s.isEmpty()) return null;
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') throw new java.time.DateTimeException(s);
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8)));
    }

    /** The holder of {@code office} ("president") of {@code iso3} on {@code day}, if the leaders table knows one. */
    public Optional<ActorEntry> officeHolder(String iso3, String office, LocalDate day) {
        if (day == null) return Optional.empty();
        for (ActorEntry e : officeHolders) {
            for (ActorEntry.Tenure t : e.tenures()) {
                if (t.office().equals(office) && iso3.equals(t.country()) && t.covers(day)) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The offices the leaders table names ("president", "prime minister", ...). */
    public Set<String> offices() {
        Set<String> out = new java.util.TreeSet<>();
        for (ActorEntry e : officeHolders) for (ActorEntry.Tenure t : e.tenures()) if (!t.office().isEmpty()) out.add(t.office());
        return out;
    }
}
