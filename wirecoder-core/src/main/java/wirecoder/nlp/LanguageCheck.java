package wirecoder.nlp;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an article is in English, the one language the models code. Text in another language would give no events
 * and no word why, so it is named instead. Two checks: a text whose letters are mostly of one non-Latin script
 * (Arabic, Han, Cyrillic, ...) is named by its script at any length; a longer text is identified by the Optimaize
 * n-gram detector (71 languages) and set aside only when the detector is sure, so an English story full of foreign
 * names is still coded.
 */
public final class LanguageCheck {

    /** The detector judges only this many characters from the start: enough for a sure answer, cheap at any length. */
    static final int SAMPLE_CHARS = 3000;
    /** A run of more characters than this between spaces is not a word (a URL, a hash, a flood of one letter). */
    static final int MAX_WORD_CHARS = 40;
    /** Below this many letters the n-gram detector is unreliable; only the script check speaks. */
    static final int MIN_LETTERS_FOR_DETECTOR = 120;
    /** The detector must give another language at least this probability, and English less than {@link #MAX_ENGLISH}. */
    static final double MIN_OTHER = 0.90;
    static final double MAX_ENGLISH = 0.05;
    /** A text is in a non-Latin script when that script holds more than this share of its letters. */
    static final double SCRIPT_SHARE = 0.5;

    /**
     * English words that other Latin-script languages do not use as words: when this share of a text's words are
     * among them, the text is English and the detector is not asked (it costs a millisecond an article, and its
     * profiles a second to load, which only a run that meets another language pays).
     */
    private static final Set<String> ENGLISH_MARKERS = Set.of("the", "of", "and", "to", "that", "with", "for", "from",
            "were", "have", "has", "his", "their", "which", "been", "would", "they", "this", "after", "said", "by");
    static final double ENGLISH_MARKER_SHARE = 0.10;

    private volatile LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageCheck() {
    }

    public static LanguageCheck load() {
        return new LanguageCheck();
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d != null) return d;
        synchronized (this) {
            if (detector == null) {
                try {
                    detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                            .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the language profiles: " + e.getMessage(), e);
                }
            }
            return detector;
        }
    }

    /** Whether a good share of the sample's words are English function words. */
    static boolean plainlyEnglish(String sample) {
        int words = 0;
        int markers = 0;
        for (String w : sample.split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (ENGLISH_MARKERS.contains(w.toLowerCase(Locale.ROOT))) markers++;
        }
        return words > 0 && markers >= ENGLISH_MARKER_SHARE * words;
    }

    /** The language the text is in, in English words ("Arabic", "French"), when it is surely not English. */
    public Optional<String> notEnglish(String text) {
        String sample = sample(text);
        int letters = 0;
        int latin = 0;
        java.util.Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) latin++;
            else scripts.merge(script, 1, Integer::sum);
        }
        if (letters == 0) return Optional.empty();
        for (var s : scripts.entrySet()) {
            if (s.getValue() > SCRIPT_SHARE * letters) return Optional.of(detected(sample).orElse(scriptName(s.getKey())));
        }
        if (letters < MIN_LETTERS_FOR_DETECTOR || latin < SCRIPT_SHARE * letters || plainlyEnglish(sample)) return Optional.empty();
        return detected(sample);
    }

    /** The words of the text's beginning, up to {@link #SAMPLE_CHARS}; runs longer than a word are not language. */
    static String sample(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < SAMPLE_CHARS; ) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            if (end - i <= MAX_WORD_CHARS) b.append(text, i, end).append(' ');
            i = end + 1;
        }
        return b.toString();
    }

    /** The detector's language when it is sure and it is not English. */
    private Optional<String> detected(String sample) {
        List<DetectedLanguage> found = detector().getProbabilities(texts.forText(sample));
        double english = 0;
        DetectedLanguage top = null;
        for (DetectedLanguage d : found) {
            if (d.getLocale().getLanguage().equals("en")) english = d.getProbability();
            if (top == null || d.getProbability() > top.getProbability()) top = d;
        }
        if (top == null || top.getLocale().getLanguage().equals("en") || top.getProbability() < MIN_OTHER || english >= MAX_ENGLISH) {
            return Optional.empty();
        }
        String name = Locale.forLanguageTag(top.getLocale().getLanguage()).getDisplayLanguage(Locale.ENGLISH);
        return Optional.of(name.isEmpty() ? top.getLocale().toString() : name);
    }

    /** "Arabic script" for a script no detector named. */
    private static String scriptName(Character.UnicodeScript s) {
        String n = s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return n + " script";
    }
}
