package wirecoder.places;

import wirecoder.actors.ActorTable;
import wirecoder.actors.Country;
import wirecoder.actors.PhraseMatcher;
import wirecoder.geo.AreaTable;
import wirecoder.geo.Gazetteer;
import wirecoder.geo.GeoName;
import wirecoder.geo.NameKey;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Place;
import wirecoder.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Toponym resolution against the gazetteer, one name at a time but with the whole article as context.
 * Hard constraints first: a qualifier ("Paris, Texas") or a country implied by the phrase keeps only
 * candidates inside it. Then a score: continents and countries outrank homonymous towns; a town's weight
 * is its population and rank (capital, admin seat); countries the article names (by name, demonym,
 * dateline or qualifier) and admin1 areas it names lift their own places; and names that share an admin1
 * area with other names of the article lift each other (Springfield next to Peoria is in Illinois), and more so
 * when they share the county or district (Paris next to Henry County is Paris, Tennessee). A name
 * resolves once per article, so every mention of it agrees.
 */
public final class PlaceResolver {

    private static final int CANDIDATES = 40;
    /** The population weight (log10) of a seat of government whose population GeoNames does not give: about 30,000, 10,000, 3,000. */
    private static final Map<String, Double> UNKNOWN_SEAT_WEIGHT = Map.of("PPLC", 4.5, "PPLA", 4.5, "PPLA2", 4.0, "PPLA3", 3.5);
    /** How many unknown holders a containment chain may pass through ("X in Y district of Z province"). */
    private static final int MAX_HOLDER_HOPS = 2;

    private final ActorTable actors;
    private final AreaTable areas;
    private final Gazetteer gazetteer;

    public PlaceResolver(ActorTable actors, AreaTable areas, Gazetteer gazetteer) {
        this.actors = actors;
        this.areas = areas;
        this.gazetteer = gazetteer;
    }

    /**
     * What the article says about where it is: countries with weights (and which name gave each weight: a
     * country name never supports itself, so "Georgia" alone is not evidence for the country Georgia), and
     * admin1 areas with the names that named them (a name never lifts its own candidates: "Tripoli" is also
     * an admin1 area of Libya).
     */
    record Context(Map<String, Map<String, Double>> countries, Map<String, Set<String>> admin1) {
        /** The weight of a country from everything but {@code key} (null: from everything). */
        double country(String iso2, String key) {
            Map<String, Double> by = countries.get(iso2);
            if (by == null) return 0;
            double w = 0;
            for (var e : by.entrySet()) if (!e.getKey().equals(key)) w += e.getValue();
            return w;
        }

        boolean admin1NamedBesides(String admin1Code, String key) {
            Set<String> by = admin1.get(admin1Code);
            return by != null && (by.size() > 1 || !by.contains(key));
        }
    }

    /** The places of the toponyms, in the same order. */
    public List<Place> resolve(AnnotatedArticle doc, List<Toponym> toponyms) {
        return resolve(doc, toponyms, java.util.Collections.nCopies(toponyms.size(), null));
    }

