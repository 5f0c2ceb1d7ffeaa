package wirecoder.geo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The keys a place name is indexed and looked up by. {@link #of} folds case, accents, apostrophes and
 * hyphens ("Khān Shaykhūn", "Khan-Shaykhun" -> "khan shaykhun"). {@link #skeleton} keeps a word's first
 * letter, writes every run of vowels (and w, y) as one "a", drops other h's and doubled letters, so that
 * transliterations of one Arabic or Persian name meet ("Khan Sheikhoun" and "Khan Shaykhun" -> "kan
 * sakan"; "Hodeidah" and "Al Hudaydah" -> "hadada"; "Raqqa" and "Ar Raqqah" -> "raka"). {@link #loose} is a
 * much closer match among the names a skeleton finds.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("['’‘`ʿʾ‛]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an|ad-) ");

    private NameKey() {
    }

    /** Lower case, ASCII, words separated by one space; empty when nothing Latin is left. */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace('đ', 'd');
        s = QUOTES.matcher(s.toLowerCase()).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) s = s.substring(4);
        return s;
    }

    /** The consonant skeleton of a key (see the class comment); the Arabic article is dropped. */
    public static String skeleton(String key) {
        String s = ARTICLE.matcher(key).replaceFirst("");
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (word.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            char last = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = fold(word.charAt(i));
                if (i > 0 && c == 'h') continue;
                if (i > 0 && "aeiouyw".indexOf(c) >= 0) c = 'a';
                if (c == last) continue;
                out.append(c);
                last = c;
            }
        }
        return out.toString();
    }

    /**
     * A key with only the spelling differences of one transliteration left out, much closer than the skeleton: the
     * Arabic article, spaces, doubled letters, ou/oo for u and ee for i, and the ending's h and e ("Ar-Raqqa" and
     * "Ar Raqqah", "al-Hasakeh" and "Al Hasakah", "Durayhimi" and "Ad Durayhimi", "Dar'a" and "Daraa"); "Burkan"
     * and "Borken" stay apart.
     */
    public static String loose(String key) {
        String s = ARTICLE.matcher(key).replaceFirst("").replace(" ", "");
        s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i");
        if (s.length() > 2 && s.endsWith("h") && "aeiou".indexOf(s.charAt(s.length() - 2)) >= 0) s = s.substring(0, s.length() - 1);
        if (s.length() > 2 && s.endsWith("e")) s = s.substring(0, s.length() - 1) + "a";
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == last) continue;
            out.append(c);
            last = c;
        }
        return out.toString();
    }

    /**
     * Whether {@code other} is the name {@code key} spelt another way by {@link #loose}: five letters at least
     * (four when both have the article), and an article written in the key is in the other name too ("Al Hali" is
     * not the Chinese town of Hali, while "Durayhimi" is "Ad Durayhimi").
     */
    public static boolean sameTransliteration(String key, String other) {
        String loose = loose(key);
        boolean article = ARTICLE.matcher(key).find();
        boolean otherArticle = ARTICLE.matcher(other).find();
        // Four letters will do when both names have the article ("Ar-Raqqa", "Ar Raqqah").
        if (loose.length() < (article && otherArticle ? 4 : 5) || !loose.equals(loose(other))) return false;
        return !article || otherArticle;
    }

    private static char fold(char c) {
        return switch (c) {
            case 'q', 'c' -> 'k';
            case 'z' -> 's';
            case 'j' -> 'g';
            default -> c;
        };
    }

    /** Consonants in a skeleton: short skeletons match too much to be trusted alone. */
    public static int strength(String skeleton) {
        int n = 0;
        for (int i = 0; i < skeleton.length(); i++) if (skeleton.charAt(i) != ' ' && skeleton.charAt(i) != 'a') n++;
        return n;
    }
}
