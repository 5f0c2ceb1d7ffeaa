package wirecoder.actors;

import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds known names in a token sequence, longest match first. Names and tokens are compared
 * case-insensitively with hyphens as word breaks ("al-Qaeda" = "al Qaeda", "Syria-Lebanon" holds
 * "Syria"), except short all-capital names ("IS", "US"), which must match as written.
 */
public final class PhraseMatcher<T> {

    /** A match: tokens [first, last] inclusive hold {@code value}, written as {@code form} in the table. */
    public record Match<T>(int first, int last, T value, String form) {
    }

    private record Entry<T>(String[] words, T value, String form, boolean exactCase, Need need) {
    }

    /** What the tagger must have seen on the first token for a match: nothing, a PERSON, or any named entity. */
    public enum Need { NONE, PERSON, NAME }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public void add(String form, T value) {
        add(form, value, Need.NONE);
    }

    /** Adds a name; where two names are written alike, the one added later wins (user tables over bundled ones). */
    public void add(String form, T value, Need need) {
        String[] words = normalize(form);
        if (words.length == 0) return;
        boolean exact = form.length() <= 4 && form.equals(form.toUpperCase(Locale.ROOT)) && form.chars().anyMatch(Character::isLetter);
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value, form, exact, need));
    }

    /** All non-overlapping matches in {@code tokens}, scanning left to right, longest first. */
    public List<Match<T>> findAll(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (Token t : tokens) {
            for (String w : normalize(t.word())) {
                words.add(w);
                owner.add(t.index() - tokens.get(0).index());
            }
        }
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Entry<T> best = null;
            for (Entry<T> e : byFirstWord.getOrDefault(words.get(i), List.of())) {
                if (fits(e, words, i, tokens, owner) && (best == null || e.words.length >= best.words.length)) best = e;
            }
            if (best == null) {
                i++;
                continue;
            }
            int first = owner.get(i);
            int last = owner.get(i + best.words.length - 1);
            out.add(new Match<>(tokens.get(first).index(), tokens.get(last).index(), best.value, best.form));
            i += best.words.length;
        }
        return out;
    }

    private boolean fits(Entry<T> e, List<String> words, int at, List<Token> tokens, List<Integer> owner) {
        if (at + e.words.length > words.size()) return false;
        for (int k = 0; k < e.words.length; k++) {
            if (!words.get(at + k).equals(e.words[k])) return false;
        }
        // A capitalised name needs a capitalised word: "amnesty" is not Amnesty International.
        if (Character.isUpperCase(e.form.charAt(0)) && !Character.isUpperCase(tokens.get(owner.get(at)).word().charAt(0))) {
            return false;
        }
        String ner = tokens.get(owner.get(at)).ner();
        if (e.need == Need.PERSON && !alonePerson(tokens, owner.get(at))) return false;
        if (e.need == Need.NAME && (ner == null || ner.equals("O"))) return false;
        if (e.exactCase) {
            // The whole token must be the name as written: "IS" but not "is" or "Is".
            Token t = tokens.get(owner.get(at));
            return t.word().equals(e.form);
        }
        return true;
    }

    /** Words the tagger may take into a name that are no part of it: "Mr Trump" is Trump. */
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "lord", "lady", "dame", "madam", "president", "minister", "premier", "chancellor", "general", "gen.");

    /** A PERSON the tagger saw as one word: "Khalid" alone, not the first name of "Khalid bin Salman". */
    private static boolean alonePerson(List<Token> tokens, int i) {
        if (!"PERSON".equals(tokens.get(i).ner())) return false;
        boolean before = i > 0 && "PERSON".equals(tokens.get(i - 1).ner()) && !HONORIFICS.contains(tokens.get(i - 1).lower());
        boolean after = i + 1 < tokens.size() && "PERSON".equals(tokens.get(i + 1).ner());
        return !before && !after;
    }

    private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("[-‐–]");
    private static final java.util.regex.Pattern LONE_APOSTROPHE = java.util.regex.Pattern.compile("(?<=s)'(?=\\s|$)|(?<=\\s|^)'(?=\\s|$)");

    static String[] normalize(String s) {
        // A possessive apostrophe is its own token after "Workers": "Kurdistan Workers' Party" = "Kurdistan Workers ' Party".
        String x = LONE_APOSTROPHE.matcher(HYPHENS.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" "))
                .replaceAll(" ").trim();
        if (x.isEmpty()) return new String[0];
        return x.split("\\s+");
    }
}
