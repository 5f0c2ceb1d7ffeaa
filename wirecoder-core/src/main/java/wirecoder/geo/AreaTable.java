package wirecoder.geo;

import wirecoder.actors.ActorTable;
import wirecoder.actors.Country;
import wirecoder.data.DataFileException;
import wirecoder.data.TsvTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The areas a toponym can name besides populated places: countries (from actors/countries.tsv),
 * first- and second-level admin areas (geo/admin1.tsv, geo/admin2.tsv) and continents (geo/continents.tsv), as GeoName entries
 * with their centroids. Also answers the qualifier after a place name ("Paris, Texas", "Alexandria,
 * Va.", "TRIPOLI, Lebanon").
 */
public final class AreaTable {

    public static final List<String> ADMIN1_COLUMNS = List.of("code", "name", "asciiname", "geonameid", "lat", "lon",
            "population", "abbreviations");
    public static final List<String> ADMIN2_COLUMNS = List.of("code", "name", "asciiname", "geonameid", "lat", "lon",
            "population");
    static final String ADMIN2_RESOURCE = "/geo/admin2.tsv";
    public static final List<String> SUPPLEMENT_COLUMNS = List.of("name", "alternatenames", "lat", "lon", "feature_code",
            "country", "admin1", "population", "geonameid", "source");
    public static final List<String> CONTINENT_COLUMNS = List.of("code", "name", "aliases", "geonameid", "lat", "lon",
            "demonyms");

    /** GeoNames feature codes of the sites a supplement table may hold: airport, building, palace, government office. */
    static final Set<String> SITES = Set.of("AIRP", "BLDG", "PAL", "GOVL");
    /** GeoNames feature codes of waters a supplement table may hold: ocean, sea, gulf, strait, lake, canal. */
    static final Set<String> WATERS = Set.of("OCN", "SEA", "GULF", "STRT", "LK", "CNL");

    public static final List<String> ALIAS_COLUMNS = List.of("geonameid", "name", "aliases");

    private final List<GeoName> entries = new ArrayList<>();
    /** Names news uses for a dump entry that GeoNames lacks ("L.A."), by geonameid. */
    private final Map<Long, List<String>> aliases = new HashMap<>();
    /** Admin2 areas, read only when an index is built: at run time the index has them (25,000 rows cost 0.2 s of start-up). */
    private List<GeoName> admin2;
    private final Map<String, GeoName> admin1ByCode = new HashMap<>();
    private final Map<String, Country> countryByIso2 = new HashMap<>();
    /** Countries and continents by the key of a demonym ("Russian", "European"). */
    private final Map<String, GeoName> demonyms = new HashMap<>();
    /** Qualifier forms (names, aliases, abbreviations) by key. */
    private final Map<String, List<GeoName>> qualifiers = new HashMap<>();

    private AreaTable() {
    }

    public static AreaTable load(ActorTable actors) {
        AreaTable t = new AreaTable();
        for (Country c : actors.countries()) t.addCountry(c);
        t.addAdmin1(TsvTable.resource("/geo/admin1.tsv", ADMIN1_COLUMNS));
        t.addContinents(TsvTable.resource("/geo/continents.tsv", CONTINENT_COLUMNS));
        t.addSupplement(TsvTable.resource("/geo/supplement.tsv", SUPPLEMENT_COLUMNS));
        t.addSupplement(TsvTable.resource("/geo/airports.tsv", SUPPLEMENT_COLUMNS));
        t.addAliases(TsvTable.resource("/geo/aliases.tsv", ALIAS_COLUMNS));
        return t;
    }

    private void addCountry(Country c) {
        countryByIso2.put(c.iso2(), c);
        if (c.lat() == null) return;
        List<String> names = new ArrayList<>();
        names.add(c.name());
        names.addAll(c.aliases());
        GeoName g = new GeoName(c.geonameId(), c.name(), c.lat(), c.lon(), "A", "PCLI", c.iso2(), "", "", 0, names);
        entries.add(g);
        for (String n : names) qualifier(n, g);
        for (String d : c.demonyms()) demonyms.putIfAbsent(NameKey.of(d), g);
    }

    private void addAdmin1(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String code = r.required("code");
            int dot = code.indexOf('.');
            if (dot != 2) throw r.fail("code must be CC.ADM1: " + code);
            Double lat = r.decimal("lat");
            Double lon = r.decimal("lon");
            Double population = r.decimal("population");
            List<String> names = new ArrayList<>(List.of(r.required("name"), r.required("asciiname")));
            GeoName g = new GeoName(Long.parseLong(r.required("geonameid")), r.required("name"),
                    lat == null ? Double.NaN : lat, lon == null ? Double.NaN : lon, "A", "ADM1",
                    code.substring(0, 2), code.substring(3), "", population == null ? 0 : population.longValue(), names);
            if (admin1ByCode.put(code, g) != null) throw r.fail("duplicate admin1 code " + code);
            if (lat != null) entries.add(g);
            for (String n : names) qualifier(n, g);
            for (String a : r.list("abbreviations", ";")) qualifier(a, g);
        }
    }

    /**
     * The administrative words GeoNames writes around an admin2 area's own name ("County of Ceredigion", "South
     * Waziristan Agency", "Province of Laguna"), which news leaves off. "X County", "X Parish" and "X Borough" keep
     * their word: news writes it, and the bare name is the town.
     */
    private static final Pattern ADMIN2_PREFIX = Pattern.compile("^(?:County of|City of|Province of|Provincia d[ei]|Provincia del"
            + "|Departamento del?|Municipio del?|Distrito de|Arrondissement de|District of|Municipality of|Sir) (.+)$");
    private static final Pattern ADMIN2_SUFFIX = Pattern.compile("^(.+?) (?:Agency|District|Province|Rayon|Raion|Prefecture"
            + "|Regency|Okrug|Municipality|Division|[Cc]ounty [Bb]orough|Governorate|Municipal District)$");

    /** An admin2 area's name without GeoNames' administrative words, or null when it has none. */
    static String admin2Core(String name) {
        Matcher m = ADMIN2_PREFIX.matcher(name);
        if (m.matches()) return m.group(1);
        m = ADMIN2_SUFFIX.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Second-level areas ("Laurel County", "Kandahar District"): found by their full name and by their name without
     * GeoNames' administrative words ("Ceredigion"), never as a qualifier.
     */
    private List<GeoName> readAdmin2() {
        List<GeoName> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.resource(ADMIN2_RESOURCE, ADMIN2_COLUMNS).rows()) {
            String code = r.required("code");
            String[] parts = code.split("\\.", -1);
            if (parts.length != 3 || parts[0].length() != 2 || parts[2].isEmpty()) throw r.fail("code must be CC.ADM1.ADM2: " + code);
            if (!countryByIso2.containsKey(parts[0])) throw r.fail("unknown country " + parts[0]);
            Double lat = r.decimal("lat");
            Double lon = r.decimal("lon");
            Double population = r.decimal("population");
            if (lat == null || lon == null) throw r.fail("an admin2 area needs lat and lon");
            List<String> names = new ArrayList<>(List.of(r.required("name"), r.required("asciiname")));
            for (String n : List.copyOf(names)) {
                String core = admin2Core(n);
                if (core != null) names.add(core);
            }
            out.add(new GeoName(Long.parseLong(r.required("geonameid")), r.required("name"), lat, lon, "A", "ADM2",
                    parts[0], parts[1], parts[2], population == null ? 0 : population.longValue(), names));
        }
        return out;
    }

    private void addContinents(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            List<String> names = new ArrayList<>();
            names.add(r.required("name"));
            names.addAll(r.list("aliases", ";"));
            GeoName g = new GeoName(Long.parseLong(r.required("geonameid")), r.required("name"), r.decimal("lat"),
                    r.decimal("lon"), "L", "CONT", "", "", "", 0, names);
            entries.add(g);
            for (String d : r.list("demonyms", ";")) demonyms.putIfAbsent(NameKey.of(d), g);
        }
    }

    private void addAliases(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            long id;
            try {
                id = Long.parseLong(r.required("geonameid"));
            } catch (NumberFormatException e) {
                throw r.fail("geonameid must be a number: " + r.get("geonameid"));
            }
            r.required("name");
            List<String> forms = r.list("aliases", ";");
            if (forms.isEmpty()) throw r.fail("no aliases for " + r.get("name"));
            if (aliases.put(id, forms) != null) throw r.fail("duplicate geonameid " + id);
        }
    }

    /** The dump entry with the aliases this table adds to it, for indexing. */
    public GeoName withAliases(GeoName g) {
        List<String> extra = g.geonameid() == null ? null : aliases.get(g.geonameid());
        if (extra == null) return g;
        List<String> names = new ArrayList<>(g.names());
        names.addAll(extra);
        return new GeoName(g.geonameid(), g.name(), g.lat(), g.lon(), g.featureClass(), g.featureCode(), g.countryCode(),
                g.admin1Code(), g.admin2Code(), g.population(), names);
    }

    private void addSupplement(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            List<String> names = new ArrayList<>();
            names.add(r.required("name"));
            names.addAll(r.list("alternatenames", ";"));
            r.required("source");
            String id = r.get("geonameid");
            Double pop = r.decimal("population");
            String code = r.required("feature_code");
            // A region (RGN) is an area, a sea or strait water (GeoNames class H), an airport or a building a site
            // (class S), the rest populated places.
            String featureClass = code.equals("RGN") ? "L" : WATERS.contains(code) ? "H" : SITES.contains(code) ? "S" : "P";
            if (featureClass.equals("P") && !code.startsWith("PPL")) {
                throw r.fail("feature_code must be RGN, PPL..., one of " + WATERS + " or one of " + SITES + ": " + code);
            }
            String country = r.get("country");
            // A region or a sea may lie across borders; everything else lies in one country.
            boolean across = country.isEmpty() && (featureClass.equals("L") || featureClass.equals("H"));
            if (!across && !countryByIso2.containsKey(country)) throw r.fail("unknown country " + country);
            entries.add(new GeoName(id.isBlank() ? null : Long.valueOf(id), r.required("name"), r.decimal("lat"),
                    r.decimal("lon"), featureClass, code, country, r.get("admin1"), "",
                    pop == null ? 0 : pop.longValue(), names));
        }
    }

    private void qualifier(String form, GeoName g) {
        String key = NameKey.of(form);
        if (!key.isEmpty()) qualifiers.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
    }

    /** Countries, admin1 and admin2 areas with a centroid, continents and supplement places: what the gazetteer indexes beside the dump. */
    public synchronized List<GeoName> entries() {
        if (admin2 == null) admin2 = readAdmin2();
        List<GeoName> all = new ArrayList<>(entries);
        all.addAll(admin2);
        return List.copyOf(all);
    }

    /**
     * Changes whenever an entry would: the small tables entry by entry, the admin2 table by its bytes (so that
     * checking a cached index does not parse it).
     */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (GeoName g : entries) md.update(g.toString().getBytes(StandardCharsets.UTF_8));
            md.update(new java.util.TreeMap<>(aliases).toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = AreaTable.class.getResourceAsStream(ADMIN2_RESOURCE)) {
                if (in == null) throw new DataFileException(ADMIN2_RESOURCE, 0, "bundled data file missing");
                md.update(in.readAllBytes());
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new DataFileException(ADMIN2_RESOURCE, 0, e.getMessage());
        }
    }

    /** The country or continent a demonym names: "Russian" -> Russia, "European" -> Europe. */
    public Optional<GeoName> demonym(String text) {
        return Optional.ofNullable(demonyms.get(NameKey.of(text)));
    }

    public Optional<GeoName> admin1(String countryCode, String admin1Code) {
        return Optional.ofNullable(admin1ByCode.get(countryCode + "." + admin1Code));
    }

    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(countryByIso2.get(iso2));
    }

    /** The countries and admin1 areas a qualifier names: "Texas", "Tex.", "TX", "Lebanon". */
    public List<GeoName> qualifier(String text) {
        return qualifiers.getOrDefault(NameKey.of(text), List.of());
    }
}
