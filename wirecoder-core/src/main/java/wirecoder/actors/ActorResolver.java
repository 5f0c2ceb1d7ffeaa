package wirecoder.actors;

import wirecoder.model.ActorRef;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Span;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the head of a noun phrase in an event role into a canonical actor by an ordered chain of small named
 * rules ({@link ActorRules}), most reliable first, as CLAVIN orders its disambiguation passes: the first rule
 * that names an actor decides, its name goes into {@code resolved_by}, and its hit counter counts it. A phrase
 * that no rule reads is not an actor.
 */
public final class ActorResolver {

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    static final Set<String> COLLECTIVE_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "flat", "nmod:poss", "flat:name");

    private final ActorTable table;
    private final ActorRules rules;

    public ActorResolver(ActorTable table) {
        this.table = table;
        this.rules = new ActorRules(table, this);
    }

    public ActorTable table() { return table; }

    /** The rules in the order they run, with their hit counters. */
    public List<ActorRules.Rule> rules() { return rules.chain(); }

    /**
     * The actor the phrase headed by token {@code head} names, or empty when it names none.
     * {@code exclude}: canonical names already in the event, which a generic word should not repeat.
     */
    public Optional<ActorRef> resolve(String text, DocumentActors doc, Sentence s, int head, Set<String> exclude) {
        List<ActorRef> all = resolveAll(text, doc, s, head, exclude);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Like {@link #resolve}, but a phrase naming several actors ("Nusra Front and Islamic State militants",
     * "Ukrainian and Russian officials") gives each of them.
     */
    public List<ActorRef> resolveAll(String text, DocumentActors doc, Sentence s, int head, Set<String> exclude) {
        int counted = countedPeople(s, head);
        if (counted >= 0) head = counted;
        NounPhrase p = new NounPhrase(text, doc, s, head, exclude, table);
        for (ActorRules.Rule r : rules.chain()) {
            List<ActorRef> out = r.apply(p);
            if (!out.isEmpty()) {
                r.hit();
                return out;
            }
        }
        return List.of();
    }

    /** A bare role actor ("protesters") placed in a country by {@code how}: "Kenya protesters". */
    public Optional<ActorRef> localise(ActorRef bare, String iso3, String how) {
        return table.country(iso3).map(c -> new ActorRef(c.name() + " " + bare.name(), bare.text(), c.iso3(), bare.sector(),
                bare.start(), bare.end(), how));
    }

    /** Nouns for a body of people, which stand for the people their "of" names. */
    private static final Set<String> COLLECTIVES = Set.of("group", "crowd", "band", "handful", "members", "member", "elements",
            "delegation", "contingent", "deployment", "convoy", "patrol", "column", "detachment", "squad", "batch", "wave");

    /** "dozens of soldiers", "some of the protesters": the people a quantity word counts, or -1. */
    static int countedPeople(Sentence s, int head) {
        Token h = s.token(head);
        // "a group of farmers", "a crowd of protesters", "the first deployment of NATO troops", "a delegation of Hamas
        // officials": the collective noun counts the people it names.
        boolean collective = COLLECTIVES.contains(h.lower());
        boolean quantity = collective || h.isNumber() || Set.of("dozens", "hundreds", "thousands", "scores", "some", "many", "several",
                "most", "all", "none", "few", "number").contains(h.lower());
        if (!quantity) return -1;
        for (Dependency d : s.basicChildren(head)) {
            if (!s.token(d.dependent()).isNoun()) continue;
            if (collective ? d.relation().equals("nmod:of") || d.relation().equals("nmod") && hasCase(s, d.dependent(), "of")
                    : d.relation().startsWith("nmod")) return d.dependent();
        }
        return -1;
    }

    /** Whether {@code node} carries one of these prepositions as its case marker ("of", "from"). */
    static boolean hasCase(Sentence s, int node, String... words) {
        for (Dependency d : s.basicChildren(node)) {
            if (d.relation().equals("case") && java.util.Arrays.asList(words).contains(s.token(d.dependent()).lower())) return true;
        }
        return false;
    }

    /** Diplomats serve abroad, so neither the story's country nor the event's place is theirs ("the envoy shot in Ankara"). */
    private static final Set<String> DIPLOMATS = Set.of("ambassador", "envoy", "diplomat", "consul");

    /** Whether a word, singular or plural, names a diplomat. */
    public static boolean isDiplomat(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return DIPLOMATS.contains(w) || w.endsWith("s") && DIPLOMATS.contains(w.substring(0, w.length() - 1));
    }

    /** Whether token {@code i} names people or a group: for "hold"/"release" + person constraints. */
    public boolean isPersonOrGroup(DocumentActors doc, Sentence s, int i) {
        int counted = countedPeople(s, i);
        if (counted >= 0) i = counted;
        Token t = s.token(i);
        if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) return true;
        if (table.role(t.lemma()).isPresent()) return true;
        if (t.isPronoun() && !t.lower().equals("it")) return true;
        if (doc.at(s.index(), i).isPresent()) return true;
        for (PhraseMatcher.Match<Country> m : table.demonyms().findAll(List.of(t))) {
            if (t.pos().equals("NNPS") || t.pos().equals("NNS")) return true;
        }
        return false;
    }

    /**
     * An actor entry as it stands on the article's day: an office holder's tenure gives country and sector
     * ("Erdogan" in 2010 is TURGOV, in 1998 TURELI); IGOs without a country carry their organisation code.
     */
    public static ActorRef ref(ActorEntry e, Span span, String how, DocumentActors doc) {
        ActorEntry.Standing st = e.standingOn(doc == null ? null : doc.day());
        String country = blank(st.country());
        if (country == null && e.kind() == ActorEntry.Kind.IGO) country = igoCode(e);
        String code = blank(st.code());
        if (code == null) code = ActorRef.compose(country, blank(st.sector()));
        return new ActorRef(e.name(), span.text(), country, blank(st.sector()), span.start(), span.end(), how,
                code, blank(e.wikidata()));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** IGOs carry an organisation code where no country fits: the shortest capital alias ("UN", "EU"). */
    private static String igoCode(ActorEntry e) {
        String best = null;
        for (String a : e.aliases()) {
            if (a.matches("[A-Z]{2,6}") && (best == null || a.length() < best.length())) best = a;
        }
        return best;
    }

    /** The head and its name-forming modifiers (compounds, adjectives, possessors), as a contiguous span. */
    public static List<Integer> phrase(Sentence s, int head) {
        List<Integer> in = new ArrayList<>();
        grow(s, head, in);
        int lo = head;
        int hi = head;
        for (int i : in) {
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
        }
        // Leading determiners and possessive pronouns are not part of a name.
        while (lo < head && (s.token(lo).pos().equals("DT") || s.token(lo).pos().equals("PRP$")
                || s.token(lo).pos().equals("POS"))) lo++;
        List<Integer> out = new ArrayList<>();
        for (int i = lo; i <= hi; i++) out.add(i);
        return out;
    }

    private static void grow(Sentence s, int node, List<Integer> in) {
        in.add(node);
        for (Dependency d : s.basicChildren(node)) {
            if (PHRASE_RELATIONS.contains(d.relation()) || d.relation().equals("case") && s.token(d.dependent()).pos().equals("POS")) {
                if (!in.contains(d.dependent())) grow(s, d.dependent(), in);
            }
        }
    }
}
