package wirecoder.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a sentence too long to parse at once into pieces of at most {@code maxTokens}, each cut at the strongest
 * clause boundary the stretch offers: a semicolon or colon first, then a comma before a clause opener ("..., while
 * the coalition said", "..., and police arrested"), then any comma. Participles are not openers: "..., killing
 * 12 soldiers" stays with the attack it counts. A stretch with no boundary at all (a table, a list run together)
 * is cut at the limit and marked {@code unparsed}: the caller reports it instead of parsing a fragment.
 */
public final class LongSentences {

    /** Tokens [from, to) of the sentence; {@code unparsed} when no boundary lay within reach. */
    public record Piece(int from, int to, boolean unparsed) {
        public int size() { return to - from; }
    }

    /** How strongly a cut before a token ends a clause; a cut needs at least {@link #COMMA}. */
    static final int COMMA = 1;
    static final int CLAUSE_OPENER = 2;
    static final int SEMICOLON = 3;
    /** No piece shorter than this, so a cut never strands a few words. */
    static final int MIN_PIECE = 8;

    private static final Set<String> OPENERS = Set.of("and", "but", "or", "while", "whereas", "although", "though",
            "as", "after", "before", "because", "since", "when", "amid", "despite", "which", "who", "where");

    private LongSentences() {
    }

    /**
     * Pieces covering all {@code words} in order; one piece when the sentence fits.
     * @param words the sentence's tokens as written
     */
    public static List<Piece> pieces(List<String> words, int maxTokens) {
        List<Piece> out = new ArrayList<>();
        int start = 0;
        int n = words.size();
        while (n - start > maxTokens) {
            int cut = -1;
            int best = 0;
            for (int i = start + MIN_PIECE; i <= start + maxTokens && i < n; i++) {
                int strength = strength(words, i);
                if (strength >= best && strength > 0) {
                    best = strength;
                    cut = i;
                }
            }
            if (cut < 0) {
                out.add(new Piece(start, start + maxTokens, true));
                start += maxTokens;
            } else {
                out.add(new Piece(start, cut, false));
                start = cut;
            }
        }
        if (start < n) out.add(new Piece(start, n, false));
        return out;
    }

    /** The strength of a cut before token {@code i}. */
    static int strength(List<String> words, int i) {
        String before = words.get(i - 1);
        if (before.equals(";") || before.equals(":") || before.equals("--") || before.equals("—")) return SEMICOLON;
        if (!before.equals(",")) return 0;
        return OPENERS.contains(words.get(i).toLowerCase(Locale.ROOT)) ? CLAUSE_OPENER : COMMA;
    }
}
