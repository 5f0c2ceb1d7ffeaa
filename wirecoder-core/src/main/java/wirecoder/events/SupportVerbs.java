package wirecoder.events;

import wirecoder.data.TsvTable;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verbs that license nominal triggers (/lexicon/support-verbs.tsv): "launched an assault" (obj),
 * "clashes erupted" (subj), "killed in an airstrike" (obl). A noun trigger without a gov= constraint
 * is an event only when one of these governs it, so "negotiations over the withdrawal" does not
 * make the withdrawal an event.
 */
public final class SupportVerbs {

    private final java.util.Map<String, String> keys = new java.util.HashMap<>();
    private final Set<String> verbs = new HashSet<>();

    public SupportVerbs() {
        for (TsvTable.Row r : TsvTable.resource("/lexicon/support-verbs.tsv", List.of("lemma", "role", "kind")).rows()) {
            String role = r.required("role");
            if (!Set.of("obj", "subj", "obl").contains(role)) throw r.fail("role must be obj, subj or obl");
            String kind = r.required("kind");
            if (!Set.of("support", "effect", "counter", "mention").contains(kind)) {
                throw r.fail("kind must be support, effect, counter or mention");
            }
            keys.put(r.required("lemma") + "/" + role, kind);
            verbs.add(r.required("lemma").split("\\+")[0]);
        }
    }

    /** How the verb at {@code verb} relates to the noun it licenses: support, effect, counter or mention. */
    public String kind(Sentence s, int verb, int noun) {
        for (Dependency d : s.parents(noun)) {
            if (d.governor() != verb) continue;
            String role = roleOf(d);
            for (String lemma : TriggerLexicon.verbForms(s, verb)) {
                String k = keys.get(lemma + "/" + role);
                if (k != null) return k;
            }
        }
        return "support";
    }

    /** Whether any support verb is among {@code lemmas} (the pre-parse test for noun triggers). */
    boolean anyIn(Set<String> lemmas) {
        for (String v : verbs) if (lemmas.contains(v)) return true;
        return false;
    }

    /** The verb that licenses noun {@code noun} from this table, or -1. */
    public int licensor(Sentence s, int noun) {
        for (Dependency d : s.parents(noun)) {
            if (d.governor() < 0) continue;
            String role = roleOf(d);
            if (role == null) continue;
            for (String lemma : TriggerLexicon.verbForms(s, d.governor())) {
                if (keys.containsKey(lemma + "/" + role)) return d.governor();
            }
        }
        return adjacentObject(s, noun);
    }

    /** Words that may stand between a support verb and its object noun: "held a large protest", "staged three sit-ins". */
    private static final Set<String> BETWEEN = Set.of("DT", "JJ", "JJR", "JJS", "CD", "PRP$");

    /**
     * "held a protest outside the parliament, demanding the exam be scrapped": the parser may hang the noun on a
     * later verb; a support verb right before it, with only determiners and adjectives between, still licenses it.
     */
    private int adjacentObject(Sentence s, int noun) {
        int k = noun - 1;
        while (k >= 0 && BETWEEN.contains(s.token(k).pos())) k--;
        if (k < 0 || !s.token(k).isVerb()) return -1;
        for (String lemma : TriggerLexicon.verbForms(s, k)) {
            if (keys.containsKey(lemma + "/obj")) return k;
        }
        return -1;
    }

    /** The relation of a noun to its governing verb as the support table names it. */
    static String roleOf(Dependency d) {
        String base = d.baseRelation();
        if (d.relation().equals("obj") || d.relation().startsWith("nsubj:pass")) return "obj";
        if (base.equals("nsubj")) return "subj";
        if (base.equals("obl")) return "obl";
        return null;
    }
}
