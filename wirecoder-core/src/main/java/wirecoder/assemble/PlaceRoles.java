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

    private final Predicate<String> placeNoun;

    PlaceRoles(Predicate<String> placeNoun) {
        this.placeNoun = placeNoun;
    }

    /** The mention's last token modifies a common noun that is not a place noun nor part of the mention. */
    boolean modifiesAThing(Sentence s, Place p) {
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() >= p.start() && s.token(i).end() <= p.end()) last = i;
        }
        if (last < 0 || !s.isParsed()) return false;
        int head = s.head(last);
        if (head < 0 || !MODIFIER_RELATIONS.contains(s.headRelation(last))) return false;
        var h = s.token(head);
        return h.begin() >= p.end() && h.isNoun() && !h.isProperNoun() && !placeNoun.test(h.lemma());
    }
}