    /**
     * The places of the toponyms, in the same order; {@code markers} (see {@link PlaceContainment#markers}) say
     * which lies inside the next: "Nadas in rural Ras al Ain" is no Romanian village when Ras al Ain is in Syria.
     */
    public List<Place> resolve(AnnotatedArticle doc, List<Toponym> toponyms, List<String> markers) {
        Map<String, List<Toponym>> byKey = new LinkedHashMap<>();
        for (Toponym t : toponyms) byKey.computeIfAbsent(NameKey.of(t.lookup()), k -> new ArrayList<>()).add(t);
        Map<String, List<GeoName>> candidates = new HashMap<>();
        Set<String> variants = new HashSet<>();
        Set<GeoName> transliterations = new HashSet<>();
        for (var e : byKey.entrySet()) candidates.put(e.getKey(), candidates(e.getKey(), e.getValue(), variants, transliterations));
        Context context = context(doc, toponyms, candidates, variants);
        // "Idlib province", "Hays district": the area, not its town, when the gazetteer has the area; but a town
        // in the article's country beats an area only found elsewhere ("the Charlotte region" in an American
        // article is not the Saint Vincent parish).
        Set<String> areaNamed = new HashSet<>();
        for (var e : byKey.entrySet()) {
            List<GeoName> c = candidates.get(e.getKey());
            if (!e.getValue().stream().allMatch(Toponym::namesArea) || c.stream().noneMatch(g -> !g.isPopulatedPlace())) continue;
            boolean areaHere = c.stream().anyMatch(g -> !g.isPopulatedPlace() && context.country(g.countryCode(), e.getKey()) > 0);
            boolean townHere = c.stream().anyMatch(g -> g.isPopulatedPlace() && context.country(g.countryCode(), e.getKey()) > 0);
            if (areaHere || !townHere) areaNamed.add(e.getKey());
        }
        // Towns named like a country ("Palestine", Texas; "Jordan", Minnesota) count only on local evidence, and
        // as evidence for other names only in their own county ("Anderson County" beside "Palestine").
        Set<String> countryNamed = new HashSet<>();
        for (var e : byKey.entrySet()) {
            // Unless a qualifier left only the town ("Palestine, Texas").
            if (countryName(e.getValue()) && candidates.get(e.getKey()).stream().anyMatch(GeoName::isCountry)) countryNamed.add(e.getKey());
        }
        Map<String, Set<String>> admin1Of = new HashMap<>();
        for (var e : candidates.entrySet()) {
            Set<String> a = new HashSet<>();
            for (GeoName g : e.getValue()) {
                boolean localOnly = countryNamed.contains(e.getKey()) && g.isPopulatedPlace();
                if (!localOnly && (g.isPopulatedPlace() || g.isAdmin1() || g.isAdmin2())) a.add(admin1(g));
                if ((g.isPopulatedPlace() || g.isAdmin2()) && !g.admin2Code().isEmpty()) a.add(admin2(g));
            }
            admin1Of.put(e.getKey(), a);
        }
        double topCountry = 0;
        for (String cc : context.countries().keySet()) topCountry = Math.max(topCountry, context.country(cc, null));
        // What does not depend on the other names' resolution is scored once, for both passes.
        Map<String, Scored> scored = new HashMap<>();
        for (var e : candidates.entrySet()) {
            List<GeoName> list = e.getValue();
            double[] base = new double[list.size()];
            double[] colocation = new double[list.size()];
            double[] named = new double[list.size()];
            boolean[] localOnly = new boolean[list.size()];
            // The country itself has support from other names ("Jordanian", "Amman"): its towns never compete.
            boolean countrySupported = list.stream().anyMatch(g -> g.isCountry() && context.country(g.countryCode(), e.getKey()) > 0);
            long bearer = list.stream().filter(g -> g.isPopulatedPlace() && NameKey.of(g.name()).equals(e.getKey()))
                    .mapToLong(GeoName::population).max().orElse(0);
            for (int i = 0; i < list.size(); i++) {
                GeoName g = list.get(i);
                // A spelling variant is trusted only inside the country the article is most about: an article on
                // Syria that names Iraq once does not turn the Syrian village "Foua" into the Iraqi town Al Faw.
                double weight = context.country(g.countryCode(), null);
                boolean untrusted = variants.contains(e.getKey()) && (weight == 0 || weight < topCountry)
                        // Another transliteration of a name, in a country the article never touches while it names others,
                        // unless a province or a big city: "Makeen" in an article on Pakistan is not Makin, Kiribati, but
                        // "Turkish forces ... in Ar-Raqqa" is Raqqa.
                        || transliterations.contains(g) && weight == 0 && topCountry > 0 && !prominent(g);
                base[i] = untrusted ? Double.NaN : score(g, context, e.getKey(), bearer);
                named[i] = namedCountry(g, context, e.getKey());
                if (g.isPopulatedPlace() && areaNamed.contains(e.getKey())) base[i] = Double.NaN;
                // "Quebec": a province named like its capital means the province when the capital holds a small
                // share of its people (Quebec City 7%), the city when it dominates (New York, Kabul, Aleppo).
                // Uses the summed population of the area's places in geo/admin1.tsv.
                colocation[i] = colocation(e.getKey(), g, admin1Of);
                if (g.isPopulatedPlace() && !Double.isNaN(base[i]) && (smallCapitalOf(g, list)
                        || (hamletNamedLikeAdmin1(g, list) && !sharesCounty(e.getKey(), g, admin1Of)))) base[i] -= 2;
                if (countryNamed.contains(e.getKey()) && g.isPopulatedPlace()) {
                    if (countrySupported) base[i] = Double.NaN;
                    localOnly[i] = true;
                }
            }
            scored.put(e.getKey(), new Scored(list, base, named, colocation, localOnly));
        }
        // Names that share a sentence: a list of states ("Ohio, Connecticut, New York and Iowa") reads its
        // members as states.
        Map<Integer, Set<String>> keysBySentence = new HashMap<>();
        for (var e : byKey.entrySet()) {
            for (Toponym t : e.getValue()) if (t.sentence() >= 0) keysBySentence.computeIfAbsent(t.sentence(), k -> new HashSet<>()).add(e.getKey());
        }
        Map<String, Set<String>> mates = new HashMap<>();
        for (Set<String> keys : keysBySentence.values()) {
            for (String k : keys) {
                Set<String> m = mates.computeIfAbsent(k, x -> new HashSet<>());
                for (String o : keys) if (!o.equals(k)) m.add(o);
            }
        }
        // Two passes: the second adds what the first resolved for the other names (an article whose other
        // places lie in Kentucky reads "Georgia" as the state and "Paris" as Paris, Kentucky).
        Map<String, GeoName> chosen = choose(scored, variants, Map.of(), mates, Map.of());
        if (chosen.size() > 1) chosen = choose(scored, variants, chosen, mates, heldIn(toponyms, markers, chosen, variants));
        List<Place> out = new ArrayList<>();
        for (Toponym t : toponyms) {
            GeoName g = chosen.get(NameKey.of(t.lookup()));
            out.add(g == null ? unresolved(t) : place(t, g));
        }
        return out;
    }

