package wirecoder.veto;

import wirecoder.model.ActorRef;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Dependency;
import wirecoder.model.EventRecord;
import wirecoder.model.Place;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the learned veto reads of an emitted event: the record's own fields (type, trigger, which table found it, who
 * acts on whom, how sure the text is), the words that fill the trigger's slots (captured <i>medals</i>), the content
 * words of its sentence and whether its article names any political actor. Features are plain strings
 * ("lemma=capture"); the same function serves training and coding, so the two cannot drift apart. Nothing depends on
 * the article's length, the sentence's position or whether the input gave a publication day: a one-sentence report
 * (an ACLED note, a CAMEO example) must be read as a sentence of a long article is.
 */
public final class VetoFeatures {

    private VetoFeatures() {
    }

    /** Sectors that make an actor a political one: states, armed groups, parties, international bodies. */
    private static final Set<String> POLITICAL_SECTORS = Set.of("GOV", "MIL", "COP", "REB", "INS", "SPY", "JUD", "LEG", "PTY",
            "OPP", "IGO", "NGO", "UAF", "SEP", "RAD");

    /** "trigger 'shot' matched triggers.tsv:330 shoot/V -> ...": the table that found the trigger. */
    private static final Pattern SOURCE = Pattern.compile("matched ([\\w-]+)\\.tsv");

    /** Words too common to tell anything. */
    private static final Set<String> STOP = Set.of("be", "have", "do", "say", "the", "a", "an", "of", "to", "in", "and", "on",
            "for", "that", "with", "as", "at", "by", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "from",
            "this", "will", "would", "also", "who", "which", "but", "or", "not", "after", "than", "more", "mr.", "ms.", "year");

    public static List<String> of(AnnotatedArticle doc, EventRecord e, List<EventRecord> article, List<Place> places) {
        Set<String> f = new LinkedHashSet<>();
        Sentence s = doc.sentences().get(e.sentence());
        int trigger = tokenAt(s, e.trigger().start());
        String lemma = trigger >= 0 ? s.token(trigger).lemma().toLowerCase(Locale.ROOT) : e.trigger().text().toLowerCase(Locale.ROOT);
        f.add("type=" + e.eventType());
        f.add("lemma=" + lemma);
        f.add("type|lemma=" + e.eventType() + "|" + lemma);
        f.add("mode=" + (e.mode() == null ? "-" : e.mode()));
        f.add("source=" + source(e));
        if (trigger >= 0) {
            f.add("pos=" + s.token(trigger).pos().substring(0, Math.min(2, s.token(trigger).pos().length())));
            for (Dependency d : s.children(trigger)) {
                String rel = d.relation();
                Token t = s.token(d.dependent());
                String word = t.isProperNoun() ? t.ner() : t.lemma().toLowerCase(Locale.ROOT);
                if (rel.equals("obj") || rel.equals("nsubj:pass")) f.add("obj=" + word);
                else if (rel.equals("nsubj")) {
                    f.add("subj=" + word);
                    f.add("subject-kind=" + kind(s, d.dependent()));
                }
                else if (rel.startsWith("obl:") || rel.startsWith("nmod:")) f.add("prep=" + rel.substring(rel.indexOf(':') + 1) + "|" + word);
            }
        }
        side(f, "actor", e.actor());
        side(f, "recipient", e.recipient());
        f.add("factuality=" + e.factuality());
        if (e.attribution() != null) f.add("attributed");
        boolean counted = e.size().dead() != null || e.size().injured() != null || e.size().arrested() != null
                || e.size().captured() != null;
        if (counted) f.add("counted");
        if (e.weapon() != null) f.add("weapon");
        if (e.acled() != null) f.add("acled");
        f.add("depth=" + Math.min(e.depth(), 2));
        if (e.mentions().size() > 1) f.add("retold");
        f.add("place=" + (e.location() == null ? "-" : e.location().precision()));
        long political = article.stream().filter(VetoFeatures::political).count();
        f.add("article-political=" + (political == 0 ? "none" : political * 2 >= article.size() ? "most" : "some"));
        // Who and where the sentence names, whether or not the rules made them the event's sides: "Pakistan and India
        // decided to resume the dialogue" is political even when no actor was resolved.
        for (Token t : s.tokens()) if (!t.ner().equals("O")) f.add("sentence-ner=" + t.ner());
        for (Place p : places) if (p.start() >= s.begin() && p.end() <= s.end()) f.add("sentence-place=" + p.precision());
        for (Token t : s.tokens()) {
            if (!(t.isNoun() || t.isVerb() || t.pos().startsWith("JJ")) || t.isProperNoun()) continue;
            String w = t.lemma().toLowerCase(Locale.ROOT);
            if (!STOP.contains(w) && w.chars().allMatch(Character::isLetter)) f.add("word=" + w);
        }
        return new ArrayList<>(f);
    }

    /** What names the subject: a named organisation, person or place (any name in its phrase), a pronoun or a noun. */
    private static String kind(Sentence s, int head) {
        Token h = s.token(head);
        if (h.isPronoun()) return "pronoun";
        for (int i : s.subtree(head)) {
            String ner = s.token(i).ner();
            if (ner.equals("ORGANIZATION") || ner.equals("PERSON")) return ner;
            // The pipeline's 3-class NER (no fine-grained labels) calls every place LOCATION.
            if (ner.equals("LOCATION")) return "PLACE";
        }
        return h.isProperNoun() ? "name" : "noun";
    }

    private static void side(Set<String> f, String name, List<ActorRef> side) {
        if (side.isEmpty()) {
            f.add(name + "=-");
            return;
        }
        ActorRef a = side.get(0);
        f.add(name + "-sector=" + (a.sector() == null ? "-" : a.sector()));
        f.add(name + "-country=" + (a.country() == null ? "no" : "yes"));
        f.add(name + "-by=" + a.resolvedBy());
    }

    private static boolean political(EventRecord e) {
        for (ActorRef a : e.actor()) if (a.sector() != null && POLITICAL_SECTORS.contains(a.sector())) return true;
        for (ActorRef a : e.recipient()) if (a.sector() != null && POLITICAL_SECTORS.contains(a.sector())) return true;
        return false;
    }

    private static String source(EventRecord e) {
        for (String line : e.explanation()) {
            Matcher m = SOURCE.matcher(line);
            if (line.startsWith("trigger") && m.find()) return m.group(1);
        }
        return "-";
    }

    private static int tokenAt(Sentence s, int start) {
        for (Token t : s.tokens()) if (t.begin() == start) return t.index();
        return -1;
    }
}
