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

    private record Entry<T>(String[] words, T value, String form, boolean exactCase) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public void add(String form, T value) {
        String[] words = normalize(form);
        if (words.length == 0) return;
        boolean exact = form.length() <= 4 && form.equals(form.toUpperCase(Locale.ROOT)) && form.chars().anyMatch(Character::isLetter);
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value, form, exact));
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
                if (fits(e, words, i, tokens, owner) && (best == null || e.words.length > best.words.length)) best = e;
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
        if (e.exactCase) {
            // The whole token must be the name as written: "IS" but not "is" or "Is".
            Token t = tokens.get(owner.get(at));
            return t.word().equals(e.form);
        }
        return true;
    }

    static String[] normalize(String s) {
        String x = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[-‐–]", " ").trim();
        if (x.isEmpty()) return new String[0];
        return x.split("\\s+");
    }
}
