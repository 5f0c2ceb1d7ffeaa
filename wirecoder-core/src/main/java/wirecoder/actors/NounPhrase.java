package wirecoder.actors;

import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Span;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the resolution rules read of one role phrase, worked out once: its head and span, the table names
 * inside it, the role word it is headed or modified by, and the states that modify it ("Lebanese soldiers",
 * "Russia's foreign minister", "its army").
 */
final class NounPhrase {

    final String text;
    final DocumentActors doc;
    final Sentence s;
    final int head;
    final Set<String> exclude;
    final Span span;
    final Token h;
    final List<Integer> tokens;
    /** A table name that covers the head, if any. */
    final ActorEntry named;
    /** Groups, parties, IGOs and persons named inside the phrase but not at its head ("Hezbollah fighters"). */
    final List<ActorEntry> groups = new ArrayList<>();
    /** The role word heading the phrase, or a role word compound on a common noun ("a police station"). */
    final Optional<RoleWord> role;
    /** States modifying the phrase: names, demonyms, a first conjunct's demonym, a possessor's country. */
    final List<Country> states = new ArrayList<>();

    NounPhrase(String text, DocumentActors doc, Sentence s, int head, Set<String> exclude, ActorTable table) {
        this.text = text;
        this.doc = doc;
        this.s = s;
        this.head = head;
        this.exclude = exclude;
        this.tokens = ActorResolver.phrase(s, head);
        int first = tokens.get(0);
        int last = tokens.get(tokens.size() - 1);
        this.span = s.span(text, first, last);
        this.h = s.token(head);
        ActorEntry cover = null;
        Country stateName = null;
        for (PhraseMatcher.Match<ActorEntry> m : table.names().findAll(s.tokens().subList(first, last + 1))) {
            boolean covers = m.first() <= head && head <= m.last();
            // "a Ford Crown Victoria" is no government; "Baghdad University" is still an Iraqi body.
            if ((covers || m.value().kind() != ActorEntry.Kind.STATE) && DocumentActors.inLongerName(s, m)) continue;
            if (covers) {
                cover = m.value();
                break;
            }
            if (m.opposed() || DocumentActors.qualifiedCapital(s, m)) continue;
            if (m.value().kind() == ActorEntry.Kind.STATE) stateName = table.country(m.value().country()).orElse(null);
            else if (!groups.contains(m.value())) groups.add(m.value());
        }
        if (cover != null && foreignInstitution(cover, demonymsIn(table, tokens, head))) cover = null;
        this.named = cover;
        Optional<RoleWord> r = table.role(h.lemma());
        if (r.isEmpty() && h.isNoun() && !h.isProperNoun()) r = compoundRole(table);
        if (r.isPresent()) {
            // "evangelical leaders", "tribal chiefs": a modifier that takes a government word out of government.
            for (Dependency d : s.basicChildren(head)) {
                if (!d.relation().equals("amod") && !d.relation().equals("compound")) continue;
                Optional<RoleWord> m = table.modifiedRole(r.get(), s.token(d.dependent()).lemma());
                if (m.isPresent()) {
                    r = m;
                    break;
                }
            }
        }
        this.role = r.map(w -> memberRole(table, w));
        if (cover == null && groups.isEmpty() && role.isPresent()) groupsOf(table);
        if (cover != null) return;
        if (role.isPresent()) {
            // "Assad's government" is Syria's; "Nasrallah's fighters" are Hezbollah: a person owning a role word stands
            // for his group, else his state, not for himself.
            for (ActorEntry owner : List.copyOf(groups)) {
                if (!owner.isPerson()) continue;
                groups.remove(owner);
                Optional<ActorEntry> group = table.actor(owner.affiliation()).filter(g -> !owner.affiliation().isEmpty());
                if (group.isPresent() && !groups.contains(group.get())) groups.add(group.get());
                else {
                    String c = owner.standingOn(doc.day()).country();
                    if (c != null && !c.isEmpty() && stateName == null) stateName = table.country(c).orElse(null);
                }
            }
        }
        if (stateName != null) states.add(stateName);
        for (Country c : demonymsIn(table, tokens, head)) if (!states.contains(c)) states.add(c);
        if (states.isEmpty() && role.isPresent() && s.headRelation(head).startsWith("conj") && s.head(head) >= 0) {
            // "Lebanese soldiers and policemen": the second conjunct shares the first one's country.
            int firstConjunct = s.head(head);
            states.addAll(demonymsIn(table, ActorResolver.phrase(s, firstConjunct), firstConjunct));
        }
        if (states.isEmpty() && role.isPresent()) ledBy(table);
        if (states.isEmpty() && role.isPresent()) {
            Country owner = possessorCountry(table);
            if (owner != null) states.add(owner);
        }
        if (states.isEmpty() && role.isPresent()) {
            // "the government of Pakistan", "security forces in Guinea", "rebels in the Ivory Coast".
            for (Dependency d : s.basicChildren(head)) {
                if (!d.relation().startsWith("nmod")) continue;
                if (!ActorResolver.hasCase(s, d.dependent(), "of", "in")) continue;
                for (ActorEntry e : namesAt(table, d.dependent())) {
                    if (e.kind() == ActorEntry.Kind.STATE) table.country(e.country()).ifPresent(states::add);
                }
            }
        }
    }

    String lower() { return h.lower(); }

