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

    /**
     * What a match needs beyond the words: nothing; a PERSON tag; any named-entity tag; or, for an acronym of the
     * converted dictionaries, the token written as the acronym and, past four letters, tagged as a name ("YOUTH", a
     * Basque group's alias, is not the headline word "Youth").
     */
    public enum Need { NONE, PERSON, NAME, ACRONYM }

    /** A trie over normalised words: a match walks it once per start word, whatever the table's size. */
    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<Entry<T>> ends = new ArrayList<>(1);
    }

    private final Node<T> root = new Node<>();

    public void add(String form, T value) {
        add(form, value, Need.NONE);
    }

    /** Adds a name; where two names are written alike, the one added later wins (user tables over bundled ones). */
    public void add(String form, T value, Need need) {
        String[] words = normalize(form);
        if (words.length == 0) return;
        boolean exact = form.length() <= 4 && form.equals(form.toUpperCase(Locale.ROOT)) && form.chars().anyMatch(Character::isLetter);
        Node<T> n = root;
        for (String w : words) n = n.next.computeIfAbsent(w, k -> new Node<>());
        n.ends.add(new Entry<>(words, value, form, exact, need));
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
            Node<T> n = root;
            for (int k = i; k < words.size(); k++) {
                n = n.next.get(words.get(k));
                if (n == null) break;
                // Deeper is longer; at one depth the entry added last wins.
                for (Entry<T> e : n.ends) if (fits(e, i, tokens, owner)) best = e;
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

    /** Whether an entry whose words match at {@code at} also meets its case and tagging conditions. */
    private boolean fits(Entry<T> e, int at, List<Token> tokens, List<Integer> owner) {
        // A capitalised name needs a capitalised word: "amnesty" is not Amnesty International.
        if (Character.isUpperCase(e.form.charAt(0)) && !Character.isUpperCase(tokens.get(owner.get(at)).word().charAt(0))) {
            return false;
        }
        String ner = tokens.get(owner.get(at)).ner();
        if (e.need == Need.PERSON && !alonePerson(tokens, owner.get(at))) return false;
        if (e.need == Need.NAME && (ner == null || ner.equals("O"))) return false;
        if (e.need == Need.ACRONYM) {
            Token t = tokens.get(owner.get(at));
            return t.word().equals(e.form) && (e.form.length() <= 4 || (ner != null && !ner.equals("O")));
        }
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

    /**
     * Lower-cased words, hyphens as breaks; a possessive apostrophe is dropped, as CoreNLP makes it a token of its own
     * ("Kurdistan Workers' Party" = "Kurdistan Workers ' Party"). Written without regular expressions: it runs on
     * every token of every article and on the 100,000 names of the actor tables.
     */
    static String[] normalize(String s) {
        List<String> words = new ArrayList<>(4);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == '’') c = '\'';
            if (c == '-' || c == '‐' || c == '–' || Character.isWhitespace(c)) {
                flush(w, words);
                continue;
            }
            w.append(Character.toLowerCase(c));
        }
        return words.toArray(new String[0]);
    }

    private static void flush(StringBuilder w, List<String> words) {
        if (w.length() == 0) return;
        // "workers'" is "workers"; a lone "'" is nothing.
        if (w.charAt(w.length() - 1) == '\'' && (w.length() == 1 || w.charAt(w.length() - 2) == 's')) w.setLength(w.length() - 1);
        if (w.length() > 0) words.add(w.toString());
        w.setLength(0);
    }
}
