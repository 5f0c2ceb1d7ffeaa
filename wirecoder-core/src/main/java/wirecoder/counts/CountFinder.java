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
            if (n == null) continue;
            int noun = countedNoun(s, i);
            if (notACount(s, i, noun)) continue;
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

    /** What a rule of the chain reads: the sentence, the number's last token and the noun it counts (-1 if none). */
    @FunctionalInterface
    interface NumberTest {
        boolean test(Sentence s, int number, int noun);
    }

    /** A test that a number is no count of people; named, described and counted. */
    public static final class NotACount extends wirecoder.data.CountedRule {
        private final NumberTest test;

        NotACount(String name, String description, NumberTest test) {
            super(name, description);
            this.test = test;
        }
    }

    /** Words after a number that make it a measure, a time or a sum, not people. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "a\\.m\\.|p\\.m\\.|am|pm|percent|%|km|kilometers|kilometres|miles|years|year|days|months|hours|minutes|dollars");
    /** Words that give a person's age before the number: "aged 15 and 17", "age 40". */
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
    /** Words after a number that make it a street address: "the 200 block of Froom Crescent". */
    private static final Set<String> ADDRESS_WORDS = Set.of("block", "street", "st.", "avenue", "ave.", "road", "rd.", "crescent",
            "drive", "lane", "boulevard", "blvd.");

    /** In order; the first that holds says why the number is not counted. */
    private static final List<NotACount> NOT_COUNTS = List.of(
            new NotACount("year", "a year (\"in 2016\"), unless people follow", (s, i, noun) -> s.token(i).word().matches("(19|20)\\d\\d") && !pluralNext(s, i)),
            new NotACount("day", "a day of a named month (\"May 3\")", (s, i, noun) -> i > 0 && s.token(i - 1).isProperNoun()
                    && s.token(i).word().matches("\\d{1,2}") && !pluralNext(s, i)),
            new NotACount("unit", "a time, a measure or a sum (\"8 p.m.\", \"40 km\", \"5 years\", \"$200\")", (s, i, noun) ->
                    i + 1 < s.size() && UNIT.matcher(s.token(i + 1).lower()).matches() || i > 0 && s.token(i - 1).word().matches("[$€£]")),
            new NotACount("age", "an age (\"two teenagers aged 15 and 17\", \"Smith, 45,\")", (s, i, noun) -> isAge(s, i)),
            new NotACount("address", "a street number (\"the 200 block of Froom Crescent\", \"12 Baker Street\")", (s, i, noun) -> isAddress(s, i)),
            new NotACount("model", "part of a weapon's or vehicle's name (\"AK-47\", \"F-16\", \"MiG-29\")", (s, i, noun) -> isModelName(s, i)),
            new NotACount("thing", "the number counts things, not people (\"10,000 rounds of ammunition\", \"four medals\")",
                    (s, i, noun) -> noun >= 0 && countsThings(s, noun)));

    /** Counted nouns that are things: counts/things.tsv and the weapons of lexicon/weapons.tsv. */
    private static final Set<String> THINGS = things();

    private static Set<String> things() {
        Set<String> out = new java.util.HashSet<>();
        for (TsvTable.Row r : TsvTable.resource("/counts/things.tsv", List.of("lemma")).rows()) out.add(r.required("lemma"));
        for (TsvTable.Row r : TsvTable.resource("/lexicon/weapons.tsv", List.of("lemma", "mode")).rows()) out.add(r.required("lemma"));
        return Set.copyOf(out);
    }

    /** Whether the counted noun, or the noun its "of" names ("rounds of ammunition"), is a thing. */
    private static boolean countsThings(Sentence s, int noun) {
        if (THINGS.contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        for (Dependency d : s.basicChildren(noun)) {
            if (d.relation().startsWith("nmod") && THINGS.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** The rules that keep numbers from being counts, with their hits so far. */
    public static List<NotACount> notCountRules() { return NOT_COUNTS; }

    private static boolean notACount(Sentence s, int i, int noun) {
        for (NotACount r : NOT_COUNTS) {
            if (r.test.test(s, i, noun)) {
                r.hit();
                return true;
            }
        }
        return false;
    }

    private static boolean pluralNext(Sentence s, int i) {
        return i + 1 < s.size() && s.token(i + 1).pos().equals("NNS");
    }

    private static boolean isAge(Sentence s, int i) {
        // Back over a list of ages ("15 and 17", "15, 16 or 17") to the word that says they are ages.
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            String w = s.token(k).lower();
            if (AGE_WORDS.contains(w)) return true;
            if (!(s.token(k).isNumber() || w.equals("and") || w.equals(",") || w.equals("or") || w.equals("to"))) break;
        }
        // "John Smith, 45, was ...": a number between commas right after a person's name.
        return i >= 2 && s.token(i - 1).word().equals(",") && s.token(i - 2).ner().equals("PERSON")
                && i + 1 < s.size() && s.token(i + 1).word().equals(",");
    }

    private static boolean isAddress(Sentence s, int i) {
        if (i + 1 >= s.size()) return false;
        if (s.token(i + 1).lower().equals("block")) return true;
        // "12 Baker Street": capitalised words, then a street word.
        for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
            if (ADDRESS_WORDS.contains(s.token(k).lower()) && k > i + 1) return true;
            if (!Character.isUpperCase(s.token(k).word().charAt(0))) return false;
        }
        return false;
    }

    private static boolean isModelName(Sentence s, int i) {
        Token t = s.token(i);
        // "AK-47" is tokenised "AK" "-47" or "AK" "-" "47": a hyphen touching a capitalised word before the number.
        if (t.word().startsWith("-") && i > 0 && s.token(i - 1).end() == t.begin() && Character.isUpperCase(s.token(i - 1).word().charAt(0))) {
            return true;
        }
        return i >= 2 && s.token(i - 1).word().equals("-") && s.token(i - 1).begin() == s.token(i - 2).end()
                && s.token(i - 1).end() == t.begin() && Character.isUpperCase(s.token(i - 2).word().charAt(0));
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