    /**
     * "the US-led coalition", "Saudi-led forces": the leader named before "-led" owns the role, as CAMEO coders code
     * the coalition as its leader's. Parsed as an amod "led" whose dependents name the leader.
     */
    private void ledBy(ActorTable table) {
        List<Dependency> mods = new ArrayList<>(s.basicChildren(head));
        // "Saudi-led coalition airstrikes": the parser hangs "led" on the noun the role word is a compound of.
        if (s.headRelation(head).equals("compound") && s.head(head) >= 0) {
            for (Dependency d : s.basicChildren(s.head(head))) if (d.dependent() < head) mods.add(d);
        }
        for (Dependency d : mods) {
            if (!d.relation().equals("amod") || !s.token(d.dependent()).lemma().equals("lead")) continue;
            for (Dependency l : s.basicChildren(d.dependent())) {
                if (l.dependent() > d.dependent() || s.token(l.dependent()).word().equals("-")) continue;
                for (ActorEntry e : namesAt(table, l.dependent())) {
                    if (e.kind() == ActorEntry.Kind.STATE) table.country(e.country()).ifPresent(states::add);
                    else if (!groups.contains(e)) groups.add(e);
                }
                for (Country c : demonymsIn(table, List.of(l.dependent()), l.dependent())) if (!states.contains(c)) states.add(c);
            }
        }
    }

    /** "gunmen from al-Shabaab", "fighters of the Islamic State": the groups a role word's "from" or "of" names. */
    private void groupsOf(ActorTable table) {
        for (Dependency d : s.basicChildren(head)) {
            if (!d.relation().startsWith("nmod") || !ActorResolver.hasCase(s, d.dependent(), "from", "of")) continue;
            for (ActorEntry e : namesAt(table, d.dependent())) {
                boolean group = e.kind() != ActorEntry.Kind.STATE && e.kind() != ActorEntry.Kind.PERSON;
                if (group && !groups.contains(e)) groups.add(e);
            }
        }
    }

    /** The table names in the phrase headed by {@code node} that cover that head ("of the Islamic State", "in Guinea"). */
    private List<ActorEntry> namesAt(ActorTable table, int node) {
        List<Integer> inner = ActorResolver.phrase(s, node);
        List<ActorEntry> out = new ArrayList<>();
        for (PhraseMatcher.Match<ActorEntry> m : table.names().findAll(s.tokens().subList(inner.get(0), inner.get(inner.size() - 1) + 1))) {
            // "police in Paris, Mo.": the town, not France.
            if (m.first() <= node && node <= m.last() && !DocumentActors.qualifiedCapital(s, m)) out.add(m.value());
        }
        return out;
    }

    /**
     * "the Mexican Senate": a state's institution named by a word other states share ("Senate" is an alias of the
     * United States Congress) is not that one when the phrase names only another state.
     */
    private static boolean foreignInstitution(ActorEntry e, List<Country> demonyms) {
        if (e.kind() == ActorEntry.Kind.PERSON || e.kind() == ActorEntry.Kind.STATE || e.country() == null || e.country().isEmpty()
                || !ActorTable.STATE_SECTORS.contains(e.sector()) || demonyms.isEmpty()) return false;
        return demonyms.stream().noneMatch(c -> c.iso3().equals(e.country()));
    }

    private List<Country> demonymsIn(ActorTable table, List<Integer> phrase, int head) {
        List<Token> toks = s.tokens().subList(phrase.get(0), phrase.get(phrase.size() - 1) + 1);
        List<Country> found = new ArrayList<>();
        for (PhraseMatcher.Match<Country> m : table.demonyms().findAll(toks)) {
            // "ethnic Albanians in Serbia": an ethnicity, not a nationality; the place decides their country.
            if (m.opposed() || (m.first() > 0 && s.token(m.first() - 1).lower().equals("ethnic"))) continue;
            if ((m.last() < head || (m.first() <= head && head <= m.last())) && !found.contains(m.value())) found.add(m.value());
        }
        return found;
    }

    /** "a Somali army convoy", "a police station": what a role word modifies stands for that role in an event. */
    private Optional<RoleWord> compoundRole(ActorTable table) {
        for (Dependency d : s.basicChildren(head)) {
            if (!d.relation().equals("compound")) continue;
            Optional<RoleWord> m = table.role(s.token(d.dependent()).lemma());
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** Heads that take their sector from a role-word modifier: "opposition leaders", "police spokesman". */
    private static final Set<String> MEMBER_HEADS = Set.of("leader", "official", "spokesman", "spokeswoman", "spokesperson",
            "commander", "chief", "head", "member", "supporter", "source", "representative");

    /** "opposition leaders" are opposition, "army commander" military: the modifier says whose member the head is. */
    private RoleWord memberRole(ActorTable table, RoleWord headRole) {
        if (!MEMBER_HEADS.contains(headRole.lemma())) return headRole;
        for (Dependency d : s.basicChildren(head)) {
            if (!d.relation().equals("compound") && !d.relation().equals("amod")) continue;
            Optional<RoleWord> m = table.role(s.token(d.dependent()).lemma());
            if (m.isPresent() && !MEMBER_HEADS.contains(m.get().lemma())) return m.get();
        }
        return headRole;
    }

    /** "its foreign ministry", "his government": the country of whoever the possessive pronoun refers to. */
    private Country possessorCountry(ActorTable table) {
        for (Dependency d : s.basicChildren(head)) {
            if (!d.relation().equals("nmod:poss")) continue;
            String w = s.token(d.dependent()).lower();
            Optional<ActorEntry> owner = Optional.empty();
            int offset = s.token(d.dependent()).begin();
            if (ActorResolver.PERSON_PRONOUNS.contains(w)) owner = doc.antecedent(offset, s.index(), ActorEntry::isPerson, Set.of());
            else if (ActorResolver.COLLECTIVE_PRONOUNS.contains(w)) owner = doc.antecedent(offset, s.index(), ActorEntry::isCollective, Set.of());
            if (owner.isPresent()) {
                String c = owner.get().standingOn(doc.day()).country();
                if (c != null && !c.isEmpty()) return table.country(c).orElse(null);
            }
        }
        return null;
    }
}
