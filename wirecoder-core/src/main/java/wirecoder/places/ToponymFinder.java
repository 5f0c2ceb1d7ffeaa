package wirecoder.places;

import wirecoder.actors.ActorEntry;
import wirecoder.actors.ActorTable;
import wirecoder.actors.Country;
import wirecoder.actors.PhraseMatcher;
import wirecoder.data.TsvTable;
import wirecoder.geo.AreaTable;
import wirecoder.geo.Gazetteer;
import wirecoder.geo.GeoName;
import wirecoder.geo.NameKey;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Toponym recognition: country names from the country table, LOCATION spans of the NER, and capitalised
 * names the NER missed or mistook for a person when a cue word marks them as places ("in Arsal", "the town
 * of Arsal", "Jroud Arsal") and the gazetteer knows them. Also reads the dateline ("TRIPOLI, Lebanon
 * (Reuters) -") and the qualifier after a name ("Paris, Texas").
 */
public final class ToponymFinder {

    public static final List<String> CUE_COLUMNS = List.of("word", "kind");
    /** CITY[, Country] [(Agency)] - : the reporter's location opening an article. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][\\p{L}'’.\\- ]{1,40}?)(?:,\\s*([A-Z][\\p{L}.\\- ]{1,30}?))?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*(?:--|[-—–:])\\s");

    private final ActorTable actors;
    private final AreaTable areas;
    private final Gazetteer gazetteer;
    private final Set<String> before = new HashSet<>();
    private final Set<String> areaWords = new HashSet<>();
    private final Set<String> after = new HashSet<>();
    private final Set<String> settlements = new HashSet<>();
    private final Set<String> never = new HashSet<>();
    private final Set<String> sites = new HashSet<>();
    private final Set<String> institutions = new HashSet<>();
    private final Set<String> actorAffixes = new HashSet<>();

    public ToponymFinder(ActorTable actors, AreaTable areas, Gazetteer gazetteer) {
        this.actors = actors;
        this.areas = areas;
        this.gazetteer = gazetteer;
        for (TsvTable.Row r : TsvTable.resource("/places/cues.tsv", CUE_COLUMNS).rows()) {
            switch (r.required("kind")) {
                case "before" -> before.add(r.required("word"));
                case "area" -> areaWords.add(r.required("word"));
                case "after" -> after.add(r.required("word"));
                case "settlement" -> settlements.add(r.required("word"));
                case "never" -> never.add(r.required("word"));
                case "site" -> sites.add(r.required("word"));
                case "institution" -> institutions.add(r.required("word"));
                case "affix" -> actorAffixes.add(r.required("word"));
                default -> throw r.fail("kind must be before, area, after, settlement, site, institution, affix or never: " + r.get("kind"));
            }
        }
    }

    /** A noun that names a kind of place: a settlement or area ("town", "province") or a site ("airport", "border"). */
    public boolean isPlaceNoun(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return settlements.contains(l) || sites.contains(l);
    }

    /** Every toponym of the article, in text order. */
    public List<Toponym> find(AnnotatedArticle doc) {
        int datelineEnd = datelineEnd(doc.text());
        List<Toponym> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) out.addAll(find(doc.text(), s, datelineEnd));
        return out;
    }

    /**
     * A toponym for a span given from outside (a gold span), read as {@link #find} would read it. A span the
     * gazetteer does not know as a whole that holds a place name {@link #find} found ("Bank of Mexico", "Nazi
     * Germany", "Dubai World Cup") is read as that name: the span names a body or an event by its place.
     */
    public Toponym given(AnnotatedArticle doc, int start, int end, List<Toponym> found) {
        Toponym t = given(doc, start, end);
        if (t.origin() != Toponym.Origin.GIVEN || !gazetteer.byName(NameKey.of(t.lookup())).isEmpty()
                || areas.demonym(t.lookup()).isPresent() || !areas.qualifier(t.lookup()).isEmpty()) return t;
        Toponym inner = null;
        for (Toponym f : found) {
            boolean inside = f.start() >= start && f.end() <= end && f.end() - f.start() < end - start;
            if (inside && (inner == null || f.end() - f.start() > inner.end() - inner.start())) inner = f;
        }
        if (inner == null) return t;
        return new Toponym(t.text(), start, end, t.sentence(), t.firstToken(), t.lastToken(), inner.origin(), inner.lookup(),
                inner.impliedCountry(), inner.qualifier(), t.dateline(), inner.namesArea());
    }

    private Toponym given(AnnotatedArticle doc, int start, int end) {
        int datelineEnd = datelineEnd(doc.text());
        String text = doc.text().substring(start, end);
        for (Sentence s : doc.sentences()) {
            if (start < s.begin() || start >= s.end()) continue;
            int first = -1;
            int last = -1;
            for (Token t : s.tokens()) {
                if (t.end() > start && t.begin() < end) {
                    if (first < 0) first = t.index();
                    last = t.index();
                }
            }
            if (first < 0) break;
            String lookup = text;
            if (last > first && areaWords.contains(s.token(first).lower())) {
                lookup = doc.text().substring(s.token(first + 1).begin(), Math.max(end, s.token(first + 1).end()));
            }
            for (PhraseMatcher.Match<ActorEntry> m : actors.stateNames().findAll(s.tokens())) {
                // A span that is a country's name is the country, as in find(), also in a state form ("Republic of
                // Armenia", "the Kingdom of Jordan").
                boolean whole = m.first() == first || (m.first() > first
                        && STATE_FORM.matcher(doc.text().substring(start, s.token(m.first()).begin())).matches());
                if (whole && m.last() == last && m.value().kind() == ActorEntry.Kind.STATE) {
                    Country named = actors.country(m.value().country()).orElseThrow();
                    if (!m.form().equalsIgnoreCase(named.capital())) {
                        return new Toponym(text, start, end, s.index(), first, last, Toponym.Origin.COUNTRY, named.name(),
                                named.iso3(), qualifier(s, last), start < datelineEnd, false);
                    }
                }
            }
            Map<Integer, Country> implied = impliedCountries(s);
            Country c = implied.getOrDefault(first, implied.get(last));
            String head = areaHead(doc.text(), s, first, last, lookup);
            return new Toponym(text, start, end, s.index(), first, last, Toponym.Origin.GIVEN, head == null ? lookup : head,
                    c == null ? null : c.iso3(), qualifier(s, last), start < datelineEnd,
                    head != null || namesArea(s, first, last));
        }
        return new Toponym(text, start, end, -1, -1, -1, Toponym.Origin.GIVEN, text, null, List.of(), start < datelineEnd, false);
    }

    /** Where the dateline ends, or -1 when the article has none. */
    public static int datelineEnd(String text) {
        Matcher m = DATELINE.matcher(text.length() > 120 ? text.substring(0, 120) : text);
        if (!m.find()) return -1;
        String city = m.group(1).trim();
        // A dateline city is written in capitals or is short; a headline sentence is not a dateline.
        boolean capitals = city.equals(city.toUpperCase());
        if (!capitals && city.split(" ").length > 3) return -1;
        return m.end();
    }

    private static final java.util.Set<ActorEntry.Kind> BODIES = java.util.EnumSet.of(ActorEntry.Kind.GROUP, ActorEntry.Kind.PARTY,
            ActorEntry.Kind.IGO, ActorEntry.Kind.NGO);

    List<Toponym> find(String text, Sentence s, int datelineEnd) {
        List<Toponym> out = new ArrayList<>();
        boolean[] covered = new boolean[s.size()];
        List<PhraseMatcher.Match<ActorEntry>> actorNames = actors.names().findAll(s.tokens());
        // "the Tahrir al-Sham alliance": a place-like word inside the name of a group, party or body the actor table
        // knows is part of that name, not a place. Companies, media and persons do not hide places: "Chicago Tribune",
        // "Bank of Mexico" and a title such as "Prime Minister of India" still name them.
        for (PhraseMatcher.Match<ActorEntry> m : actorNames) {
            if (!BODIES.contains(m.value().kind()) || m.last() == m.first()
                    || !Character.isUpperCase(s.token(m.first()).word().charAt(0))) continue;
            for (int i = m.first(); i <= m.last(); i++) covered[i] = true;
        }
        for (PhraseMatcher.Match<ActorEntry> m : actors.stateNames().findAll(s.tokens())) {
            if (covered[m.first()]) continue;
            if (partyOrMoney(s, m.first(), m.last(), m.before(), m.after())) {
                for (int i = m.first(); i <= m.last(); i++) covered[i] = true;
                continue;
            }
            Token first = s.token(m.first());
            if (!Character.isUpperCase(first.word().charAt(0))) continue;
            Country c = actors.country(m.value().country()).orElseThrow();
            int start = first.begin();
            int end = s.token(m.last()).end();
            // A hyphenated token ("Syria-Lebanon") holds two places: cut the span to the name.
            int at = text.substring(start, end).toLowerCase().indexOf(m.form().toLowerCase());
            if (at >= 0) {
                start += at;
                end = start + m.form().length();
            }
            boolean capital = m.form().equalsIgnoreCase(c.capital());
            // A capital is a city name like any other ("Paris, Texas"); a country name is the country.
            out.add(new Toponym(text.substring(start, end), start, end, s.index(), m.first(), m.last(),
                    capital ? Toponym.Origin.NER : Toponym.Origin.COUNTRY, capital ? m.form() : c.name(),
                    capital ? null : c.iso3(), qualifier(s, m.last()), start < datelineEnd, false));
            for (int i = m.first(); i <= m.last(); i++) covered[i] = true;
        }
        Map<Integer, Country> implied = impliedCountries(s);
        for (int i = 0; i < s.size(); i++) {
            if (covered[i]) continue;
            Token t = s.token(i);
            int areaEnd = areaOpeningOrganisation(s, i, covered);
            if (areaEnd > i) {
                // "the Ohio Supreme Court", "Laurel County High School": the state or county the body belongs to.
                int end = s.token(areaEnd - 1).end();
                out.add(new Toponym(text.substring(t.begin(), end), t.begin(), end, s.index(), i, areaEnd - 1,
                        Toponym.Origin.ORGANISATION, text.substring(t.begin(), end), null, List.of(), t.begin() < datelineEnd, false));
                for (int k = i; k < areaEnd; k++) covered[k] = true;
                i = areaEnd - 1;
                continue;
            }
            boolean location = t.ner().equals("LOCATION");
            boolean area = areaWords.contains(t.lower()) && i + 1 < s.size() && s.token(i + 1).isProperNoun();
            boolean dateline = t.begin() < datelineEnd && Character.isUpperCase(t.word().charAt(0)) && !t.word().equals("(");
            // "in Arsal", "the town of Arsal"; or a name an area word follows ("Sindh province", "Hadramawt governorate").
            boolean named = (capitalised(t) || particle(s, i)) && (cued(s, i) || areaAfter(s, i)) && !never.contains(t.lower());
            boolean bracketed = !named && Character.isUpperCase(t.word().charAt(0))
                    && (!t.word().equals(t.word().toUpperCase(Locale.ROOT)) || PARTICLES.contains(t.lower()))
                    && !t.ner().equals("ORGANIZATION") && !never.contains(t.lower()) && inAreaParentheses(s, i, covered);
            named |= bracketed;
            if (!location && !area && !dateline && !named) continue;
            int j = i;
            if (location) {
                while (j + 1 < s.size() && s.token(j + 1).ner().equals("LOCATION") && !covered[j + 1]) j++;
                // The NER sometimes runs on into lower-case words ("Kfar Aqab north of", "West Coast of the").
                while (j > i && TRAILING.contains(s.token(j).word())) j--;
                if (j == i && TRAILING.contains(t.word())) continue;
            } else if (dateline) {
                while (j + 1 < s.size() && s.token(j + 1).end() <= datelineEnd && Character.isLetter(s.token(j + 1).word().charAt(0))
                        && Character.isUpperCase(s.token(j + 1).word().charAt(0)) && !covered[j + 1]) j++;
            } else {
                if (particle(s, j)) j += 2;
                while (j + 1 < s.size() && !covered[j + 1]) {
                    if (capitalised(s.token(j + 1))) j++;
                    else if (particle(s, j + 1) && !covered[j + 3]) j += 3;
                    // "Amanat al Asimah", "Ras al Ain": a particle written apart inside the name.
                    else if (j + 2 < s.size() && PARTICLES.contains(s.token(j + 1).word()) && capitalised(s.token(j + 2))
                            && !covered[j + 1] && !covered[j + 2]) j += 2;
                    // "Deir-ez-Zor", tokenised "Deir - ez - Zor".
                    else if (s.token(j + 1).word().equals("-") && s.token(j + 1).begin() == s.token(j).end()
                            && particle(s, j + 2) && !covered[j + 4]) j += 4;
                    // "Ar-Raqqa", "Ras-Tanura": capitalised parts joined by a hyphen, tokenised "Ar - Raqqa".
                    else if (hyphenJoined(s, j) && !covered[j + 1] && !covered[j + 2]) j += 2;
                    else break;
                }
            }
            String spanText = text.substring(t.begin(), s.token(j).end());
            if (partyOrMoney(s, i, j, "", "")) {
                i = j;
                continue;
            }
            // "relations with the West": a compass point alone names no place.
            if (j == i && COMPASS.contains(t.lower())) {
                continue;
            }
            // "Republic of" before a country's name the country matcher took: the rest of the NER span.
            if (location && STATE_FORM.matcher(spanText + " ").matches()) {
                i = j;
                continue;
            }
            String lookup = area ? text.substring(s.token(i + 1).begin(), s.token(j).end()) : spanText;
            // In ACLED's "(district, governorate)" after a place a spelling variant will do: the resolver decides
            // whether to trust it.
            boolean pair = bracketed && (s.token(i - 1).word().equals(",") || (j + 1 < s.size() && s.token(j + 1).word().equals(",")));
            // "the village of Sheikh Najjar": a settlement noun and "of" name a place the gazetteer may lack.
            boolean settlementOf = named && !bracketed && i >= 2 && s.token(i - 1).lower().equals("of")
                    && settlements.contains(s.token(i - 2).lemma().toLowerCase(Locale.ROOT));
            // "in Ar-Raqqa city": a hyphenated transliteration is spelt many ways, so its skeleton will do too.
            boolean transliterated = pair || j > i && spanText.contains("-");
            if (!location && !area && !settlementOf && gazetteer.byName(NameKey.of(lookup)).isEmpty()
                    && !(transliterated && !gazetteer.bySkeleton(NameKey.skeleton(NameKey.of(lookup))).isEmpty())) {
                i = j;
                continue;
            }
            if (!location && !area && words(s, i, j) > 4) {
                i = j;
                continue;
            }
            Country c = implied.get(i);
            if (c == null) c = implied.get(j);
            String head = location ? areaHead(text, s, i, j, lookup) : null;
            out.add(new Toponym(spanText, t.begin(), s.token(j).end(), s.index(), i, j,
                    location ? Toponym.Origin.NER : Toponym.Origin.CUE, head == null ? lookup : head, c == null ? null : c.iso3(),
                    qualifier(s, j), t.begin() < datelineEnd,
                    head != null || namesArea(s, i, j)));
            for (int k = i; k <= j; k++) covered[k] = true;
            i = j;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * A name that stands for a party or for money, not a place: "anti-US", "US-led", "Saudi - backed" (hyphenated
     * within the token or as tokens; "Syria-Lebanon" stays two places) and "the US dollar", "the Lebanese pound".
     */
    private boolean partyOrMoney(Sentence s, int first, int last, String before, String after) {
        if (actorAffixes.contains(before) || actorAffixes.contains(after)) return true;
        if (last + 1 < s.size() && actors.isCurrency(s.token(last + 1).lower())) return true;
        return last + 2 < s.size() && s.token(last + 1).word().equals("-") && actorAffixes.contains(s.token(last + 2).lower());
    }

    /**
     * Whether the words around the name make it an area: "Idlib province", "the province of Idlib", "(Marib)",
     * "Bronx, New York".
     */
    private boolean namesArea(Sentence s, int first, int last) {
        return areaAfter(s, last) || areaBefore(s, first) || areaInParentheses(s, first) || qualifiesPlaceBefore(s, first);
    }

    /** "Bronx, New York": the name is the qualifier of the place right before it, so the state, not its city. */
    private boolean qualifiesPlaceBefore(Sentence s, int first) {
        return first >= 2 && s.token(first - 2).ner().equals("LOCATION") && !qualifier(s, first - 2).isEmpty();
    }

    /** "the province of Idlib": an area word and "of" right before the name. */
    private boolean areaBefore(Sentence s, int first) {
        return first >= 2 && s.token(first - 1).lower().equals("of") && after.contains(s.token(first - 2).lower());
    }

    /**
     * "Sirwah district west of Marib city (Marib)", "Hays district (Al Hudaydah)": a name in parentheses right
     * after a place names the area that holds it.
     */
    private boolean areaInParentheses(Sentence s, int first) {
        if (first < 2 || !OPEN.contains(s.token(first - 1).word())) return false;
        Token before = s.token(first - 2);
        return capitalised(before) || after.contains(before.lower()) || settlements.contains(before.lower());
    }

    /**
     * "Qaniyah (As Sawdiyah, Al Bayda)": a capitalised word in parentheses right after a place, first or after a
     * comma, opens the name of an area that holds it (ACLED's notes give district and governorate so).
     */
    private boolean inAreaParentheses(Sentence s, int i, boolean[] covered) {
        int k = i - 1;
        while (k >= 1 && i - k <= 8 && !OPEN.contains(s.token(k).word())) {
            String w = s.token(k).word();
            if (!w.equals(",") && !Character.isUpperCase(w.charAt(0))) return false;
            k--;
        }
        if (k < 1 || !OPEN.contains(s.token(k).word()) || (k < i - 1 && !s.token(i - 1).word().equals(","))) return false;
        // Right after a place found here, or after an area word ("Sirwah district (Marib)").
        String before = s.token(k - 1).lower();
        return covered[k - 1] || after.contains(before) || settlements.contains(before);
    }

    private static final Set<String> OPEN = Set.of("(", "-LRB-");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");
    /** Lower-case words a NER place span may run on into: "Kfar Aqab north of", "West Coast of the". */
    private static final Set<String> TRAILING = Set.of("of", "the", "and", "or", "in", "at", "on", "near", "north", "south",
            "east", "west",
            // "Al Bab city", "Jurdi village": the town's name without the lower-case word the NER took in ("Mexico City" keeps it).
            "city", "town", "village");

    /**
     * The end (exclusive) of an admin1 area's or a county's name that opens the name of one of its public bodies
     * ("Ohio Supreme Court", "Texas Department of State Health Services", "Laurel County High School"), or -1.
     * Only before an institution word: "Washington Post" and "Texas Rangers" are not the state's.
     */
    private int areaOpeningOrganisation(Sentence s, int i, boolean[] covered) {
        if (!s.token(i).ner().equals("ORGANIZATION") || (i > 0 && s.token(i - 1).ner().equals("ORGANIZATION"))) return -1;
        StringBuilder name = new StringBuilder();
        for (int k = i; k < Math.min(s.size() - 1, i + 3); k++) {
            Token t = s.token(k);
            if (covered[k] || !t.isProperNoun() || !Character.isUpperCase(t.word().charAt(0))) return -1;
            name.append(k > i ? " " : "").append(t.word());
            Token next = s.token(k + 1);
            if (!next.ner().equals("ORGANIZATION") || !institutions.contains(next.lower())) continue;
            String key = NameKey.of(name.toString());
            boolean admin1 = areas.qualifier(name.toString()).stream().anyMatch(g -> g.isAdmin1() && NameKey.of(g.name()).equals(key));
            boolean county = k > i && t.lower().equals("county") && gazetteer.byName(key).stream().anyMatch(GeoName::isAdmin2);
            if (admin1 || county) return k + 1;
        }
        return -1;
    }

    /**
     * "Borno State", "Karak district" as one span: the name without its area word, when the gazetteer does not
     * know the whole ("Orange County" it knows); null otherwise.
     */
    private String areaHead(String text, Sentence s, int first, int last, String lookup) {
        if (last <= first || !after.contains(s.token(last).lower())) return null;
        if (!gazetteer.byName(NameKey.of(lookup)).isEmpty()) return null;
        int from = text.indexOf(lookup, s.token(first).begin());
        if (from < 0 || from >= s.token(last - 1).end()) return null;
        return text.substring(from, s.token(last - 1).end());
    }

    /** What may stand before a country's name in its state form. */
    private static final Pattern STATE_FORM = Pattern.compile(
            "(?i)(the\\s+)?((federal|islamic|democratic|people's|socialist|arab|united|hashemite|plurinational|bolivarian)\\s+)*"
                    + "(republic|kingdom|state|commonwealth|principality|sultanate|emirate|federation)\\s+of\\s+(the\\s+)?");

    /** "Idlib province": an area word right after the name. */
    private boolean areaAfter(Sentence s, int last) {
        return last + 1 < s.size() && after.contains(s.token(last + 1).lower());
    }

    private static final Set<String> PARTICLES = Set.of("al", "el", "ez", "ed", "ad", "ar", "as", "ash", "at", "az", "an",
            "en", "es", "et", "er", "ibn", "bin", "abu", "umm");

    /** Tokens from i to j that are not hyphens: "Deir - ez - Zor" is three words. */
    private static int words(Sentence s, int i, int j) {
        int n = 0;
        for (int k = i; k <= j; k++) if (!s.token(k).word().equals("-")) n++;
        return n;
    }

    /** A lower-case article or particle, a hyphen and a capitalised word: "al - Bab", "(Deir) ez - Zor". */
    private static boolean particle(Sentence s, int i) {
        return PARTICLES.contains(s.token(i).word()) && hyphenJoined(s, i);
    }

    /** Token i, a hyphen and a capitalised word written together: "al - Bab", "Ar - Raqqa". */
    private static boolean hyphenJoined(Sentence s, int i) {
        return i + 2 < s.size() && s.token(i + 1).word().equals("-") && s.token(i + 1).begin() == s.token(i).end()
                && s.token(i + 2).begin() == s.token(i + 1).end() && capitalised(s.token(i + 2));
    }

    private static boolean capitalised(Token t) {
        return t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)) && !t.ner().equals("ORGANIZATION");
    }

    /** A cue word (or two) right before token {@code i}, skipping one "the". */
    private boolean cued(Sentence s, int i) {
        int k = i - 1;
        if (k >= 0 && s.token(k).lower().equals("the")) k--;
        if (k < 0) return false;
        if (before.contains(s.token(k).lower())) return true;
        return k > 0 && before.contains(s.token(k - 1).lower() + " " + s.token(k).lower());
    }

    /** ", Texas" / ", Va." / ", Lebanon" after the name: the area that holds it. */
    private List<String> qualifier(Sentence s, int last) {
        if (last + 2 >= s.size() || !s.token(last + 1).word().equals(",")) return List.of();
        Token q = s.token(last + 2);
        if (!Character.isUpperCase(q.word().charAt(0))) return List.of();
        String text = q.word();
        int end = last + 2;
        if (last + 3 < s.size() && Character.isUpperCase(s.token(last + 3).word().charAt(0))
                && !areas.qualifier(text + " " + s.token(last + 3).word()).isEmpty()) {
            text = text + " " + s.token(last + 3).word();
            end = last + 3;
        }
        // "stops in Washington, New York and Boston" or "Miami, West Palm Beach, New York, and Detroit": a list of
        // places, not Washington in New York.
        int next = end + 1 < s.size() && s.token(end + 1).word().equals(",") ? end + 2 : end + 1;
        if (next + 1 < s.size() && (s.token(next).lower().equals("and") || s.token(next).lower().equals("or"))
                && capitalised(s.token(next + 1))) {
            return List.of();
        }
        return areas.qualifier(text).isEmpty() ? List.of() : List.of(text);
    }

    /**
     * The country a demonym gives the name of a settlement it describes: "the Lebanese border town of Arsal",
     * "the Syrian city, Aleppo". Only a settlement noun passes it on ("the Russian ambassador in Ankara" does not
     * put Ankara in Russia).
     */
    private Map<Integer, Country> impliedCountries(Sentence s) {
        Map<Integer, Country> out = new HashMap<>();
        if (!s.isParsed()) return out;
        for (PhraseMatcher.Match<Country> m : actors.demonyms().findAll(s.tokens())) {
            int h = s.head(m.first());
            if (h < 0 || !settlements.contains(s.token(h).lemma().toLowerCase(Locale.ROOT))) continue;
            out.put(h, m.value());
            for (var d : s.basicChildren(h)) {
                boolean of = d.relation().startsWith("nmod") && s.basicChildren(d.dependent()).stream()
                        .anyMatch(c -> c.relation().equals("case") && s.token(c.dependent()).lemma().equalsIgnoreCase("of"));
                if (of || d.relation().equals("appos")) out.put(d.dependent(), m.value());
            }
        }
        return out;
    }
}
