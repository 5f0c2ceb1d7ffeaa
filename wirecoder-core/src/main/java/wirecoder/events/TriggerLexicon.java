package wirecoder.events;

import wirecoder.data.TsvTable;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Token;
import wirecoder.ontology.Ontology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trigger lexicon (/lexicon/triggers.tsv, plus user files of the same shape): which words, in
 * which syntactic context, are which PLOVER event. Every row is checked against the ontology when
 * loaded. {@link #mayHoldEvent} is the cheap test that decides which sentences get parsed.
 */
public final class TriggerLexicon {

    public static final List<String> COLUMNS = List.of("lemma", "pos", "constraint", "type", "mode", "cameo", "needs");
    /** The file of rows converted from PETRARCH2's CAMEO verb dictionary; row sources start with its name. */
    public static final String CONVERTED = "cameo-verbs.tsv";
    private static final Set<String> CONSTRAINTS = Set.of("obj", "gov", "prt", "compound", "objperson", "obl", "subj", "noobj");

    private final Map<String, List<TriggerRule>> byLemma = new HashMap<>();
    private final SupportVerbs support;

    private TriggerLexicon(SupportVerbs support) {
        this.support = support;
    }

    public static TriggerLexicon load(Ontology ontology) {
        return load(ontology, List.of());
    }

    public static TriggerLexicon load(Ontology ontology, List<Path> userFiles) {
        TriggerLexicon lex = new TriggerLexicon(new SupportVerbs());
        // User rows come first so that they can refine or override bundled ones.
        for (Path p : userFiles) lex.add(TsvTable.file(p, COLUMNS), ontology, "user");
        lex.add(TsvTable.resource("/lexicon/triggers.tsv", COLUMNS), ontology, "triggers.tsv");
        // PETRARCH2's CAMEO verbs (tools/cameo-verbs.py), for verbs the hand-made rows do not list.
        lex.add(TsvTable.resource("/lexicon/" + CONVERTED, COLUMNS), ontology, CONVERTED);
        return lex;
    }

    private void add(TsvTable table, Ontology ontology, String label) {
        for (TsvTable.Row r : table.rows()) {
            String lemma = r.required("lemma").toLowerCase(Locale.ROOT);
            String pos = r.required("pos");
            if (!pos.equals("V") && !pos.equals("N")) throw r.fail("pos must be V or N, not " + pos);
            String type = r.required("type");
            if (!ontology.isType(type)) throw r.fail("not a PLOVER type: " + type + "; valid: " + Ontology.PLOVER_TYPES);
            String mode = r.get("mode");
            if (!mode.isEmpty() && !ontology.isMode(type, mode)) {
                throw r.fail("mode '" + mode + "' is not a mode of " + type + "; valid: " + ontology.type(type).modes());
            }
            String cameo = r.required("cameo");
            if (ontology.cameoName(cameo).isEmpty()) throw r.fail("CAMEO code " + cameo + " is not in ontology/cameo.tsv");
            String needs = r.get("needs");
            if (!Set.of("", "actor", "recipient", "any", "both").contains(needs)) {
                throw r.fail("needs must be actor, recipient, any, both or empty");
            }
            TriggerRule.Constraint c = constraint(r);
            String source = (label.equals("user") ? r.file() : label) + ":" + r.line();
            byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new TriggerRule(lemma, pos, c, type, mode, cameo, needs, source));
        }
    }

    private static TriggerRule.Constraint constraint(TsvTable.Row r) {
        String c = r.get("constraint");
        if (c.isEmpty()) return TriggerRule.Constraint.NONE;
        int eq = c.indexOf('=');
        String kind = eq < 0 ? c : c.substring(0, eq);
        if (!CONSTRAINTS.contains(kind)) throw r.fail("unknown constraint '" + kind + "'; valid: " + CONSTRAINTS);
        Set<String> values = new LinkedHashSet<>();
        if (eq >= 0) for (String v : c.substring(eq + 1).split("\\|")) values.add(v.trim().toLowerCase(Locale.ROOT));
        if (!kind.equals("objperson") && !kind.equals("noobj") && values.isEmpty()) throw r.fail("constraint " + kind + " needs values");
        return new TriggerRule.Constraint(kind, Set.copyOf(values));
    }

    /**
     * Cheap pre-parse test, so that only sentences that can hold an event are parsed: some token starts a
     * trigger row of its part of speech, and the words its constraint or its licensing needs are in the
     * sentence ("ceasefire" without "take", "hold", "declare"... cannot be a RETREAT).
     */
    public boolean mayHoldEvent(List<Token> tokens) {
        Set<String> lemmas = new java.util.HashSet<>();
        for (Token t : tokens) lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
        for (Token t : tokens) {
            String pos = posClass(t);
            if (pos == null) continue;
            for (TriggerRule r : rules(t, tokens)) {
                if (r.pos().equals(pos) && wordsPresent(r, lemmas)) return true;
            }
        }
        return false;
    }

    private boolean wordsPresent(TriggerRule r, Set<String> lemmas) {
        TriggerRule.Constraint c = r.constraint();
        switch (c.kind()) {
            case "gov" -> {
                for (String v : c.values()) if (lemmas.contains(v.split("\\+")[0])) return true;
                return false;
            }
            case "obj", "prt", "compound", "subj" -> {
                for (String v : c.values()) if (lemmas.contains(v)) return true;
                return false;
            }
            default -> {
                return !r.pos().equals("N") || support.anyIn(lemmas);
            }
        }
    }

    /** Rows for a token; a word the tokenizer split at a hyphen ("sit - in") is looked up whole first. */
    private List<TriggerRule> rules(Token t, List<Token> tokens) {
        int i = t.index();
        if (isMonth(t, tokens)) return List.of();
        if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")) {
            List<TriggerRule> joined = byLemma.get(t.lower() + "-" + tokens.get(i + 2).lower());
            if (joined != null) return joined;
        }
        return rules(t);
    }

    /** Words before a month: "in March", "since March", "early March". */
    private static final Set<String> BEFORE_MONTH = Set.of("in", "of", "since", "until", "till", "by", "from", "through", "early",
            "late", "mid", "last", "next", "this", "on", "during", "before", "after", "between", "and", "to");

    /**
     * "March" the month, not a march: capitalised inside a sentence, or next to a number or a word that comes before
     * months ("on March 3", "in March", "March 2009").
     */
    static boolean isMonth(Token t, List<Token> tokens) {
        if (!t.word().equals("March")) return false;
        int i = t.index();
        if (i > 0 && (tokens.get(i - 1).isNumber() || BEFORE_MONTH.contains(tokens.get(i - 1).lower()))) return true;
        if (i + 1 < tokens.size() && tokens.get(i + 1).isNumber()) return true;
        // Capitalised mid-sentence and not a name's part ("the Women's March"): a month.
        return i > 0 && !tokens.get(i - 1).word().endsWith("'s") && !tokens.get(i - 1).isProperNoun();
    }

    private List<TriggerRule> rules(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        List<TriggerRule> rules = byLemma.get(lemma);
        if (rules == null && lemma.indexOf('-') > 0) rules = byLemma.get(lemma.replace("-", ""));
        if (rules == null && !lemma.equals(t.lower())) rules = byLemma.get(t.lower());
        return rules == null ? List.of() : rules;
    }

    /** A trigger at token {@code i} of a parsed sentence: the first lexicon row whose context holds. */
    public Optional<TriggerMatch> match(Sentence s, int i, PersonTest persons) {
        Token t = s.token(i);
        String pos = posClass(t);
        if (pos == null) return Optional.empty();
        String rel = s.headRelation(i);
        if (rel.startsWith("aux") || rel.equals("cop")) return Optional.empty();
        for (TriggerRule r : rules(t, s.tokens())) {
            if (!r.pos().equals(pos)) continue;
            int licensor = -1;
            if (pos.equals("N")) {
                if (r.constraint().kind().equals("gov")) {
                    licensor = governorMatching(s, i, r.constraint().values());
                    if (licensor < 0) continue;
                } else {
                    if (!holds(r.constraint(), s, i, persons)) continue;
                    licensor = support.licensor(s, i);
                    if (licensor < 0) continue;
                }
            } else if (!holds(r.constraint(), s, i, persons)) {
                continue;
            }
            String kind = licensor >= 0 && pos.equals("N") ? support.kind(s, licensor, i) : "support";
            return Optional.of(new TriggerMatch(r, i, licensor, kind));
        }
        return Optional.empty();
    }

    private static String posClass(Token t) {
        if (t.isVerb()) return "V";
        if (t.isNoun() && !t.isProperNoun()) return "N";
        // Headlines capitalise nouns: "Hezbollah Ceasefire".
        if (t.isProperNoun() && Character.isUpperCase(t.word().charAt(0))) return "N";
        return null;
    }

    private boolean holds(TriggerRule.Constraint c, Sentence s, int i, PersonTest persons) {
        switch (c.kind()) {
            case "" -> {
                return true;
            }
            case "obj" -> {
                List<Integer> objects = new ArrayList<>(s.children(i, "obj"));
                // "ties were severed", "the body was found": the passive subject is the object.
                objects.addAll(s.children(i, "nsubj:pass"));
                for (int o : objects) {
                    if (c.values().contains(lemma(s, o))) return true;
                    // "suspended aid deliveries", "suspended part of a military aid program": the object's own modifiers.
                    for (Dependency d : s.children(o)) {
                        if ((d.relation().equals("compound") || d.relation().startsWith("nmod:of")) && c.values().contains(lemma(s, d.dependent()))) {
                            return true;
                        }
                    }
                }
                return false;
            }
            case "subj" -> {
                for (int o : s.children(i, "nsubj")) if (c.values().contains(lemma(s, o))) return true;
                return false;
            }
            case "prt" -> {
                for (int o : s.children(i, "compound:prt")) if (c.values().contains(lemma(s, o))) return true;
                // The parser often hangs the particle elsewhere ("called on both sides to ..."): the next word will do.
                return i + 1 < s.size() && c.values().contains(s.token(i + 1).lower());
            }
            case "obl" -> {
                // "fire on" (any oblique with that preposition) or "held in+jail" (that preposition and noun).
                for (Dependency d : s.children(i)) {
                    if (!d.baseRelation().equals("obl")) continue;
                    if (c.values().contains(d.subtype()) || c.values().contains(d.subtype() + "+" + lemma(s, d.dependent()))) return true;
                }
                return false;
            }
            case "compound" -> {
                for (Dependency d : s.children(i)) {
                    String rel = d.relation();
                    if ((rel.equals("compound") || rel.equals("amod")) && c.values().contains(lemma(s, d.dependent()))) return true;
                }
                return false;
            }
            case "objperson" -> {
                for (int o : s.children(i, "obj")) if (persons.isPersonOrGroup(s, o)) return true;
                // A passive participle's subject: "soldiers were held".
                for (int o : s.children(i, "nsubj:pass")) if (persons.isPersonOrGroup(s, o)) return true;
                if (s.headRelation(i).startsWith("acl") && persons.isPersonOrGroup(s, s.head(i))) return true;
                return false;
            }
            case "noobj" -> {
                // "protesters demonstrated", not "athletes demonstrated incredible prowess".
                return s.children(i, "obj").isEmpty() && s.children(i, "ccomp").isEmpty();
            }
            default -> throw new IllegalStateException("unchecked constraint " + c.kind());
        }
    }

    /** The verb governing noun {@code noun} whose form is in {@code forms}, or -1. */
    private static int governorMatching(Sentence s, int noun, Set<String> forms) {
        for (Dependency d : s.parents(noun)) {
            String role = SupportVerbs.roleOf(d);
            if (d.governor() < 0 || role == null) continue;
            // An oblique noun needs its preposition in the form ("agree+on"): "talks over the withdrawal" licenses nothing.
            if (!role.equals("obl")) {
                for (String f : verbForms(s, d.governor())) if (forms.contains(f)) return d.governor();
            }
            if (!d.subtype().isEmpty() && forms.contains(lemma(s, d.governor()) + "+" + d.subtype())) return d.governor();
        }
        return -1;
    }

    /** A verb's lemma and lemma+child forms ("take+effect", "carry+out", "step+up"). */
    static List<String> verbForms(Sentence s, int verb) {
        List<String> out = new ArrayList<>();
        String l = lemma(s, verb);
        out.add(l);
        for (Dependency d : s.children(verb)) out.add(l + "+" + lemma(s, d.dependent()));
        return out;
    }

    static String lemma(Sentence s, int i) {
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** Whether a token names people or a group; supplied by the actor stage. */
    @FunctionalInterface
    public interface PersonTest {
        boolean isPersonOrGroup(Sentence s, int token);
    }
}
