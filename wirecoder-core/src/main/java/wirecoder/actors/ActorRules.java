package wirecoder.actors;

import wirecoder.model.ActorRef;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The actor resolution rules, in the order {@link ActorResolver} tries them. Each is small, named, described and
 * counted; its name is what {@code resolved_by} says. Order matters: a name the table knows beats any reading of
 * the words around it, a state with a role word beats a bare role word, and generic words come last.
 */
public final class ActorRules {

    /** One named rule and its hit counter. */
    public static final class Rule extends wirecoder.data.CountedRule {
        private final Function<NounPhrase, List<ActorRef>> body;

        Rule(String name, String description, Function<NounPhrase, List<ActorRef>> body) {
            super(name, description);
            this.body = body;
        }

        List<ActorRef> apply(NounPhrase p) { return body.apply(p); }
    }

    /** Endings of plural nouns for people ("landowners", "loyalists", "emigrants"; "exiles" escapes it). */
    private static final java.util.regex.Pattern PEOPLE_SUFFIX = java.util.regex.Pattern.compile("(er|or|ist|ian|ee|ant)$");
    /** Plural nouns with those endings that are things: "Iranian tankers" are Iran's, not Iranian civilians. */
    private static final Set<String> THINGS = Set.of("tanker", "border", "carrier", "container", "computer", "center", "order",
            "power", "water", "letter", "quarter", "river", "corner", "tower", "paper", "number", "reactor", "sector", "motor",
            "monitor", "generator", "plant", "giant", "grant", "warrant", "corridor", "interior", "reservoir", "trawler",
            "freighter", "destroyer", "fighter", "bomber", "launcher", "transporter", "cluster");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "network", "organization", "organisation",
            "movement", "alliance", "faction", "outfit");

    private final ActorTable table;
    private final ActorResolver resolver;
    private final List<Rule> chain;

    ActorRules(ActorTable table, ActorResolver resolver) {
        this.table = table;
        this.resolver = resolver;
        this.chain = List.of(
                new Rule("table", "a name of the actor tables covers the head (\"Hezbollah\", \"Recep Tayyip Erdogan\")", this::tableName),
                new Rule("table+role", "named groups modify a role word or name (\"Hezbollah fighters\")", this::namedGroups),
                new Rule("office", "a bare title is its office holder on the article's day (\"the Russian president\" in 2016)", this::officeHolder),
                new Rule("state+role", "a state modifies a role word (\"Lebanese soldiers\", \"Russia's foreign ministry\")", this::stateRole),
                new Rule("demonym-state", "a demonym adjective alone (\"a Russian attack\", \"the Ethiopian raid\"): the state", this::demonymState),
                new Rule("demonym", "a demonym heads the phrase (\"two Lebanese\"): civilians of that state", this::statePeople),
                new Rule("ethnic", "\"ethnic Albanians\": an ethnic group, civilians of no country until the place gives one", this::ethnicPeople),
                new Rule("title", "a person named with a title and a state (\"Serbian President Vojislav Kostunica\")", this::titledPerson),
                new Rule("title+focus", "a person with a title and no state (\"President X\"): the article's main country", this::titledPersonFocus),
                new Rule("acronym", "an unknown capitalised acronym names an organisation (\"QSD\"; not a weapon's: \"IED\")", this::acronym),
                new Rule("ner", "a PERSON or ORGANIZATION name; a bare last name is the person named before", this::nerName),
                new Rule("table+group-noun", "\"the Hezbollah movement\": a group noun after a named group", this::groupNoun),
                new Rule("pronoun", "a pronoun, \"his group\" or a definite group noun refers back", this::pronoun),
                new Rule("armed-group", "\"an unidentified armed group\": an armed group no one names", this::armedGroup),
                new Rule("table+possession", "what belongs to a named group stands for it (\"Houthi positions\")", this::possession),
                new Rule("state+possession", "what a state owns stands for it (\"U.S. ships\", \"Israeli targets\")", this::statePossession),
                new Rule("role+focus", "a state role word alone (\"the army\"): the article's main country", this::roleFocus),
                new Rule("salience", "an armed-group word alone (\"the militants\"): the most-mentioned group it may mean", this::salience),
                new Rule("role", "a role word alone: its sector, no country", this::bareRole));
    }

    List<Rule> chain() { return chain; }

    private List<ActorRef> tableName(NounPhrase p) {
        return p.named == null ? List.of() : List.of(ref(p.named, p, "table"));
    }

    private List<ActorRef> namedGroups(NounPhrase p) {
        if (p.groups.isEmpty() || (p.role.isEmpty() && !p.h.isProperNoun())) return List.of();
        List<ActorRef> out = new ArrayList<>();
        for (ActorEntry g : p.groups) out.add(ref(g, p, "table"));
        return out;
    }

    private List<ActorRef> officeHolder(NounPhrase p) {
        if (p.h.ner().equals("PERSON")) return List.of();
        Optional<String> office = table.office(p.h.lemma(), modifiers(p));
        if (office.isEmpty()) return List.of();
        if (p.doc.day() == null) {
            // Undated: only the article's own naming can say who; any holder of that office it named before will do.
            return p.doc.named(e -> e.everHeld(office.get()), p.h.begin()).map(e -> List.of(ref(e, p, "office+mention")))
                    .orElse(List.of());
        }
        if (!p.states.isEmpty()) {
            return table.officeHolder(p.states.get(0).iso3(), office.get(), p.doc.day()).map(h -> List.of(ref(h, p, "office")))
                    .orElse(List.of());
        }
        // "The president said ..." in a story about Russia that named President Obama first is Obama: the first holder of
        // the office the article names comes before the office holder of the article's main country.
        Optional<ActorEntry> named = p.doc.named(e -> e.heldOn(office.get(), p.doc.day()), p.h.begin());
        if (named.isPresent()) return List.of(ref(named.get(), p, "office+mention"));
        if (p.doc.focusCountry() == null) return List.of();
        return table.officeHolder(p.doc.focusCountry(), office.get(), p.doc.day()).map(h -> List.of(ref(h, p, "office+focus")))
                .orElse(List.of());
    }

    /** The words modifying a title: its phrase and an "of" phrase ("secretary of state"). */
    private static Set<String> modifiers(NounPhrase p) {
        Set<String> out = new HashSet<>();
        for (int i : p.tokens) if (i != p.head) out.add(p.s.token(i).lower());
        for (Dependency d : p.s.basicChildren(p.head)) {
            if (d.relation().startsWith("nmod")) out.add(p.s.token(d.dependent()).lower());
        }
        return out;
    }

    private List<ActorRef> stateRole(NounPhrase p) {
        if (p.states.isEmpty() || p.role.isEmpty()) return List.of();
        RoleWord r = p.role.get();
        List<ActorRef> out = new ArrayList<>();
        // "Ukrainian and Russian officials": one actor per country.
        for (Country c : p.states) out.add(roleRef(c, r, p, "role"));
        return out;
    }

    private List<ActorRef> demonymState(NounPhrase p) {
        if (p.states.isEmpty() || !p.h.pos().startsWith("JJ")) return List.of();
        Country c = p.states.get(0);
        if (c.demonyms().stream().noneMatch(d -> d.equalsIgnoreCase(p.h.word()))) return List.of();
        return table.actor(c.name()).map(e -> List.of(ref(e, p, "table"))).orElse(List.of());
    }

    private List<ActorRef> statePeople(NounPhrase p) {
        for (Country people : p.states) {
            if (people.demonyms().stream().noneMatch(d -> d.equalsIgnoreCase(p.h.word()))) continue;
            // "Bosnian Serbs": Serbs who live in Bosnia; the modifier says where.
            Country c = p.states.stream().filter(x -> x != people).findFirst().orElse(people);
            return List.of(new ActorRef(c.name() + " civilians", p.span.text(), c.iso3(), "CVL", p.span.start(), p.span.end(), "role"));
        }
        return List.of();
    }

    private List<ActorRef> ethnicPeople(NounPhrase p) {
        if (p.head == 0 || !p.s.token(p.head - 1).lower().equals("ethnic")) return List.of();
        if (table.demonyms().findAll(List.of(p.h)).isEmpty()) return List.of();
        return List.of(new ActorRef("civilians", p.span.text(), null, "CVL", p.span.start(), p.span.end(), "role"));
    }

    private List<ActorRef> titledPerson(NounPhrase p) {
        if (p.states.isEmpty()) return List.of();
        return titled(p, p.states.get(0), "title");
    }

    private List<ActorRef> titledPersonFocus(NounPhrase p) {
        if (!p.states.isEmpty() || p.doc.focusCountry() == null) return List.of();
        return titled(p, table.country(p.doc.focusCountry()).orElse(null), "title+focus");
    }

    /** A PERSON head whose phrase holds a title ("President", "Defence Secretary"): the title's sector, the state's country. */
    private List<ActorRef> titled(NounPhrase p, Country c, String how) {
        if (c == null || !p.h.ner().equals("PERSON")) return List.of();
        RoleWord title = null;
        for (int i : p.tokens) {
            if (i >= p.head) break;
            Optional<RoleWord> r = table.role(p.s.token(i).lemma());
            if (r.isPresent() && !p.s.token(i).ner().equals("PERSON")) title = r.get();
        }
        if (title == null) return List.of();
        String name = personName(p);
        return List.of(new ActorRef(name, p.span.text(), c.iso3(), title.sector(), p.span.start(), p.span.end(), how));
    }

    /** The person a PERSON head names: the article's entry for it, or the tagged name. */
    private static String personName(NounPhrase p) {
        Optional<ActorMention> m = p.doc.at(p.s.index(), p.head);
        if (m.isPresent()) return m.get().entry().name();
        return p.doc.personByLastName(p.h.word()).map(ActorEntry::name).orElse(nerSpan(p));
    }

    private List<ActorRef> acronym(NounPhrase p) {
        if (table.isWeapon(p.h.word())) return List.of();
        if (isAcronym(p.h) && !p.h.ner().equals("PERSON")) {
            return List.of(new ActorRef(p.h.word(), p.span.text(), null, null, p.span.start(), p.span.end(), "acronym"));
        }
        if (p.role.isEmpty() && p.h.isNoun() && !p.h.isProperNoun()) {
            for (Dependency d : p.s.basicChildren(p.head)) {
                Token m = p.s.token(d.dependent());
                if (d.relation().equals("compound") && isAcronym(m) && table.names().findAll(List.of(m)).isEmpty()) {
                    return List.of(new ActorRef(m.word(), p.span.text(), null, null, p.span.start(), p.span.end(), "acronym"));
                }
            }
        }
        return List.of();
    }

    private List<ActorRef> nerName(NounPhrase p) {
        if (!p.h.ner().equals("PERSON") && !p.h.ner().equals("ORGANIZATION")) return List.of();
        Optional<ActorMention> m = p.doc.at(p.s.index(), p.head);
        if (m.isPresent()) return List.of(ref(m.get().entry(), p, "ner"));
        Optional<ActorEntry> byLast = p.doc.personByLastName(p.h.word());
        if (byLast.isPresent()) return List.of(ref(byLast.get(), p, "ner"));
        // An organisation no table knows keeps what its phrase says: "U.S. Transportation Department" is USA GOV,
        // "Russian oil giant Rosneft" RUS BUS.
        String country = p.states.isEmpty() ? null : p.states.get(0).iso3();
        String sector = p.h.ner().equals("ORGANIZATION") ? orgSector(p) : null;
        return List.of(new ActorRef(nerSpan(p), p.span.text(), country, sector, p.span.start(), p.span.end(), "ner"));
    }

    /** The sector the words of an organisation's phrase give, the word nearest the head first. */
    private String orgSector(NounPhrase p) {
        for (int k = p.tokens.size() - 1; k >= 0; k--) {
            Optional<String> sec = table.orgSector(p.s.token(p.tokens.get(k)).word());
            if (sec.isPresent()) return sec.get();
        }
        return null;
    }

    private List<ActorRef> groupNoun(NounPhrase p) {
        if (p.groups.isEmpty() || !GROUP_NOUNS.contains(p.lower())) return List.of();
        return List.of(ref(p.groups.get(0), p, "table"));
    }

    private List<ActorRef> pronoun(NounPhrase p) {
        String lower = p.lower();
        if (!p.h.isPronoun() && !GROUP_NOUNS.contains(lower)) return List.of();
        int offset = p.h.begin();
        if (ActorResolver.PERSON_PRONOUNS.contains(lower) || ActorResolver.COLLECTIVE_PRONOUNS.contains(lower)) {
            List<ActorRef> speaker = speaker(p);
            if (!speaker.isEmpty()) return speaker;
        }
        if (ActorResolver.PERSON_PRONOUNS.contains(lower)) {
            return p.doc.antecedent(offset, p.s.index(), ActorEntry::isPerson, Set.of()).map(e -> List.of(ref(e, p, "pronoun"))).orElse(List.of());
        }
        if (ActorResolver.COLLECTIVE_PRONOUNS.contains(lower)) {
            if (!lower.startsWith("it")) {
                // "the militants ... unless they agree": a plural role noun earlier in the sentence; "Protesters
                // gathered in Cairo. They called for ...": else the last one of the sentence before.
                List<ActorRef> r = pluralRoleBefore(p, p.s, p.head);
                if (r.isEmpty() && p.head <= 2) r = p.doc.sentence(p.s.index() - 1).map(prev -> pluralSubject(p, prev)).orElse(List.of());
                // A bare role antecedent ("protesters") stays a role word, for the event's place to give its country.
                if (!r.isEmpty()) return List.of(r.get(0).withSpan(p.span.text(), p.span.start(), p.span.end(),
                        r.get(0).resolvedBy().equals("role") ? "pronoun+role" : "pronoun"));
            }
            // A pronoun corefers: it may name an actor already in the event ("Israel said it will resume its offensive").
            return p.doc.antecedent(offset, p.s.index(), ActorEntry::isCollective, Set.of()).map(e -> List.of(ref(e, p, "pronoun"))).orElse(List.of());
        }
        if (GROUP_NOUNS.contains(lower)) {
            // "his group": the group of the person "his" refers to.
            for (Dependency d : p.s.basicChildren(p.head)) {
                String w = p.s.token(d.dependent()).lower();
                if (d.relation().equals("nmod:poss") && ActorResolver.PERSON_PRONOUNS.contains(w)) {
                    Optional<ActorEntry> g = p.doc.antecedent(offset, p.s.index(), ActorEntry::isPerson, Set.of())
                            .flatMap(e -> table.actor(e.affiliation()));
                    if (g.isPresent()) return List.of(ref(g.get(), p, "pronoun"));
                }
                if (d.relation().equals("det") && w.equals("the")) {
                    return p.doc.antecedent(offset, p.s.index(), e -> e.kind() != ActorEntry.Kind.PERSON
                            && e.kind() != ActorEntry.Kind.STATE, p.exclude).map(e -> List.of(ref(e, p, "definite"))).orElse(List.of());
                }
            }
        }
        return List.of();
    }

    /** The nearest plural role noun before token {@code end} of {@code s} that resolves, as a pronoun's antecedent. */
    private List<ActorRef> pluralRoleBefore(NounPhrase p, Sentence s, int end) {
        for (int k = end - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (t.pos().equals("NNS") && table.role(t.lemma()).isPresent()) {
                List<ActorRef> r = resolver.resolveAll(p.text, p.doc, s, k, p.exclude);
                if (!r.isEmpty()) return r;
            }
        }
        return List.of();
    }

    /** The plural role noun that is the subject of a sentence's main clause ("Protesters gathered in Cairo."), resolved. */
    private List<ActorRef> pluralSubject(NounPhrase p, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.head(i) >= 0 || !s.headRelation(i).equals("root")) continue;
            for (Dependency d : s.basicChildren(i)) {
                if (!d.relation().startsWith("nsubj")) continue;
                // "Hundreds of protesters gathered": the people the quantity counts.
                int counted = ActorResolver.countedPeople(s, d.dependent());
                int subject = counted >= 0 ? counted : d.dependent();
                Token t = s.token(subject);
                if (t.pos().equals("NNS") && table.role(t.lemma()).isPresent()) return resolver.resolveAll(p.text, p.doc, s, subject, p.exclude);
            }
        }
        return List.of();
    }

    /** Words for bodies that speak as one but are not one person: a "he" or "she" in their statement is someone else. */
    private static final Set<String> BODIES = Set.of("police", "government", "army", "military", "ministry", "department",
            "court", "council", "agency", "committee", "party", "group", "company", "state", "regime", "administration",
            "office", "prosecutor's", "authority", "authorities", "force", "service");

    /**
     * "The president said he had warned Mr Putin": the subject pronoun of a reported clause is its speaker, the
     * subject of the verb that reports it, not the last person named.
     */
    private List<ActorRef> speaker(NounPhrase p) {
        if (!p.s.headRelation(p.head).startsWith("nsubj") || p.s.head(p.head) < 0) return List.of();
        int clause = p.s.head(p.head);
        String rel = p.s.headRelation(clause);
        if (!(rel.equals("ccomp") || rel.equals("parataxis")) || p.s.head(clause) < 0) return List.of();
        boolean person = ActorResolver.PERSON_PRONOUNS.contains(p.lower());
        for (int subj : p.s.children(p.s.head(clause), "nsubj")) {
            if (subj == p.head || p.s.token(subj).isPronoun()) continue;
            // "police allege he held a woman": "he" is one person, not the body that speaks.
            if (person && (p.s.token(subj).pos().equals("NNS") || BODIES.contains(p.s.token(subj).lemma().toLowerCase(java.util.Locale.ROOT)))) continue;
            List<ActorRef> r = resolver.resolveAll(p.text, p.doc, p.s, subj, p.exclude);
            if (!r.isEmpty()) return List.of(r.get(0).withSpan(p.span.text(), p.span.start(), p.span.end(), "pronoun"));
        }
        return List.of();
    }

    private List<ActorRef> statePossession(NounPhrase p) {
        if (p.states.isEmpty() || !p.groups.isEmpty() || p.role.isPresent() || !p.h.isNoun() || p.h.isProperNoun()) return List.of();
        Country c = p.states.get(0);
        String lemma = p.h.lemma().toLowerCase(java.util.Locale.ROOT);
        if (p.h.pos().equals("NNS") && PEOPLE_SUFFIX.matcher(lemma).find() && !THINGS.contains(lemma)) {
            // "Algerian landowners", "Chechen exiles": people of the state no role word names are its civilians.
            return List.of(new ActorRef(c.name() + " civilians", p.span.text(), c.iso3(), "CVL", p.span.start(), p.span.end(), "demonym"));
        }
        // "U.S. ships", "Israeli targets": what a state owns stands for it in an event, as "Houthi positions" does.
        return table.actor(c.name()).map(e -> List.of(ref(e, p, "table+possession"))).orElse(List.of());
    }

    private List<ActorRef> armedGroup(NounPhrase p) {
        if (!GROUP_NOUNS.contains(p.lower()) && !p.lower().equals("men")) return List.of();
        boolean armed = false;
        for (Dependency d : p.s.basicChildren(p.head)) {
            if (d.relation().equals("amod") && p.s.token(d.dependent()).lower().equals("armed")) armed = true;
            if (d.relation().equals("det") && p.s.token(d.dependent()).lower().equals("the")) return List.of();
        }
        return armed ? List.of(new ActorRef("armed group", p.span.text(), null, "REB", p.span.start(), p.span.end(), "role")) : List.of();
    }

    private List<ActorRef> possession(NounPhrase p) {
        if (p.groups.isEmpty() || p.groups.get(0).kind() == ActorEntry.Kind.PERSON || !p.h.isNoun()) return List.of();
        return List.of(ref(p.groups.get(0), p, "table"));
    }

    private List<ActorRef> roleFocus(NounPhrase p) {
        // A bare "the army" in an article about Sudan is Sudan's.
        if (p.role.isEmpty() || !ActorTable.STATE_SECTORS.contains(p.role.get().sector()) || p.doc.focusCountry() == null) return List.of();
        // A diplomat serves abroad: "the envoy" in a story about Turkey is not Turkey's.
        if (ActorResolver.isDiplomat(p.h.lemma())) return List.of();
        // "the army" in an article about Sudan is Sudan's army.
        return table.country(p.doc.focusCountry()).map(c -> List.of(roleRef(c, p.role.get(), p, "role+focus"))).orElse(List.of());
    }

    private List<ActorRef> salience(NounPhrase p) {
        if (p.role.isEmpty() || !p.role.get().sector().equals("REB")) return List.of();
        RoleWord r = p.role.get();
        return p.doc.salientGroup(r.label(), r.lemma(), p.exclude, p.h.begin()).map(g -> List.of(ref(g, p, "salience"))).orElse(List.of());
    }

    private List<ActorRef> bareRole(NounPhrase p) {
        if (p.role.isEmpty()) return List.of();
        RoleWord r = p.role.get();
        return List.of(new ActorRef(r.label(), p.span.text(), null, r.sector(), p.span.start(), p.span.end(), "role"));
    }

    private static ActorRef ref(ActorEntry e, NounPhrase p, String how) {
        return ActorResolver.ref(e, p.span, how, p.doc);
    }

    private static ActorRef roleRef(Country c, RoleWord r, NounPhrase p, String how) {
        return new ActorRef(c.name() + " " + r.label(), p.span.text(), c.iso3(), r.sector(), p.span.start(), p.span.end(), how);
    }

    private static boolean isAcronym(Token t) {
        return t.isProperNoun() && t.word().matches("[A-Z]{2,6}") && !t.word().equals("IS");
    }

    private static String nerSpan(NounPhrase p) {
        String ner = p.h.ner();
        int a = p.head;
        int b = p.head;
        while (a > 0 && p.s.token(a - 1).ner().equals(ner)) a--;
        while (b + 1 < p.s.size() && p.s.token(b + 1).ner().equals(ner)) b++;
        StringBuilder out = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a) out.append(' ');
            out.append(p.s.token(i).word());
        }
        return out.toString();
    }
}
