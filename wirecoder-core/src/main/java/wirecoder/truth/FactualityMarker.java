package wirecoder.truth;

import wirecoder.data.TsvTable;
import wirecoder.model.Dependency;
import wirecoder.model.Factuality;
import wirecoder.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks an event negated, hypothetical or future from cues in its clause (/truth/factuality-cues.tsv):
 * negations and auxiliaries on the trigger or its support verb, subordinators of its clause, and the
 * verbs and adjectives its clause is the complement of ("expected to be targeted", "denied attacking").
 * Walks up through complement clauses only, so "X said Y attacked" stays asserted.
 */
public final class FactualityMarker {

    /** One cue found in the event's clause: what it makes the event, and whether it commits the actor (see intent.tsv). */
    public record Cue(Factuality factuality, String word, String commitment) {
    }

    /** The verdict, the cue word that gave it (null when asserted), and every cue found. */
    public record Verdict(Factuality factuality, String cue, List<Cue> cues) {
        public boolean has(String commitment) {
            return cues.stream().anyMatch(c -> commitment.equals(c.commitment()));
        }
    }

    private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "csubj", "dep", "conj");
    private static final Set<String> PREPOSITIONS = Set.of("at", "on", "toward", "towards");
    private final Map<String, Factuality> neg = new HashMap<>();
    private final Map<String, Factuality> aux = new HashMap<>();
    private final Map<String, Factuality> mark = new HashMap<>();
    private final Map<String, Factuality> governor = new HashMap<>();
    private final Map<String, String> commitment = new HashMap<>();

    public FactualityMarker() {
        for (TsvTable.Row r : TsvTable.resource("/truth/factuality-cues.tsv", List.of("cue", "where", "factuality")).rows()) {
            Factuality f;
            try {
                f = Factuality.valueOf(r.required("factuality").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("factuality must be negated, hypothetical or future");
            }
            if (f == Factuality.ASSERTED) throw r.fail("a cue cannot make an event asserted");
            Map<String, Factuality> target = switch (r.required("where")) {
                case "neg" -> neg;
                case "aux" -> aux;
                case "mark" -> mark;
                case "governor" -> governor;
                default -> throw r.fail("where must be neg, aux, mark or governor");
            };
            target.put(r.required("cue"), f);
            String c = r.get("commitment");
            if (!Set.of("", "yes", "self", "must").contains(c)) throw r.fail("commitment must be yes, self, must or empty");
            if (!c.isEmpty()) commitment.put(r.required("cue"), c);
        }
    }

    /** The factuality of the event triggered at {@code trigger} (with support verb {@code licensor}, or -1). */
    public Verdict mark(Sentence s, int trigger, int licensor, Set<String> reportingVerbs) {
        List<Cue> found = new ArrayList<>();
        List<Integer> path = new ArrayList<>();
        path.add(trigger);
        // "No arrests or clashes were reported": a second conjunct shares the first one's negation.
        if (s.headRelation(trigger).startsWith("conj") && s.head(trigger) >= 0 && s.token(trigger).isNoun()) path.add(s.head(trigger));
        if (licensor >= 0) path.add(licensor);
        int node = licensor >= 0 ? licensor : trigger;
        int guard = s.size();
        while (guard-- > 0) {
            String rel = s.headRelation(node);
            int h = s.head(node);
            if (h < 0) break;
            String lemma = s.token(h).lemma().toLowerCase(java.util.Locale.ROOT);
            if (!(CLIMB.contains(rel) || rel.startsWith("xcomp") || rel.startsWith("conj"))) {
                // A gerund a cue verb governs through its preposition: "aimed at evacuating", "planning on visiting".
                if ((rel.startsWith("advcl") || rel.startsWith("obl")) && governor.containsKey(lemma) && prepositional(s, node)) {
                    found.add(new Cue(governor.get(lemma), s.token(h).word(), commitment.get(lemma)));
                }
                break;
            }
            if (reportingVerbs.contains(lemma)) break;
            Factuality g = governor.get(lemma);
            if (g != null) found.add(new Cue(g, s.token(h).word(), commitment.get(lemma)));
            path.add(h);
            node = h;
        }
        for (int n : path) {
            for (Dependency d : s.basicChildren(n)) {
                String w = s.token(d.dependent()).lower();
                String lemma = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
                String rel = d.relation();
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("case")) && neg.containsKey(w)) {
                    found.add(new Cue(neg.get(w), s.token(d.dependent()).word(), null));
                } else if (rel.startsWith("aux") && (aux.containsKey(w) || aux.containsKey(lemma))) {
                    found.add(new Cue(aux.getOrDefault(w, aux.get(lemma)), s.token(d.dependent()).word(),
                            commitment.getOrDefault(w, commitment.get(lemma))));
                } else if (rel.equals("mark") && mark.containsKey(w)) {
                    found.add(new Cue(mark.get(w), s.token(d.dependent()).word(), null));
                } else if (rel.startsWith("advcl") && conditional(s, d.dependent())) {
                    // The consequent of a condition: "if the talks fail, the army will attack".
                    found.add(new Cue(Factuality.HYPOTHETICAL, conditionalWord(s, d.dependent()), null));
                } else if (rel.equals("mark") && w.equals("to") && !s.headRelation(n).startsWith("xcomp")) {
                    // An infinitive no verb governs: a headline's "Rebels to Receive", a purpose "in order to remove".
                    found.add(new Cue(Factuality.FUTURE, "to", null));
                }
            }
        }
        negatedArgument(s, trigger, licensor).ifPresent(found::add);
        return strongest(found);
    }

    /** Arguments that say no one and nothing: "no counselling was ever offered", "nobody was arrested". */
    private static final Set<String> NOBODY = Set.of("nobody", "none", "nothing", "noone");

    /**
     * An event whose subject or object is negated did not happen: "no one has been convicted", "no counselling was
     * offered", "nobody was hurt".
     */
    private java.util.Optional<Cue> negatedArgument(Sentence s, int trigger, int licensor) {
        for (int node : licensor >= 0 ? List.of(trigger, licensor) : List.of(trigger)) {
            for (Dependency d : s.basicChildren(node)) {
                String rel = d.relation();
                if (!(rel.startsWith("nsubj") || rel.equals("obj"))) continue;
                int arg = d.dependent();
                if (NOBODY.contains(s.token(arg).lower())) return java.util.Optional.of(new Cue(Factuality.NEGATED, s.token(arg).word(), null));
                for (Dependency c : s.basicChildren(arg)) {
                    if (c.relation().equals("det") && s.token(c.dependent()).lower().equals("no")) {
                        return java.util.Optional.of(new Cue(Factuality.NEGATED, s.token(c.dependent()).word(), null));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean prepositional(Sentence s, int clause) {
        for (Dependency d : s.basicChildren(clause)) {
            if ((d.relation().equals("case") || d.relation().equals("mark")) && PREPOSITIONS.contains(s.token(d.dependent()).lower())) return true;
        }
        return false;
    }

    private boolean conditional(Sentence s, int clause) {
        return conditionalWord(s, clause) != null;
    }

    private String conditionalWord(Sentence s, int clause) {
        for (Dependency d : s.basicChildren(clause)) {
            String w = s.token(d.dependent()).lower();
            if (d.relation().equals("mark") && mark.get(w) == Factuality.HYPOTHETICAL) return s.token(d.dependent()).word();
        }
        return null;
    }

    private static Verdict strongest(List<Cue> found) {
        Cue best = null;
        for (Cue c : found) {
            if (best == null || rank(c.factuality()) > rank(best.factuality())) best = c;
        }
        return best == null ? new Verdict(Factuality.ASSERTED, null, List.of())
                : new Verdict(best.factuality(), best.word(), List.copyOf(found));
    }

    private static int rank(Factuality f) {
        return switch (f) {
            case HYPOTHETICAL -> 3;
            case NEGATED -> 2;
            case FUTURE -> 1;
            case ASSERTED -> 0;
        };
    }
}
