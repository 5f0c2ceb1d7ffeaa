package wirecoder.events;

import wirecoder.data.TsvTable;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The role table (/lexicon/roles.tsv): which dependency relations give actor and recipient. */
public final class RoleRules {

    private record Rule(String on, String relation, String role, String voice) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public RoleRules() {
        for (TsvTable.Row r : TsvTable.resource("/lexicon/roles.tsv", List.of("on", "relation", "role", "voice")).rows()) {
            String on = r.required("on");
            if (!Set.of("V", "N", "S").contains(on)) throw r.fail("on must be V, N or S");
            String role = r.required("role");
            if (!Set.of("actor", "recipient", "pair").contains(role)) throw r.fail("role must be actor, recipient or pair");
            String voice = r.get("voice");
            if (!Set.of("", "active", "passive").contains(voice)) throw r.fail("voice must be active, passive or empty");
            rules.add(new Rule(on, r.required("relation"), role, voice));
        }
    }

    /** Role fillers of the trigger {@code m} in {@code s}. */
    public List<RoleFiller> fillers(Sentence s, TriggerMatch m) {
        List<RoleFiller> out = new ArrayList<>();
        int t = m.trigger();
        String on = m.rule().pos();
        boolean passive = on.equals("V") && isPassive(s, t);
        collect(s, t, on, passive, out);
        if (m.licensor() >= 0) {
            // The noun as the support verb's object: the verb's subject acts ("Hezbollah launched an assault").
            boolean nounIsObject = s.parents(t).stream().anyMatch(d -> d.governor() == m.licensor() && d.relation().equals("obj"));
            collect(s, m.licensor(), "S", false, out);
            if (!nounIsObject) out.removeIf(f -> f.on().equals("S") && f.relation().equals("nsubj") && f.head() == t);
            out.removeIf(f -> f.head() == t);
            if (m.licensorKind().equals("mention")) {
                // "Officials reported clashes": the reporter is no side of the clashes.
                out.removeIf(f -> f.on().equals("S") && f.relation().startsWith("nsubj"));
            } else if (m.licensorKind().equals("counter")) {
                // "Forces repelled an attack by the rebels": whoever repels is attacked.
                List<RoleFiller> swapped = new ArrayList<>();
                for (RoleFiller f : out) {
                    boolean subject = f.on().equals("S") && f.relation().startsWith("nsubj");
                    // "thwarted an attack of pro-Houthi forces": with the repeller attacked, the attack's "of" attacked.
                    boolean of = f.on().equals("N") && f.relation().equals("nmod:of");
                    swapped.add(subject ? new RoleFiller(f.head(), "recipient", f.relation() + "(repelled)", f.on())
                            : of ? new RoleFiller(f.head(), "actor", f.relation() + "(repelled)", f.on()) : f);
                }
                out.clear();
                out.addAll(swapped);
            }
        }
        // A subject the clause lacks is inherited; one it has that may name no actor ("pacing near the body ... appeared
        // to condemn", a tagging slip) is backed by the inherited one, which resolution reads only if it finds no actor.
        if (on.equals("V")) inherit(s, t, out, out.stream().anyMatch(f -> f.role().equals("actor")));
        if (out.stream().noneMatch(f -> f.relation().endsWith("between"))) betweenAttachedLower(s, m, out);
        return out;
    }

    /**
     * "A ceasefire took effect in an area of the border between Hezbollah and militants": the parser often hangs
     * "between X and Y" on the nearest noun; when the event's clause has no "between" of its own, one inside its
     * oblique phrases names the sides.
     */
    private static void betweenAttachedLower(Sentence s, TriggerMatch m, List<RoleFiller> out) {
        List<Integer> nodes = new ArrayList<>(List.of(m.trigger()));
        if (m.licensor() >= 0) nodes.add(m.licensor());
        for (int n : nodes) {
            for (Dependency d : s.children(n)) {
                if (!d.baseRelation().equals("obl") && !d.baseRelation().equals("nmod")) continue;
                List<Integer> sides = new ArrayList<>();
                for (int k : s.subtree(d.dependent())) {
                    for (Dependency e : s.children(k)) {
                        if (e.relation().equals("nmod:between") && !sides.contains(e.dependent())) sides.add(e.dependent());
                    }
                }
                sides.sort(Integer::compare);
                for (int i = 0; i < sides.size(); i++) {
                    if (!contains(out, sides.get(i))) {
                        out.add(new RoleFiller(sides.get(i), i == 0 ? "actor" : "recipient", "nmod:between(lower)", "S"));
                    }
                }
                if (!sides.isEmpty()) return;
            }
        }
    }

