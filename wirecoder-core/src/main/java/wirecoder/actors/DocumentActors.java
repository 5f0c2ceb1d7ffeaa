package wirecoder.actors;

import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every actor mention of one article, in text order: table names and PERSON names (a person not in
 * the table becomes an entry of its own, so "Nasrallah" after "Hassan Nasrallah" is one actor).
 * Built once per article; read-only afterwards.
 */
public final class DocumentActors {

    private final List<ActorMention> mentions;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, ActorEntry> personsByLastName;
    private final String focusCountry;
    private final LocalDate day;
    private final List<Sentence> sentences;

    private DocumentActors(List<ActorMention> mentions, Map<String, ActorEntry> personsByLastName, String focusCountry,
                           LocalDate day, List<Sentence> sentences) {
        this.day = day;
        this.sentences = sentences;
        this.mentions = List.copyOf(mentions);
        this.personsByLastName = personsByLastName;
        this.focusCountry = focusCountry;
        for (ActorMention m : mentions) counts.merge(m.entry().name(), 1, Integer::sum);
    }

    public static DocumentActors scan(AnnotatedArticle doc, ActorTable table) {
        return scan(doc, table, null);
    }

    /** {@code day}: the article's date (may be null), which decides the standing of office holders. */
    public static DocumentActors scan(AnnotatedArticle doc, ActorTable table, LocalDate day) {
        List<ActorMention> out = new ArrayList<>();
        Map<String, ActorEntry> byLast = new HashMap<>();
        Map<String, Integer> countryCounts = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (PhraseMatcher.Match<Country> m : table.demonyms().findAll(s.tokens())) {
                countryCounts.merge(m.value().iso3(), 1, Integer::sum);
            }
            boolean[] covered = new boolean[s.size()];
            for (PhraseMatcher.Match<ActorEntry> m : table.names().findAll(s.tokens())) {
                if (m.value().kind() == ActorEntry.Kind.STATE && !looksLikeName(s, m)) continue;
                if (m.value().kind() == ActorEntry.Kind.STATE) countryCounts.merge(m.value().country(), 1, Integer::sum);
                // "gathered in Cairo": a capital as a place tells what the article is about, but it is no actor for a
                // later "they" to mean; "Cairo said" is.
                if (m.value().kind() == ActorEntry.Kind.STATE && locative(s, m)) {
                    for (int i = m.first(); i <= m.last(); i++) covered[i] = true;
                    continue;
                }
                out.add(mention(s, m.first(), m.last(), m.value()));
                for (int i = m.first(); i <= m.last(); i++) covered[i] = true;
                if (m.value().isPerson()) byLast.put(lastWord(m.value().name()), m.value());
            }
            // PERSON names the table does not know: full name first, then last-name repeats.
            for (int i = 0; i < s.size(); i++) {
                if (covered[i] || !s.token(i).ner().equals("PERSON")) continue;
                int j = i;
                while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON") && !covered[j + 1]) j++;
                String name = join(s.tokens(), i, j);
                ActorEntry e = byLast.get(s.token(j).word());
                if (e == null || (j > i && !e.name().endsWith(name))) {
                    // Another spelling of a known person ("Omar El Bashir"), else a person the tables do not know.
                    e = (j > i ? table.personByFirstLast(name)
                            : titled(s, i) ? table.personBySurname(name) : Optional.<ActorEntry>empty())
                            .orElse(new ActorEntry(name, List.of(), "", "", ActorEntry.Kind.PERSON, List.of(), ""));
                    byLast.put(s.token(j).word(), e);
                }
                out.add(mention(s, i, j, e));
                i = j;
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::start));
        String focus = null;
        int best = 1;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            if (e.getValue() > best) {
                focus = e.getKey();
                best = e.getValue();
            }
        }
        return new DocumentActors(out, byLast, focus, day, doc.sentences());
    }

    /** Titles of office before a surname: "President Mugabe" is the one Mugabe the tables know. */
    private static final Set<String> TITLES = Set.of("president", "premier", "minister", "chancellor", "general", "gen.",
            "king", "queen", "prince", "sheikh", "emir", "ayatollah", "colonel", "col.", "marshal", "governor", "secretary");

    private static boolean titled(Sentence s, int i) {
        return i > 0 && TITLES.contains(s.token(i - 1).lower());
    }

    /** The article's sentence with this index, if any: "they" may mean the protesters of the sentence before. */
    public Optional<Sentence> sentence(int index) {
        return index >= 0 && index < sentences.size() ? Optional.of(sentences.get(index)) : Optional.empty();
    }

    /** The article's date, or null. */
    public LocalDate day() { return day; }

    /** The country the article is mostly about (names, capitals and demonyms, named at least twice), or null. */
    public String focusCountry() { return focusCountry; }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "near", "outside", "into", "across", "around",
            "inside", "towards", "toward");

    /** A capital after a place preposition ("in Cairo"): a place, not the government. */
    private static boolean locative(Sentence s, PhraseMatcher.Match<ActorEntry> m) {
        return m.first() > 0 && LOCATIVE.contains(s.token(m.first() - 1).lower()) && byCapital(m);
    }

    /** Whether a state was matched by its capital ("Cairo"), not by its name or an alias ("Egypt"). */
    private static boolean byCapital(PhraseMatcher.Match<ActorEntry> m) {
        ActorEntry e = m.value();
        return !m.form().equalsIgnoreCase(e.name()) && e.aliases().stream().noneMatch(a -> a.equalsIgnoreCase(m.form()));
    }

    /** A state name must be capitalised in the text ("Chad", not "chad"). */
    private static boolean looksLikeName(Sentence s, PhraseMatcher.Match<ActorEntry> m) {
        return Character.isUpperCase(s.token(m.first()).word().charAt(0)) && !inLongerName(s, m);
    }

    /**
     * A state's capital inside a longer proper name ("a Ford Crown Victoria", "Lake Victoria"): a name of something
     * else, not the state; a capital stands for its government only as a name of its own. A country's own name keeps
     * its state ("US President", "Iraq War"). Likewise a one-word alias of a body inside another name. A capital with
     * a place after it ("Paris, Mo.", "London, Ont.", "Moscow, Idaho") is a town named so, not a government.
     */
    public static boolean inLongerName(Sentence s, PhraseMatcher.Match<ActorEntry> m) {
        if (qualifiedCapital(s, m)) return true;
        boolean before = m.first() > 0 && s.token(m.first() - 1).isProperNoun()
                && Character.isUpperCase(s.token(m.first() - 1).word().charAt(0));
        boolean after = m.last() + 1 < s.size() && s.token(m.last() + 1).isProperNoun()
                && Character.isUpperCase(s.token(m.last() + 1).word().charAt(0));
        if (!before && !after) return false;
        ActorEntry e = m.value();
        if (e.kind() == ActorEntry.Kind.STATE) return byCapital(m);
        // "the General Amnesty Committee" is not Amnesty International: a one-word alias inside another name.
        return !e.isPerson() && m.first() == m.last() && !m.form().equalsIgnoreCase(e.name());
    }

    /** A state's capital followed by a comma and a name: "Paris, Mo.", "London, Ontario", a town and not a government. */
    public static boolean qualifiedCapital(Sentence s, PhraseMatcher.Match<ActorEntry> m) {
        if (m.value().kind() != ActorEntry.Kind.STATE || !byCapital(m)) return false;
        int comma = m.last() + 1;
        return comma + 1 < s.size() && s.token(comma).word().equals(",")
                && Character.isUpperCase(s.token(comma + 1).word().charAt(0)) && s.token(comma + 1).isProperNoun();
    }

    private static ActorMention mention(Sentence s, int first, int last, ActorEntry e) {
        boolean subject = false;
        for (int i = first; i <= last; i++) {
            String rel = s.headRelation(i);
            if (rel.startsWith("nsubj")) subject = true;
        }
        return new ActorMention(e, s.index(), first, last, s.token(first).begin(), subject);
    }

    private static String join(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) b.append(' ');
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    private static String lastWord(String name) {
        String[] w = name.split("\\s+");
        return w[w.length - 1];
    }

    public List<ActorMention> mentions() { return mentions; }

    public int count(String name) { return counts.getOrDefault(name, 0); }

    /** The mention covering token {@code token} of sentence {@code sentence}, if any. */
    public Optional<ActorMention> at(int sentence, int token) {
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence && m.firstToken() <= token && token <= m.lastToken()) return Optional.of(m);
        }
        return Optional.empty();
    }

    /**
     * The first actor named before {@code offset} that {@code accept}s: a news story names its protagonist first, and
     * "the president" later in it is that one ("President Obama said he told Vladimir Putin ... The president said").
     */
    public Optional<ActorEntry> named(Predicate<ActorEntry> accept, int offset) {
        for (ActorMention m : mentions) {
            if (m.start() >= offset) break;
            if (accept.test(m.entry())) return Optional.of(m.entry());
        }
        return Optional.empty();
    }

    /** A PERSON known by its last name in this article. */
    public Optional<ActorEntry> personByLastName(String word) {
        return Optional.ofNullable(personsByLastName.get(word));
    }

    /**
     * The antecedent of a pronoun or definite description at {@code offset}: the last earlier mention
     * that {@code accept}s, preferring clause subjects within the last two sentences.
     */
    public Optional<ActorEntry> antecedent(int offset, int sentence, Predicate<ActorEntry> accept, Set<String> exclude) {
        ActorMention lastAny = null;
        ActorMention lastSubject = null;
        for (ActorMention m : mentions) {
            if (m.start() >= offset) break;
            if (!accept.test(m.entry()) || exclude.contains(m.entry().name())) continue;
            lastAny = m;
            if (m.subject() && sentence - m.sentence() <= 1) lastSubject = m;
        }
        ActorMention pick = lastSubject != null ? lastSubject : lastAny;
        return Optional.ofNullable(pick).map(ActorMention::entry);
    }

    /**
     * The group a generic role word ("militants") most likely means: the most-mentioned group named before
     * {@code offset} whose table row lists that word, other than the actors already in the event.
     */
    public Optional<ActorEntry> salientGroup(String roleLabel, String roleLemma, Set<String> exclude, int offset) {
        ActorEntry best = null;
        int bestCount = 0;
        for (ActorMention m : mentions) {
            // A generic word refers back: "Islamist militants attacked ... al Qaeda affiliates are active" is not al Qaeda.
            if (m.start() >= offset) break;
            ActorEntry e = m.entry();
            if (exclude.contains(e.name()) || !refersTo(e, roleLabel, roleLemma)) continue;
            int c = count(e.name());
            if (c > bestCount) {
                best = e;
                bestCount = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean refersTo(ActorEntry e, String label, String lemma) {
        for (String g : e.generic()) {
            if (g.equalsIgnoreCase(label) || g.equalsIgnoreCase(lemma) || g.equalsIgnoreCase(lemma + "s")) return true;
        }
        return false;
    }
}
