package wirecoder.counts;

import wirecoder.data.TsvTable;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds counts of dead, injured, arrested and captured people in a sentence: a number phrase on a
 * noun, and the word that says what happened to them, linked by the parse ("24 fighters have been
 * killed", "soldiers captured", "killing 12"). Where the parse does not link them ("..., and nearly
 * 150 militants") and the sentence has a single kind of cue, that cue is used.
 */
public final class CountFinder {

    private static final Set<String> CUE_RELATIONS = Set.of("nsubj:pass", "obj", "nsubj", "nsubj:xsubj", "nsubj:pass:xsubj");

    private final NumberParser numbers;
    private final Map<String, String> cues = new HashMap<>();

    public CountFinder(NumberParser numbers) {
        this.numbers = numbers;
        for (TsvTable.Row r : TsvTable.resource("/counts/cues.tsv", List.of("lemma", "field")).rows()) {
            String f = r.required("field");
            if (!wirecoder.model.Size.FIELDS.contains(f)) {
                throw r.fail("field must be dead, injured, arrested or captured");
            }
            cues.put(r.required("lemma"), f);
        }
    }

    public boolean isCue(Token t) {
        return cues.containsKey(t.lemma().toLowerCase(java.util.Locale.ROOT)) || cues.containsKey(t.lower());
    }

    public List<Casualty> find(Sentence s) {
        List<Casualty> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!(t.isNumber() || isCountWord(t))) continue;
            // The number ends where the next token is not part of it.
            if (i + 1 < s.size() && (s.token(i + 1).isNumber() || isCountWord(s.token(i + 1)))) continue;
            NumberPhrase n = numbers.endingAt(s.tokens(), i);
            if (n == null || isTimeOrMoney(s, i)) continue;
            int noun = countedNoun(s, i);
            int cue = noun >= 0 ? cueOf(s, noun) : -1;
            if (cue < 0 && s.isParsed()) cue = cueOf(s, i);
            String field = cue >= 0 ? field(s.token(cue)) : soleField(s);
            if (field == null) continue;
            out.add(new Casualty(field, n, noun >= 0 ? noun : i, cue));
        }
        return out;
    }

    private boolean isCountWord(Token t) {
        String w = t.lower();
        return w.equals("dozens") || w.equals("hundreds") || w.equals("thousands") || w.equals("scores") || w.equals("dozen");
    }

    private static boolean isTimeOrMoney(Sentence s, int i) {
        String w = s.token(i).word();
        boolean nextIsPlural = i + 1 < s.size() && s.token(i + 1).pos().equals("NNS");
        if (w.matches("(19|20)\\d\\d") && !nextIsPlural) return true;
        if (i > 0 && s.token(i - 1).isProperNoun() && w.matches("\\d{1,2}") && !nextIsPlural) return true;
        if (i + 1 < s.size()) {
            String next = s.token(i + 1).lower();
            if (next.matches("a\\.m\\.|p\\.m\\.|am|pm|percent|%|km|kilometers|kilometres|miles|years|year|days|months|hours|minutes|dollars")) return true;
        }
        return i > 0 && s.token(i - 1).word().matches("[$€£]");
    }

    /** The noun a number counts: its nummod head in the parse, else the first noun within three tokens. */
    private static int countedNoun(Sentence s, int number) {
        if (s.isParsed()) {
            int h = s.head(number);
            String rel = s.headRelation(number);
            if (h >= 0 && rel.equals("nummod") && s.token(h).isNoun()) return h;
            if (h >= 0 && (rel.equals("compound") || rel.equals("advmod"))) {
                int hh = s.head(h);
                if (hh >= 0 && s.headRelation(h).equals("nummod") && s.token(hh).isNoun()) return hh;
            }
            // "of": "dozens of soldiers".
            for (Dependency d : s.basicChildren(number)) {
                if (d.relation().startsWith("nmod") && s.token(d.dependent()).isNoun()) return d.dependent();
            }
        }
        for (int k = number + 1; k < Math.min(s.size(), number + 5); k++) {
            Token t = s.token(k);
            if (t.pos().startsWith("NNS") || (t.isNoun() && !t.isProperNoun() && k > number + 1)) return k;
            if (!(t.isProperNoun() || t.pos().startsWith("JJ") || t.lower().equals("of") || t.isNoun())) break;
        }
        return -1;
    }

    /** A cue word linked to {@code node}: a verb it is subject or object of, or a participle/adjective on it. */
    private int cueOf(Sentence s, int node) {
        for (Dependency d : s.parents(node)) {
            if (d.governor() >= 0 && CUE_RELATIONS.contains(d.relation()) && field(s.token(d.governor())) != null) {
                return d.governor();
            }
        }
        for (Dependency d : s.children(node)) {
            String rel = d.baseRelation();
            if ((rel.equals("acl") || rel.equals("amod")) && field(s.token(d.dependent())) != null) return d.dependent();
        }
        return -1;
    }

    private String field(Token t) {
        String f = cues.get(t.lemma().toLowerCase(java.util.Locale.ROOT));
        return f != null ? f : cues.get(t.lower());
    }

    /** The one kind of cue in the sentence, or null when there is none or several. */
    private String soleField(Sentence s) {
        String only = null;
        for (Token t : s.tokens()) {
            String f = field(t);
            if (f == null) continue;
            if (only != null && !only.equals(f)) return null;
            only = f;
        }
        return only;
    }
}
