package wirecoder.places;

import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Place;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Points for the places the gazetteer lacks, from the place the text puts them in, as ACLED codes a village it
 * cannot find at the nearest place it can: "Qaniyah (As Sawdiyah, Al Bayda)" (through the unknown As Sawdiyah),
 * "Habima Square in Tel Aviv", "a village in rural X", "a farm north of X", "the Baghdad neighbourhood of Al-Bayaa". The place keeps its own name and no
 * GeoNames id or feature code; it takes the point, country and admin1 of the holding place, and that place's
 * precision, which says how far the point can be trusted.
 */
public final class PlaceContainment {

    /** Words that say the next name holds or lies by the one before: "in", "near", "(Marib)", "north of". */
    private static final Set<String> MARKERS = Set.of("in", "near", "of", "(", "-LRB-", ",");
    /** Words that may stand between the two names besides the markers and place nouns ("in rural Idlib"). */
    private static final Set<String> FILLERS = Set.of("the", "a", "rural", "urban", "eastern", "western", "northern",
            "southern", "central", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west", "vicinity", "outskirts", "countryside");
    private static final int MAX_GAP = 5;

    private final Predicate<String> placeNoun;

    /** @param placeNoun whether a lemma names a kind of place ("village", "district", "square") */
    public PlaceContainment(Predicate<String> placeNoun) {
        this.placeNoun = placeNoun;
    }

    /**
     * For each toponym, the word that puts it inside or beside the next one ("in", "(", ",", "near", "of"), or
     * null: the next name only, in the same sentence, with only place nouns and fillers between ("in rural").
     */
    public List<String> markers(AnnotatedArticle doc, List<Toponym> toponyms) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Toponym h = i + 1 < toponyms.size() ? toponyms.get(i + 1) : null;
            out.add(close(t, h) ? marker(doc.sentences().get(t.sentence()), t.lastToken() + 1, h.firstToken()) : null);
        }
        return out;
    }

    /** Whether {@code after} follows {@code before} in the same sentence with at most MAX_GAP words between. */
    private static boolean close(Toponym before, Toponym after) {
        return after != null && before.sentence() >= 0 && after.sentence() == before.sentence()
                && after.firstToken() > before.lastToken() && after.firstToken() - before.lastToken() - 1 <= MAX_GAP;
    }

    /**
     * For each toponym, whether the one before it holds it as "the Baghdad neighbourhood of Al-Bayaa" or "Baghdad's
     * southern district of Saiydiah" say: a place noun and "of" between them, with fillers and a possessive.
     */
    public List<Boolean> heldByPrevious(AnnotatedArticle doc, List<Toponym> toponyms) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Toponym h = i > 0 ? toponyms.get(i - 1) : null;
            boolean held = false;
            // At least a place noun and "of" between them.
            if (h != null && close(h, t) && t.firstToken() > h.lastToken() + 2) {
                Sentence s = doc.sentences().get(t.sentence());
                held = s.token(t.firstToken() - 1).lower().equals("of");
                boolean noun = false;
                for (int k = h.lastToken() + 1; held && k < t.firstToken() - 1; k++) {
                    Token w = s.token(k);
                    if (placeNoun.test(w.lemma())) noun = true;
                    else if (!FILLERS.contains(w.lower()) && !w.word().equals("'s") && !w.word().equals("'")) held = false;
                }
                held &= noun;
            }
            out.add(held);
        }
        return out;
    }

    /**
     * The places in the same order, an unresolved one given the point of the place that holds it where the text
     * says; {@code markers} and {@code heldByPrevious} as {@link #markers} and {@link #heldByPrevious} give them.
     */
    public List<Place> locate(List<String> markers, List<Boolean> heldByPrevious, List<Place> places) {
        List<Place> out = new ArrayList<>(places);
        // From the last name back, so that a chain ("in rural Tal Tamer in al-Hasakeh", "(Tuban, Lahij)") passes
        // the point on.
        for (int i = out.size() - 2; i >= 0; i--) {
            String marker = markers.get(i);
            if (out.get(i).isResolved() || marker == null) continue;
            Place holder = out.get(i + 1);
            // "the Lebanese village of X near Y": not when the phrase puts the place in another country.
            boolean sameCountry = out.get(i).country() == null || out.get(i).country().equals(holder.country());
            if (sameCountry && holds(holder, marker)) out.set(i, within(out.get(i), holder));
        }
        for (int i = 1; i < out.size(); i++) {
            if (!out.get(i).isResolved() && heldByPrevious.get(i) && holds(out.get(i - 1), "of")) {
                out.set(i, within(out.get(i), out.get(i - 1)));
            }
        }
        return out;
    }

    /**
     * Whether the marker says the place lies inside the next one ("in", a parenthesis), not only near it or beside
     * it in a list; the resolver keeps such a town or area in the country of the place that holds it.
     */
    static boolean inside(String marker) {
        return marker != null && (marker.equals("in") || parenthesis(marker));
    }

    /** Whether the marker is an opening parenthesis: "Qaniyah (As Sawdiyah, Al Bayda)". */
    static boolean parenthesis(String marker) {
        return marker != null && (marker.equals("(") || marker.equals("-lrb-"));
    }

    /** The marker of "X district of Y": one place holds the other, so both lie in one country. */
    static final String AREA_OF = "area of";

    /** Whether the marker puts the two names in one country: one inside the other, either way round. */
    static boolean sameCountry(String marker) {
        return inside(marker) || AREA_OF.equals(marker);
    }

    /** The marker among the words between two names, or null when a word there is neither marker nor filler. */
    private String marker(Sentence s, int from, int to) {
        String marker = null;
        for (int k = from; k < to; k++) {
            Token w = s.token(k);
            String l = w.lower();
            if (MARKERS.contains(w.word()) || MARKERS.contains(l)) {
                // "Tabaj village in Jalawla district of Kirkuk province", "Sira neighbourhood of Aden": an "of" after a
                // place noun joins two places of one country, whichever holds the other.
                if (l.equals("of") && k > from && placeNoun.test(s.token(k - 1).lemma())) l = AREA_OF;
                if (marker == null || marker.equals(",")) marker = l;
            } else if (!FILLERS.contains(l) && !placeNoun.test(w.lemma())) {
                return null;
            }
        }
        return marker;
    }

    /**
     * Whether the place after a marker may lend its point: a town or an area, not a country or a region; after a
     * bare comma only an area ("Abr Badr area (Tuban, Lahij)"), since a comma also joins a list of towns.
     */
    private static boolean holds(Place holder, String marker) {
        if (!holder.isResolved()) return false;
        return switch (holder.precision()) {
            case "town" -> !marker.equals(",");
            case "admin2", "admin1" -> true;
            default -> false;
        };
    }

    private static Place within(Place p, Place holder) {
        return new Place(p.name(), p.text(), p.start(), p.end(), null, holder.lat(), holder.lon(), holder.country(),
                holder.admin1(), null, holder.precision(), p.dateline());
    }
}
