package wirecoder.assemble;

import wirecoder.model.Place;
import wirecoder.model.Sentence;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a place mention stands in its sentence. A place that modifies a thing ("a U.S. airstrike", "25,000
 * Seville fans", "Caracas' Diario 2001 newspaper", "the 1967 Mideast war") says whose or which, not where an
 * event happened; one that modifies a place noun ("the Baghdad neighbourhood of Al-Bayaa", "his Amman home", "the
 * Nicosia airport"; places/cues.tsv kinds settlement and site) still places it.
 */
final class PlaceRoles {

    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "amod", "nmod:poss");
    /**
     * Nouns of a multiword preposition that gives a reason or a link, not a place: "in support of", "in response
     * to", "in protest at", "in solidarity with", "in connection with", "in memory of".
     */
    private static final Set<String> REASON_NOUNS = Set.of("support", "response", "protest", "solidarity", "connection",
            "memory", "honor", "honour", "favor", "favour", "retaliation", "defiance", "violation", "context", "light",
            "name", "reaction", "commemoration");

    private final Predicate<String> placeNoun;

    PlaceRoles(Predicate<String> placeNoun) {
        this.placeNoun = placeNoun;
    }

    /** Whether the object of a place preposition opens a reason ("demonstrated in support of South Yemen's autonomy"). */
    boolean givesAReason(Sentence s, int object) {
        // Nouns only: "a town named Arsal" keeps its place.
        return s.token(object).isNoun() && REASON_NOUNS.contains(s.token(object).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the place lies in a reason phrase below {@code top}: "a demonstration in support of the declaration of
     * self-administration of South Yemen" is not in Yemen.
     */
    boolean inAReason(Sentence s, Place p, int top) {
        int last = lastToken(s, p);
        if (last < 0 || !s.isParsed()) return false;
        for (int n = last, guard = s.size(); guard-- > 0 && n >= 0 && n != top; n = s.head(n)) {
            if (n != last && givesAReason(s, n)) return true;
            if (s.head(n) == n) break;
        }
        return false;
    }

    private static int lastToken(Sentence s, Place p) {
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() >= p.start() && s.token(i).end() <= p.end()) last = i;
        }
        return last;
    }

    /**
     * Whether the mention is the subject of a clause: "Israel captured the eastern sector", "prompted Paris to
     * raise": a state or a government acting, not where something happened.
     */
    boolean isSubject(Sentence s, Place p) {
        int n = lastToken(s, p);
        if (n < 0 || !s.isParsed()) return false;
        // "The United States and Saudi Arabia called": a conjunct of the subject too.
        for (int guard = s.size(); guard-- > 0 && s.headRelation(n).startsWith("conj") && s.head(n) >= 0; ) n = s.head(n);
        return s.headRelation(n).startsWith("nsubj");
    }

    /** The mention's last token modifies a common noun that is not a place noun nor part of the mention. */
    boolean modifiesAThing(Sentence s, Place p) {
        int last = lastToken(s, p);
        if (last < 0 || !s.isParsed()) return false;
        int head = s.head(last);
        if (head < 0 || !MODIFIER_RELATIONS.contains(s.headRelation(last))) return false;
        var h = s.token(head);
        // "the Manbij campaign", "the Mosul operation": a town or province names where the operation is; a country
        // ("a U.S. airstrike") names who carries it out.
        if (p.precisionRank() <= 3 && OPERATION_NOUNS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT))) return false;
        return h.begin() >= p.end() && h.isNoun() && !h.isProperNoun() && !placeNoun.test(h.lemma());
    }

    private static final Set<String> OPERATION_NOUNS = Set.of("campaign", "operation", "offensive", "battle", "siege",
            "fighting", "clash", "bombing", "raid", "assault", "massacre", "shelling", "uprising", "blast", "explosion");
}
