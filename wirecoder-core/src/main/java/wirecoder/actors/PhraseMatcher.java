package wirecoder.actors;

import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds known names in a token sequence, longest match first. Names and tokens are compared
 * case-insensitively with hyphens as word breaks ("al-Qaeda" = "al Qaeda", "Syria-Lebanon" holds
 * "Syria"), except short all-capital names ("IS", "US"), which must match as written.
 */
public final class PhraseMatcher<T> {

    /**
     * A match: tokens [first, last] inclusive hold {@code value}, written as {@code form} in the table. {@code before}
     * and {@code after}: the lower-case words that share a hyphenated token with the match and are no part of it
     * ("anti" in "anti-US", "led" in "US-led"), else "".
     */
    public record Match<T>(int first, int last, T value, String form, String before, String after) {
        /** "anti-US protesters", "anti-Houthi forces": the name is whom the phrase's owner opposes, not the owner. */
        public boolean opposed() {
            return before.equals("anti");
        }
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
    /** Words that, following a name, make it something else: "US dollar", "Lebanese pound" name money, not states. */
    private Set<String> notBefore = Set.of();

    /** Set while the table loads: a name followed by one of {@code words} (lower case) is not a match. */
    void notBefore(Set<String> words) {
        this.notBefore = Set.copyOf(words);
    }

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
        List<String> written = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (Token t : tokens) {
            for (String w : split(t.word(), false)) {
                words.add(w.toLowerCase(Locale.ROOT));
                written.add(w);
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
                for (Entry<T> e : n.ends) if (fits(e, i, written.get(i), partisan(words, owner, i), tokens, owner)) best = e;
            }
            if (best == null) {
                i++;
                continue;
            }
            int first = owner.get(i);
            int last = owner.get(i + best.words.length - 1);
            if (last + 1 < tokens.size() && notBefore.contains(tokens.get(last + 1).lower())) {
                i += best.words.length;
                continue;
            }
            String before = i > 0 && owner.get(i - 1) == first ? words.get(i - 1) : "";
            int next = i + best.words.length;
            String after = next < words.size() && owner.get(next) == last ? words.get(next) : "";
            out.add(new Match<>(tokens.get(first).index(), tokens.get(last).index(), best.value, best.form, before, after));
            i += best.words.length;
        }
        return out;
    }

    /** "pro-Hadi", "anti-Putin": a word hyphenated to "pro" or "anti" is a name, whatever the tagger says of the token. */
    private static boolean partisan(List<String> words, List<Integer> owner, int at) {
        return at > 0 && owner.get(at - 1).equals(owner.get(at)) && (words.get(at - 1).equals("pro") || words.get(at - 1).equals("anti"));
    }

    /** Whether an entry whose words match at {@code at} ({@code written} as in the text) meets its case and tagging conditions. */
    private boolean fits(Entry<T> e, int at, String written, boolean partisan, List<Token> tokens, List<Integer> owner) {
        // A capitalised name needs a capitalised word: "amnesty" is not Amnesty International; "pro-Houthi" holds Houthi.
        if (Character.isUpperCase(e.form.charAt(0)) && !Character.isUpperCase(written.charAt(0))) {
            return false;
        }
        String ner = tokens.get(owner.get(at)).ner();
        if (e.need == Need.PERSON && !partisan && !alonePerson(tokens, owner.get(at))) return false;
        if (e.need == Need.NAME && !partisan && (ner == null || ner.equals("O"))) return false;
        // An acronym or short capital name must be written as in the table, as a token or a hyphenated part of one:
        // "IS" but not "is" or "Is"; "pro-US".
        if (e.need == Need.ACRONYM) {
            return written.equals(e.form) && (e.form.length() <= 4 || (ner != null && !ner.equals("O")));
        }
        if (e.exactCase) return written.equals(e.form);
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
        return split(s, true);
    }

    /** The words of {@link #normalize}, lower-cased or as written. */
    private static String[] split(String s, boolean lower) {
        List<String> words = new ArrayList<>(4);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == '’') c = '\'';
            if (c == '-' || c == '‐' || c == '–' || Character.isWhitespace(c)) {
                flush(w, words);
                continue;
            }
            w.append(lower ? Character.toLowerCase(c) : c);
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