    private void collect(Sentence s, int node, String on, boolean passive, List<RoleFiller> out) {
        List<Integer> pair = new ArrayList<>();
        String pairRelation = null;
        for (Rule r : rules) {
            if (!r.on.equals(on) || !voiceFits(r.voice, passive)) continue;
            if (r.relation.startsWith("head:")) {
                String rel = r.relation.substring(5);
                // "rioters demonstrating" acts; "overran Saada, abducting ..." is the parser hanging the clause on an object.
                boolean onObject = r.role.equals("actor") && s.head(node) >= 0 && s.headRelation(s.head(node)).equals("obj");
                if (s.headRelation(node).equals(rel) && s.head(node) >= 0 && !onObject) {
                    out.add(new RoleFiller(s.head(node), r.role, r.relation, on));
                }
                continue;
            }
            if (r.relation.contains(">")) {
                // A path: "severed ties to X" is obj>nmod:to; "threatened to close the strait to U.S. ships" is
                // xcomp>obl:to. A path marked "?" is read only when nothing nearer names an actor for its role
                // ("threatened further action against Russia": the object names none), which assembly decides.
                boolean fallback = r.relation.startsWith("?");
                String[] steps = (fallback ? r.relation.substring(1) : r.relation).split(">");
                List<Integer> at = List.of(node);
                for (String step : steps) {
                    List<Integer> next = new ArrayList<>();
                    for (int n : at) for (Dependency d : s.children(n)) if (d.relation().equals(step)) next.add(d.dependent());
                    at = next;
                }
                for (int k : at) if (!contains(out, k)) out.add(new RoleFiller(k, r.role, r.relation, on));
                continue;
            }
            String relation = r.relation.startsWith("?") ? r.relation.substring(1) : r.relation;
            for (Dependency d : s.children(node)) {
                if (!d.relation().equals(relation)) continue;
                if (r.role.equals("pair")) {
                    pair.add(d.dependent());
                    pairRelation = r.relation;
                } else if (!contains(out, d.dependent())) {
                    out.add(new RoleFiller(d.dependent(), r.role, r.relation, on));
                }
            }
        }
        pair.sort(Integer::compare);
        for (int k = 0; k < pair.size(); k++) {
            if (!contains(out, pair.get(k))) out.add(new RoleFiller(pair.get(k), k == 0 ? "actor" : "recipient", pairRelation, on));
        }
    }

    /** Relation prefix of an inherited subject that backs a subject of the clause's own. */
    public static final String BACKUP = "inherit?:";

    /**
     * A participle or complement clause without its own subject takes the subject of the clause it hangs on; with
     * {@code backup}, one whose own subject may name no actor gets the next subject up as a backup.
     */
    private static void inherit(Sentence s, int t, List<RoleFiller> out, boolean backup) {
        String rel = s.headRelation(t);
        int h = s.head(t);
        if (rel.equals("acl") && s.token(t).pos().equals("VBG") && h >= 0 && s.head(h) >= 0
                && s.headRelation(h).equals("obj")) {
            // "overran Saada, abducting dozens": the parser hangs the participle on the object; its subject is the verb's.
            h = s.head(h);
            rel = "acl>obj";
        }
        if (h < 0 || !(rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("dep")
                || rel.equals("acl>obj"))) return;
        // "A policeman shot the ambassador and then appeared to condemn Russia": the subject may sit two or three
        // clauses up, through verbs that have none of their own.
        for (int up = 0; up < 3 && h >= 0; up++) {
            List<Integer> subjects = s.children(h, "nsubj");
            // A backup climbs past the clause's own subject, which it backs.
            if (backup) subjects = subjects.stream().filter(k -> !contains(out, k)).toList();
            if (!subjects.isEmpty()) {
                for (int subj : subjects) {
                    if (!contains(out, subj)) out.add(new RoleFiller(subj, "actor", (backup ? BACKUP : "inherit:") + rel, "V"));
                }
                return;
            }
            String r = s.headRelation(h);
            if (!(r.startsWith("conj") || r.equals("xcomp") || r.startsWith("advcl"))) return;
            h = s.head(h);
        }
    }

    private static boolean contains(List<RoleFiller> out, int head) {
        for (RoleFiller f : out) if (f.head() == head) return true;
        return false;
    }

    private static boolean voiceFits(String voice, boolean passive) {
        return voice.isEmpty() || (voice.equals("passive") == passive);
    }

    /** Whether the verb {@code verb} is passive ("were kidnapped", "soldiers captured in 2014"). */
    public static boolean isPassive(Sentence s, int verb) {
        if (!s.token(verb).pos().equals("VBN")) return false;
        boolean perfect = false;
        boolean byAgent = false;
        boolean object = false;
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("obj")) object = true;
            if (d.relation().equals("aux:pass") || d.relation().startsWith("nsubj:pass")) return true;
            if (d.relation().equals("aux") && s.token(d.dependent()).lemma().equals("have")) perfect = true;
            if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) byAgent = true;
        }
        String rel = s.headRelation(verb);
        // A bare participle on a noun or in a small clause is passive: "soldiers captured in 2014", "holding soldiers captured";
        // so is one with a by-agent that the parser made the root ("a landmine planted by an armed group ... detonated").
        // A participle with an object is active whatever its tag: "Bashir on Thursday shortened by one hour the curfew".
        return !perfect && (byAgent && !object || rel.equals("acl") || rel.equals("amod") || rel.equals("xcomp") || rel.equals("dep"));
    }
}