    /**
     * A name's candidates with their pass-independent scores; NaN marks a candidate never to choose, localOnly
     * one chosen only on local evidence from the first pass.
     */
    private record Scored(List<GeoName> candidates, double[] base, double[] named, double[] colocation, boolean[] localOnly) {
    }

    /**
     * The countries the first pass put the places in that hold each name, where the text puts the name inside one
     * ("in", a parenthesis); not a spelling variant's, which is itself a guess.
     */
    private static Map<String, Set<String>> heldIn(List<Toponym> toponyms, List<String> markers, Map<String, GeoName> firstPass,
                                                   Set<String> variants) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            String marker = markers.get(i);
            if (!PlaceContainment.sameCountry(marker)) continue;
            int h = i + 1;
            // "a landmine in Sinjar area west of As-Saan in Hama countryside": a holder the gazetteer lacks passes
            // the question on to the place that holds it.
            for (int hop = 0; hop < MAX_HOLDER_HOPS && firstPass.get(NameKey.of(toponyms.get(h).lookup())) == null
                    && h + 1 < toponyms.size() && PlaceContainment.sameCountry(markers.get(h)); hop++) h++;
            String holderKey = NameKey.of(toponyms.get(h).lookup());
            GeoName holder = firstPass.get(holderKey);
            if (holder == null || variants.contains(holderKey) || holder.countryCode().isEmpty()) continue;
            String key = NameKey.of(toponyms.get(i).lookup());
            if (key.equals(holderKey)) continue;
            Set<String> held = out.computeIfAbsent(key, k -> new HashSet<>());
            held.add(holder.countryCode());
            // "Sanaa (Old City, Amanat al Asimah)": every area the parenthesis lists holds the name, so one misread
            // ("Old City" in Jerusalem) does not move it out of the country the others give.
            if (PlaceContainment.parenthesis(marker)) {
                for (int j = h; j + 1 < toponyms.size() && ",".equals(markers.get(j)); j++) {
                    String nextKey = NameKey.of(toponyms.get(j + 1).lookup());
                    GeoName next = firstPass.get(nextKey);
                    if (next != null && !variants.contains(nextKey) && !next.countryCode().isEmpty()) held.add(next.countryCode());
                }
            }
        }
        return out;
    }

    private static Map<String, GeoName> choose(Map<String, Scored> scored, Set<String> variants, Map<String, GeoName> firstPass,
                                               Map<String, Set<String>> mates, Map<String, Set<String>> heldIn) {
        Map<String, GeoName> chosen = new HashMap<>();
        for (var e : scored.entrySet()) {
            Scored c = e.getValue();
            GeoName best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            GeoName local = null;
            double localScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < c.candidates().size(); i++) {
                if (Double.isNaN(c.base()[i])) continue;
                GeoName g = c.candidates().get(i);
                Set<String> held = heldIn.get(e.getKey());
                // A town or an area, not a country or a region ("western Africa in Morocco").
                if (held != null && !held.contains(g.countryCode()) && !g.isCountry() && !g.countryCode().isEmpty()) continue;
                if (c.localOnly()[i] && (firstPass.isEmpty() || !localEvidence(e.getKey(), g, c, firstPass, variants))) continue;
                // The first pass counts the other names' candidates in the same admin1 area; the second mostly
                // where the other names were resolved.
                double s = c.base()[i];
                if (firstPass.isEmpty()) {
                    s += c.named()[i] + c.colocation()[i];
                } else {
                    // What the article's country gives, named or where its other names resolved, is capped: in an
                    // article about America, "London" and "Jerusalem" stay the world's cities, not Ohio's or Virginia's.
                    double[] nearby = resolvedNearby(e.getKey(), g, firstPass, variants);
                    s += Math.min(4, c.named()[i] + nearby[0]) + 0.5 * c.colocation()[i] + nearby[1];
                    if (g.isAdmin1() && admin1Mates(e.getKey(), g, firstPass, mates) >= 2) s += 1.5;
                    // "the Pacific Ocean and the Atlantic": a water beside another water.
                    if (g.featureClass().equals("H") && otherWater(e.getKey(), firstPass)) s += 2;
                }
                if (c.localOnly()[i]) {
                    if (s > localScore) {
                        local = g;
                        localScore = s;
                    }
                } else if (s > bestScore) {
                    best = g;
                    bestScore = s;
                }
            }
            if (local != null) best = local;
            if (best != null) chosen.put(e.getKey(), best);
        }
        return chosen;
    }

    /**
     * Support from the other names as the first pass resolved them: their country (1 for the first, 0.5 for
     * each further one, at most 3), and, for an area or a town, their admin1 area (0.75 each, at most 2) and
     * admin2 area (1 more each, at most 2); the two parts apart.
     */
    static double[] resolvedNearby(String key, GeoName g, Map<String, GeoName> firstPass, Set<String> variants) {
        if (g.countryCode().isEmpty()) return new double[]{0, 0};
        int sameCountry = 0;
        int sameAdmin1 = 0;
        int sameAdmin2 = 0;
        for (var e : firstPass.entrySet()) {
            if (e.getKey().equals(key) || variants.contains(e.getKey())) continue;
            GeoName o = e.getValue();
            if (o.isContinent() || !o.countryCode().equals(g.countryCode())) continue;
            sameCountry++;
            if (!g.isCountry() && !o.isCountry() && !g.admin1Code().isEmpty() && o.admin1Code().equals(g.admin1Code())) {
                sameAdmin1++;
                if (!g.admin2Code().isEmpty() && o.admin2Code().equals(g.admin2Code())) sameAdmin2++;
            }
        }
        double country = sameCountry == 0 ? 0 : Math.min(3, 1.5 + 0.5 * (sameCountry - 1));
        return new double[]{country, Math.min(2, 0.75 * sameAdmin1) + Math.min(2, sameAdmin2)};
    }

    /**
     * Whether the first pass put the article's other names beside a town named like a country: one in its
     * county, or two towns or counties in its admin1 area (the admin1 area itself does not count: "Houston,
     * Texas" in an article on China is no evidence for China, Texas), and none in the country of that name.
     */
    static boolean localEvidence(String key, GeoName town, Scored c, Map<String, GeoName> firstPass, Set<String> variants) {
        Set<String> countries = new HashSet<>();
        for (GeoName g : c.candidates()) if (g.isCountry()) countries.add(g.countryCode());
        int sameAdmin1 = 0;
        int sameAdmin2 = 0;
        for (var e : firstPass.entrySet()) {
            if (e.getKey().equals(key) || variants.contains(e.getKey())) continue;
            GeoName o = e.getValue();
            if (countries.contains(o.countryCode())) return false;
            if ((!o.isPopulatedPlace() && !o.isAdmin2()) || !o.countryCode().equals(town.countryCode())
                    || !o.admin1Code().equals(town.admin1Code())) continue;
            sameAdmin1++;
            if (!town.admin2Code().isEmpty() && town.admin2Code().equals(o.admin2Code())) sameAdmin2++;
        }
        return sameAdmin2 >= 1 || sameAdmin1 >= 2;
    }

    /** Candidates for a name, held to its qualifiers and implied countries; variant spellings when none match exactly. */
    private List<GeoName> candidates(String key, List<Toponym> mentions, Set<String> variants, Set<GeoName> transliterations) {
        // A demonym given as a place ("Russian forces" in a toponym gold set) is its country, never a town.
        Optional<GeoName> demonym = areas.demonym(key);
        if (demonym.isPresent()) return List.of(demonym.get());
        // "Ky.", "Kan.", "Sask.": a dotted abbreviation of an admin1 area standing alone, before any town that has
        // the letters as a name ("Kan" is also an old name of Ganzhou).
        List<GeoName> abbreviated = areas.qualifier(key).stream().filter(g -> !g.isCountry()).toList();
        if (!abbreviated.isEmpty() && mentions.stream().allMatch(t -> t.lookup().endsWith("."))) return abbreviated;
        List<GeoName> found = new ArrayList<>(gazetteer.byName(key));
        boolean variant = false;
        // A spelling variant needs two consonants to go on: "Oahu" and "Ohio", "Foua" and "Faw" share less. One
        // that differs only as transliterations do ("Ar-Raqqa", "Ar-Raqqah") counts as the name itself, also beside
        // small towns that bear the name exactly ("Anbar" is also a Turkish village; "Al Anbar" is Iraq's province).
        List<GeoName> exact = List.copyOf(found);
        boolean onlySmall = exact.stream().allMatch(g -> g.isPopulatedPlace() && g.population() < 10_000);
        if (onlySmall && NameKey.strength(NameKey.skeleton(key)) >= 2) {
            List<GeoName> similar = gazetteer.bySkeleton(NameKey.skeleton(key));
            List<GeoName> close = similar.stream()
                    .filter(g -> !exact.contains(g) && NameKey.sameTransliteration(key, NameKey.of(g.name()))).toList();
            transliterations.addAll(close);
            if (exact.isEmpty() && close.isEmpty()) {
                found.addAll(similar);
                variant = true;
            } else {
                found.addAll(close);
            }
        }
        if (found.isEmpty()) return found;
        // A country's name is the country, or an admin1 area of that name when the article is plainly there
        // ("Georgia" among places of the US state), or a town of that name only on local evidence (see choose).
        if (countryName(mentions)) {
            found.removeIf(g -> !g.isCountry() && !g.isAdmin1() && !g.isPopulatedPlace());
            // An admin1 area inside the country of the same name ("México" state in Mexico, "Panamá" province) is
            // not what the country's name means.
            Set<String> named = new HashSet<>();
            for (GeoName g : found) if (g.isCountry()) named.add(g.countryCode());
            found.removeIf(g -> g.isAdmin1() && named.contains(g.countryCode()));
        }
        for (Toponym t : mentions) {
            for (String q : t.qualifier()) {
                // A country's name takes only an admin1 qualifier ("Palestine, Texas"); in "Russia, U.S. officials
                // said" the comma joins two countries.
                List<GeoName> area = areas.qualifier(q);
                if (t.origin() == Toponym.Origin.COUNTRY) area = area.stream().filter(GeoName::isAdmin1).toList();
                if (!area.isEmpty()) found = within(found, area);
            }
            if (t.impliedCountry() != null && t.origin() != Toponym.Origin.COUNTRY) {
                // "The Lebanese border town of X": X is in Lebanon or the gazetteer does not know it.
                String iso2 = actors.country(t.impliedCountry()).map(Country::iso2).orElse("");
                found = new ArrayList<>(found.stream().filter(g -> g.countryCode().equals(iso2)).toList());
            }
        }
        if (variant) {
            variants.add(key);
            // A spelling variant counts only as a place of some size; short skeletons only as a big one.
            long floor = NameKey.strength(NameKey.skeleton(key)) >= 3 ? 1_000 : 50_000;
            found.removeIf(g -> g.isPopulatedPlace() && g.population() < floor);
            found.removeIf(g -> !g.isPopulatedPlace() && !g.isAdmin1());
        }
        found.sort(Comparator.comparingLong(GeoName::population).reversed());
        // Areas first (they have no population): keep them, then the biggest places.
        List<GeoName> areasFirst = new ArrayList<>(found.stream().filter(g -> !g.isPopulatedPlace()).toList());
        found.stream().filter(GeoName::isPopulatedPlace).limit(CANDIDATES).forEach(areasFirst::add);
        return areasFirst;
    }

    private static boolean countryName(List<Toponym> mentions) {
        return mentions.stream().allMatch(t -> t.origin() == Toponym.Origin.COUNTRY);
    }

    /** Candidates inside one of the qualifier's areas; all of them when none is. */
    private static List<GeoName> within(List<GeoName> found, List<GeoName> qualifier) {
        List<GeoName> kept = new ArrayList<>();
        for (GeoName g : found) {
            for (GeoName q : qualifier) {
                boolean inside = q.isAdmin1()
                        ? g.countryCode().equals(q.countryCode()) && g.admin1Code().equals(q.admin1Code()) && !g.isAdmin1()
                        : g.countryCode().equals(q.countryCode()) && !g.isCountry();
                if (inside) {
                    kept.add(g);
                    break;
                }
            }
        }
        return kept.isEmpty() ? found : kept;
    }

    private Context context(AnnotatedArticle doc, List<Toponym> toponyms, Map<String, List<GeoName>> candidates,
                            Set<String> variants) {
        Map<String, Map<String, Double>> countries = new HashMap<>();
        Map<String, Set<String>> admin1 = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (PhraseMatcher.Match<Country> m : actors.demonyms().findAll(s.tokens())) {
                countries.computeIfAbsent(m.value().iso2(), k -> new HashMap<>()).merge("", 1.0, Double::sum);
            }
        }
        for (Toponym t : toponyms) {
            double w = t.dateline() ? 2.0 : 1.0;
            String key = NameKey.of(t.lookup());
            if (t.origin() == Toponym.Origin.COUNTRY && t.impliedCountry() != null) {
                actors.country(t.impliedCountry()).ifPresent(c ->
                        countries.computeIfAbsent(c.iso2(), k -> new HashMap<>()).merge(key, w, Double::sum));
            }
            for (String q : t.qualifier()) {
                for (GeoName g : areas.qualifier(q)) {
                    countries.computeIfAbsent(g.countryCode(), k -> new HashMap<>()).merge("", w, Double::sum);
                    if (g.isAdmin1()) admin1.computeIfAbsent(g.countryCode() + "." + g.admin1Code(), k -> new HashSet<>()).add("");
                }
            }
            // A name that is an admin1 area and not a country ("Louisiana", "Idlib") says which area the article is in.
            List<GeoName> c = candidates.getOrDefault(key, List.of());
            if (!variants.contains(key) && c.stream().noneMatch(GeoName::isCountry)) {
                for (GeoName g : c) {
                    // Not when the name is also a big city of that area: "New York" in "Washington, New York and
                    // Boston" is the city, no reason to move Boston into the state.
                    boolean bigCity = c.stream().anyMatch(o -> o.isPopulatedPlace() && o.population() >= 1_000_000
                            && o.countryCode().equals(g.countryCode()) && o.admin1Code().equals(g.admin1Code()));
                    if (g.isAdmin1() && !bigCity) admin1.computeIfAbsent(g.countryCode() + "." + g.admin1Code(), k -> new HashSet<>()).add(key);
                }
            }
        }
        return new Context(countries, admin1);
    }

    /**
     * The weight of one candidate given the article's context; see the class comment. {@code bearer}: the population
     * of the biggest town that bears the name as its own.
     */
    static double score(GeoName g, Context context, String key, long bearer) {
        double s;
        if (g.isContinent()) s = 9;
        else if (g.isCountry()) s = 8;
        else if (g.isAdmin1()) s = 6;
        // A county or district ranks by the people in it, below a town of that size: "Kandahar" is the city.
        else if (g.isAdmin2()) s = Math.min(7, Math.log10(g.population() + 1)) - 1;
        // A region ("Darfur", "Eastern Ghouta") ranks below an admin1 area, above most towns.
        else if (g.featureClass().equals("L")) s = 5;
        // A sea or a strait outranks an admin1 area of its name ("Red Sea" is the sea, unless the article is on Egypt).
        else if (g.featureClass().equals("H")) s = 6.5;
        // An airport or a seat of government ranks like a town of 30,000: "Heathrow" is the airport, not the
        // Florida town of 6,000, and "White House" the building, not the Tennessee town; "Luton" is the town.
        else if (g.featureClass().equals("S")) s = 4.5;
        else {
            s = Math.min(7, Math.log10(g.population() + 1));
            // GeoNames leaves the population of many towns at 0 (most of Lebanon's): unknown, not empty. A seat of
            // government is a town of some size: "Halba" is Akkar's capital, not a German village called Halbe.
            if (g.population() == 0) s = Math.max(s, UNKNOWN_SEAT_WEIGHT.getOrDefault(g.featureCode(), 0.0));
            s += switch (g.featureCode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.5;
                default -> 0;
            };
        }
        // A town found by an alternate name only ("Washington" for a town GeoNames calls South River, often a
        // historical name) ranks below the places that bear the name; a city's exonyms ("Venice") are real names,
        // unless a bigger city bears the name as its own ("Manchester" is an old name of a part of Richmond, Virginia).
        if (g.isPopulatedPlace() && (g.population() < 100_000 || g.population() < bearer) && !NameKey.of(g.name()).equals(key)) s -= 2;
        if (!g.isCountry() && context.admin1NamedBesides(g.countryCode() + "." + g.admin1Code(), key)) s += 2;
        return s;
    }

    /** An admin1 area, a provincial capital or a city of 100,000. */
    static boolean prominent(GeoName g) {
        return g.isAdmin1() || g.featureCode().equals("PPLA") || g.featureCode().equals("PPLC") || g.population() >= 100_000;
    }

    /** Whether the first pass made another name of the article an ocean, sea or strait. */
    static boolean otherWater(String key, Map<String, GeoName> firstPass) {
        for (var e : firstPass.entrySet()) if (!e.getKey().equals(key) && e.getValue().featureClass().equals("H")) return true;
        return false;
    }

    /** How many names sharing a sentence with {@code key} the first pass made admin1 areas of {@code g}'s country. */
    static int admin1Mates(String key, GeoName g, Map<String, GeoName> firstPass, Map<String, Set<String>> mates) {
        int n = 0;
        for (String m : mates.getOrDefault(key, Set.of())) {
            GeoName o = firstPass.get(m);
            if (o != null && o.isAdmin1() && o.countryCode().equals(g.countryCode())) n++;
        }
        return n;
    }

    /**
     * Whether one of the name's candidates is an admin1 area holding {@code town} with five times its people; a
     * country's capital ("Bern", "Banjul") keeps its name.
     */
    static boolean smallCapitalOf(GeoName town, List<GeoName> candidates) {
        if (town.featureCode().equals("PPLC")) return false;
        for (GeoName a : candidates) {
            if (a.isAdmin1() && a.countryCode().equals(town.countryCode()) && a.admin1Code().equals(town.admin1Code())
                    && a.population() > 0 && town.population() < 0.2 * a.population()) return true;
        }
        return false;
    }

    /**
     * Whether one of the name's candidates is an admin1 area of the town's country, elsewhere in it, with a hundred
     * times its people: a "WASHINGTON" dateline over a story that names Iowa is not Washington, Iowa, and
     * "California" not a West Virginia town that once had the name. (The village keeps its name when another name of
     * the article shares its county: "west of Kansas on Route 16" beside "Edgar County" is Kansas, Illinois.)
     */
    static boolean hamletNamedLikeAdmin1(GeoName town, List<GeoName> candidates) {
        for (GeoName a : candidates) {
            if (a.isAdmin1() && a.countryCode().equals(town.countryCode()) && !a.admin1Code().equals(town.admin1Code())
                    && a.population() > 100 * town.population()) return true;
        }
        return false;
    }

    /** What the countries the article names (by name, demonym, dateline or qualifier) add to a candidate in one. */
    static double namedCountry(GeoName g, Context context, String key) {
        double named = context.country(g.countryCode(), key);
        return named > 0 ? 1.5 + Math.min(2.5, named) : 0;
    }

    /**
     * Other names of the article with a candidate in the same admin1 area (0.75 each, at most 2), and with one
     * in the same admin2 area (1 more each, at most 2): "Paris" beside "Henry County" is Paris, Tennessee.
     */
    private static double colocation(String key, GeoName g, Map<String, Set<String>> admin1Of) {
        if (!g.isPopulatedPlace() && !g.isAdmin2()) return 0;
        String a = admin1(g);
        String a2 = g.admin2Code().isEmpty() ? null : admin2(g);
        int n = 0;
        int n2 = 0;
        for (var e : admin1Of.entrySet()) {
            if (e.getKey().equals(key)) continue;
            if (e.getValue().contains(a)) n++;
            if (a2 != null && e.getValue().contains(a2)) n2++;
        }
        return Math.min(2, 0.75 * n) + Math.min(2, n2);
    }


    /** Whether another name of the article has a candidate in the town's admin2 area. */
    private static boolean sharesCounty(String key, GeoName town, Map<String, Set<String>> admin1Of) {
        if (town.admin2Code().isEmpty()) return false;
        String a2 = admin2(town);
        for (var e : admin1Of.entrySet()) if (!e.getKey().equals(key) && e.getValue().contains(a2)) return true;
        return false;
    }

    private static String admin1(GeoName g) {
        return g.countryCode() + "." + g.admin1Code();
    }

    /** An admin2 key, distinct from admin1 keys by its second dot. */
    private static String admin2(GeoName g) {
        return g.countryCode() + "." + g.admin1Code() + "." + g.admin2Code();
    }

    private Place place(Toponym t, GeoName g) {
        String iso3 = g.countryCode().isEmpty() ? null : areas.country(g.countryCode()).map(Country::iso3).orElse(null);
        String admin1 = g.isPopulatedPlace() || (!g.isCountry() && !g.isAdmin1() && !g.isContinent())
                ? areas.admin1(g.countryCode(), g.admin1Code()).map(GeoName::name).orElse(null)
                : g.isAdmin1() ? g.name() : null;
        return new Place(g.name(), t.text(), t.start(), t.end(), g.geonameid(), round(g.lat()), round(g.lon()), iso3, admin1,
                g.featureCode(), g.precision(), t.dateline());
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10_000) / 10_000.0;
    }

    private static Place unresolved(Toponym t) {
        return new Place(t.text(), t.text(), t.start(), t.end(), null, null, null, t.impliedCountry(), null, null,
                "unresolved", t.dateline());
    }
}
