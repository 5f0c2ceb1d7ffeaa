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
 * Turns the head of a noun phrase in an event role into a canonical actor. The rules run in a fixed
 * order, most reliable first: a table name covering the head; a group or state modifying a role word
 * ("Hezbollah fighters", "Lebanese soldiers"); a PERSON or ORGANIZATION name; a pronoun or definite
 * description ("it", "the group", "his group"); a bare role word, which for armed groups means the
 * most-mentioned group it can refer to. A phrase that is none of these is not an actor.
 */
public final class ActorResolver {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> COLLECTIVE_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "network", "organization", "organisation",
            "movement", "alliance", "faction", "outfit");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");
    /** Heads that take their sector from a role-word modifier: "opposition leaders", "police spokesman". */
    private static final Set<String> MEMBER_HEADS = Set.of("leader", "official", "spokesman", "spokeswoman", "spokesperson",
            "commander", "chief", "head", "member", "supporter", "source", "representative");
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "flat", "nmod:poss", "flat:name");

    private final ActorTable table;

    public ActorResolver(ActorTable table) {
        this.table = table;
    }

    public ActorTable table() { return table; }

    /**
     * The actor the phrase headed by token {@code head} names, or empty when it names none.
     * {@code exclude}: canonical names already in the event, which a generic word should not repeat.
     */
    public Optional<ActorRef> resolve(String text, DocumentActors doc, Sentence s, int head, Set<String> exclude) {
        List<ActorRef> all = resolveAll(text, doc, s, head, exclude);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Like {@link #resolve}, but a phrase naming several groups ("Nusra Front and Islamic State militants")
     * gives each of them.
     */
    public List<ActorRef> resolveAll(String text, DocumentActors doc, Sentence s, int head, Set<String> exclude) {
        int counted = countedPeople(s, head);
        if (counted >= 0) head = counted;
        List<Integer> phrase = phrase(s, head);
        int first = phrase.get(0);
        int last = phrase.get(phrase.size() - 1);
        Span span = s.span(text, first, last);
        Token h = s.token(head);
        List<Token> tokens = s.tokens().subList(first, last + 1);

        List<ActorEntry> groups = new ArrayList<>();
        Country stateModifier = null;
        for (PhraseMatcher.Match<ActorEntry> m : table.names().findAll(tokens)) {
            if (m.first() <= head && head <= m.last()) return List.of(ref(m.value(), span, "table"));
            if (m.value().kind() == ActorEntry.Kind.STATE) stateModifier = table.country(m.value().country()).orElse(null);
            else if (!groups.contains(m.value())) groups.add(m.value());
        }
        Optional<RoleWord> role = table.role(h.lemma());
        if (role.isEmpty() && h.isNoun() && !h.isProperNoun()) role = modifierRoleOf(s, head);
        if (!groups.isEmpty() && (role.isPresent() || isNameToken(h))) {
            List<ActorRef> out = new ArrayList<>();
            for (ActorEntry g : groups) out.add(ref(g, span, "table"));
            return out;
        }
        if (role.isPresent()) role = Optional.of(modifierRole(s, head, role.get()));
        List<Country> states = new ArrayList<>();
        if (stateModifier != null) states.add(stateModifier);
        for (Country c : demonymsIn(s, phrase, head)) if (!states.contains(c)) states.add(c);
        if (states.isEmpty() && role.isPresent() && s.headRelation(head).startsWith("conj") && s.head(head) >= 0) {
            // "Lebanese soldiers and policemen": the second conjunct shares the first one's country.
            int firstConjunct = s.head(head);
            states.addAll(demonymsIn(s, phrase(s, firstConjunct), firstConjunct));
        }
        if (states.isEmpty() && role.isPresent()) {
            Country owner = possessorCountry(doc, s, head);
            if (owner != null) states.add(owner);
        }
        if (!states.isEmpty()) stateModifier = states.get(0);
        if (stateModifier != null) {
            if (role.isPresent()) {
                RoleWord r = role.get();
                List<ActorRef> out = new ArrayList<>();
                // "Ukrainian and Russian officials": one actor per country.
                for (Country c : states) {
                    out.add(new ActorRef(c.name() + " " + r.label(), span.text(), c.iso3(), r.sector(), span.start(), span.end(), "role"));
                }
                return out;
            }
            if (isDemonymHead(h, stateModifier)) {
                return List.of(new ActorRef(stateModifier.name() + " civilians", span.text(), stateModifier.iso3(),
                        "CVL", span.start(), span.end(), "role"));
            }
        }
        if (isAcronym(h) && !h.ner().equals("PERSON")) {
            // An unknown acronym in news names an organisation ("QSD", "JWS"): keep it by its name.
            return List.of(new ActorRef(h.word(), span.text(), null, null, span.start(), span.end(), "acronym"));
        }
        if (role.isEmpty() && h.isNoun() && !h.isProperNoun()) {
            for (Dependency d : s.basicChildren(head)) {
                Token m = s.token(d.dependent());
                if (d.relation().equals("compound") && isAcronym(m) && table.names().findAll(List.of(m)).isEmpty()) {
                    return List.of(new ActorRef(m.word(), span.text(), null, null, span.start(), span.end(), "acronym"));
                }
            }
        }
        if (h.ner().equals("PERSON") || h.ner().equals("ORGANIZATION")) {
            Optional<ActorMention> m = doc.at(s.index(), head);
            if (m.isPresent()) return List.of(ref(m.get().entry(), span, "ner"));
            Optional<ActorEntry> byLast = doc.personByLastName(h.word());
            if (byLast.isPresent()) return List.of(ref(byLast.get(), span, "ner"));
            String name = nerSpan(s, head);
            return List.of(new ActorRef(name, span.text(), null, null, span.start(), span.end(), "ner"));
        }
        String lower = h.lower();
        if (!groups.isEmpty() && GROUP_NOUNS.contains(lower)) return List.of(ref(groups.get(0), span, "table"));
        if (h.isPronoun() || GROUP_NOUNS.contains(lower)) {
            return pronoun(text, doc, s, head, lower, span, exclude).map(List::of).orElse(List.of());
        }
        if (!groups.isEmpty() && groups.get(0).kind() != ActorEntry.Kind.PERSON && h.isNoun()) {
            // "Houthi positions", "Hamas's tunnels": what belongs to a group stands for it in an event.
            return List.of(ref(groups.get(0), span, "table"));
        }
        if (role.isPresent()) {
            RoleWord r = role.get();
            if (STATE_SECTORS.contains(r.sector()) && doc.focusCountry() != null) {
                // "the army" in an article about Sudan is Sudan's army.
                Country c = table.country(doc.focusCountry()).orElse(null);
                if (c != null) {
                    return List.of(new ActorRef(c.name() + " " + r.label(), span.text(), c.iso3(), r.sector(), span.start(),
                            span.end(), "role+focus"));
                }
            }
            if (r.sector().equals("REB")) {
                Optional<ActorEntry> g = doc.salientGroup(r.label(), r.lemma(), exclude, h.begin());
                if (g.isPresent()) return List.of(ref(g.get(), span, "salience"));
            }
            return List.of(new ActorRef(r.label(), span.text(), null, r.sector(), span.start(), span.end(), "role"));
        }
        return List.of();
    }

    private List<Country> demonymsIn(Sentence s, List<Integer> phrase, int head) {
        List<Token> tokens = s.tokens().subList(phrase.get(0), phrase.get(phrase.size() - 1) + 1);
        List<Country> found = new ArrayList<>();
        for (PhraseMatcher.Match<Country> m : table.demonyms().findAll(tokens)) {
            if ((m.last() < head || (m.first() <= head && head <= m.last())) && !found.contains(m.value())) found.add(m.value());
        }
        return found;
    }

    /** "a Somali army convoy", "a police station": what a role word modifies stands for that role in an event. */
    private Optional<RoleWord> modifierRoleOf(Sentence s, int head) {
        for (Dependency d : s.basicChildren(head)) {
            if (!d.relation().equals("compound")) continue;
            Optional<RoleWord> m = table.role(s.token(d.dependent()).lemma());
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** "opposition leaders" are opposition, "army commander" military: the modifier says whose member the head is. */
    private RoleWord modifierRole(Sentence s, int head, RoleWord headRole) {
        if (!MEMBER_HEADS.contains(headRole.lemma())) return headRole;
        for (Dependency d : s.basicChildren(head)) {
            if (!d.relation().equals("compound") && !d.relation().equals("amod")) continue;
            Optional<RoleWord> m = table.role(s.token(d.dependent()).lemma());
            if (m.isPresent() && !MEMBER_HEADS.contains(m.get().lemma())) return m.get();
        }
        return headRole;
    }

    /** "its foreign ministry", "his government": the country of whoever the possessive pronoun refers to. */
    private Country possessorCountry(DocumentActors doc, Sentence s, int head) {
        for (Dependency d : s.basicChildren(head)) {
            if (!d.relation().equals("nmod:poss")) continue;
            String w = s.token(d.dependent()).lower();
            Optional<ActorEntry> owner = Optional.empty();
            int offset = s.token(d.dependent()).begin();
            if (PERSON_PRONOUNS.contains(w)) owner = doc.antecedent(offset, s.index(), ActorEntry::isPerson, Set.of());
            else if (COLLECTIVE_PRONOUNS.contains(w)) owner = doc.antecedent(offset, s.index(), ActorEntry::isCollective, Set.of());
            if (owner.isPresent() && owner.get().country() != null && !owner.get().country().isEmpty()) {
                return table.country(owner.get().country()).orElse(null);
            }
        }
        return null;
    }

    /** "dozens of soldiers", "some of the protesters": the people a quantity word counts, or -1. */
    private static int countedPeople(Sentence s, int head) {
        Token h = s.token(head);
        boolean quantity = h.isNumber() || Set.of("dozens", "hundreds", "thousands", "scores", "some", "many", "several",
                "most", "all", "none", "few", "number").contains(h.lower());
        if (!quantity) return -1;
        for (Dependency d : s.basicChildren(head)) {
            if (d.relation().startsWith("nmod") && s.token(d.dependent()).isNoun()) return d.dependent();
        }
        return -1;
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

    private Optional<ActorRef> pronoun(String text, DocumentActors doc, Sentence s, int head, String lower, Span span, Set<String> exclude) {
        int offset = s.token(head).begin();
        if (PERSON_PRONOUNS.contains(lower)) {
            return doc.antecedent(offset, s.index(), ActorEntry::isPerson, Set.of()).map(e -> ref(e, span, "pronoun"));
        }
        if (COLLECTIVE_PRONOUNS.contains(lower)) {
            if (!lower.startsWith("it")) {
                // "the militants ... unless they agree": a plural role noun earlier in the sentence.
                for (int k = head - 1; k >= 0; k--) {
                    Token t = s.token(k);
                    if (t.pos().equals("NNS") && table.role(t.lemma()).isPresent()) {
                        List<ActorRef> r = resolveAll(text, doc, s, k, exclude);
                        if (!r.isEmpty()) {
                            ActorRef a = r.get(0);
                            return Optional.of(new ActorRef(a.name(), span.text(), a.country(), a.sector(), span.start(), span.end(), "pronoun"));
                        }
                    }
                }
            }
            // A pronoun corefers: it may name an actor already in the event ("Israel said it will resume its offensive").
            return doc.antecedent(offset, s.index(), ActorEntry::isCollective, Set.of()).map(e -> ref(e, span, "pronoun"));
        }
        if (GROUP_NOUNS.contains(lower)) {
            // "his group": the group of the person "his" refers to.
            for (Dependency d : s.basicChildren(head)) {
                String w = s.token(d.dependent()).lower();
                if (d.relation().equals("nmod:poss") && PERSON_PRONOUNS.contains(w)) {
                    Optional<ActorEntry> p = doc.antecedent(offset, s.index(), ActorEntry::isPerson, Set.of());
                    Optional<ActorEntry> g = p.flatMap(e -> table.actor(e.affiliation()));
                    if (g.isPresent()) return Optional.of(ref(g.get(), span, "pronoun"));
                }
                if (d.relation().equals("det") && w.equals("the")) {
                    return doc.antecedent(offset, s.index(), e -> e.kind() != ActorEntry.Kind.PERSON
                            && e.kind() != ActorEntry.Kind.STATE, exclude).map(e -> ref(e, span, "definite"));
                }
            }
        }
        return Optional.empty();
    }

    private static ActorRef ref(ActorEntry e, Span span, String how) {
        String country = e.country() == null || e.country().isEmpty() ? null : e.country();
        if (country == null && e.kind() == ActorEntry.Kind.IGO) country = igoCode(e);
        String sector = e.sector() == null || e.sector().isEmpty() ? null : e.sector();
        return new ActorRef(e.name(), span.text(), country, sector, span.start(), span.end(), how);
    }

    /** IGOs carry an organisation code where no country fits: the shortest capital alias ("UN", "EU"). */
    private static String igoCode(ActorEntry e) {
        String best = null;
        for (String a : e.aliases()) {
            if (a.matches("[A-Z]{2,6}") && (best == null || a.length() < best.length())) best = a;
        }
        return best;
    }

    private static boolean isAcronym(Token t) {
        return t.isProperNoun() && t.word().matches("[A-Z]{2,6}") && !t.word().equals("IS");
    }

    private static boolean isNameToken(Token t) {
        return t.isProperNoun();
    }

    private static boolean isDemonymHead(Token h, Country c) {
        for (String d : c.demonyms()) {
            if (d.equalsIgnoreCase(h.word())) return true;
        }
        return false;
    }

    private static String nerSpan(Sentence s, int head) {
        String ner = s.token(head).ner();
        int a = head;
        int b = head;
        while (a > 0 && s.token(a - 1).ner().equals(ner)) a--;
        while (b + 1 < s.size() && s.token(b + 1).ner().equals(ner)) b++;
        StringBuilder out = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a) out.append(' ');
            out.append(s.token(i).word());
        }
        return out.toString();
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
