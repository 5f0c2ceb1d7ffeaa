package wirecoder.nlp;

import wirecoder.data.TsvTable;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds kickers, the labels some copy puts before a sentence ("BREAKING: ...", ACLED's "Security measures: On 6
 * May ..."), so the tagger and parser can read the sentence without them. The text keeps its characters: a kicker
 * is blanked with spaces, so every offset still points into the article as given.
 */
public final class Kickers {

    /** At the start of the text or of a line: up to five words, a colon, space, then the sentence's first letter or digit. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*([A-Za-z][A-Za-z'/-]*(?: [A-Za-z][A-Za-z'/-]*){0,4}):[ \\t]+(?=[A-Z0-9\"“‘'])");

    private final Set<String> labels = new HashSet<>();

    public Kickers(TsvTable table) {
        for (TsvTable.Row r : table.rows()) labels.add(r.required("label").toLowerCase(Locale.ROOT));
    }

    public static Kickers load() {
        return new Kickers(TsvTable.resource("/lexicon/kickers.tsv", List.of("label")));
    }

    /** Whether a label before a colon is a listed kicker. */
    boolean isKicker(String label) {
        return labels.contains(label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The text with its kickers replaced by spaces (the same text, the same object, when it has none). */
    public String blank(String text) {
        Matcher m = LABEL.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (!isKicker(m.group(1))) continue;
            if (out == null) out = new StringBuilder(text);
            for (int i = m.start(1); i <= m.end(1); i++) out.setCharAt(i, ' ');
        }
        return out == null ? text : out.toString();
    }
}
