package wirecoder.counts;

import wirecoder.data.TsvTable;
import wirecoder.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads number phrases from tokens, with the words of {@code /counts/numbers.tsv}. */
public final class NumberParser {

    private enum Kind { UNIT, MULTIPLIER, VAGUE, QUALIFIER }

    private record Word(Kind kind, long value) {
    }

    private final Map<String, Word> words = new HashMap<>();

    public NumberParser() {
        for (TsvTable.Row r : TsvTable.resource("/counts/numbers.tsv", List.of("word", "kind", "value")).rows()) {
            Kind k;
            try {
                k = Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("kind must be unit, multiplier, vague or qualifier");
            }
            long v = 0;
            if (k == Kind.UNIT || k == Kind.MULTIPLIER) {
                try {
                    v = Long.parseLong(r.required("value"));
                } catch (NumberFormatException e) {
                    throw r.fail("value is not a number");
                }
            }
            words.put(r.required("word"), new Word(k, v));
        }
    }

    /**
     * The number phrase that ends at token {@code last} (a CD token or a vague count word), reading
     * leftwards over number words and qualifiers; null when {@code last} is not a number.
     */
    public NumberPhrase endingAt(List<Token> tokens, int last) {
        Token t = tokens.get(last);
        String w = t.lower();
        Word end = words.get(w);
        boolean digits = w.matches("\\d[\\d,]*(\\.\\d+)?");
        if (!digits && (end == null || end.kind == Kind.QUALIFIER) && !t.isNumber()) return null;
        if (!digits && end == null) return null;
        int first = last;
        while (first > 0) {
            String p = tokens.get(first - 1).lower();
            Word pw = words.get(p);
            boolean pd = p.matches("\\d[\\d,]*(\\.\\d+)?");
            if (pd || (pw != null && pw.kind != Kind.VAGUE) || p.equals("-")) first--;
            else break;
        }
        // Drop leading qualifiers that are only articles or prepositions in context ("to", "at" alone).
        while (first < last && isWeakLead(tokens, first)) first++;
        Long value = value(tokens, first, last);
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) text.append(' ');
            text.append(tokens.get(i).word());
        }
        return new NumberPhrase(first, last, value, text.toString());
    }

    private boolean isWeakLead(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (w.equals("at")) return i + 1 > tokens.size() - 1 || !tokens.get(i + 1).lower().equals("least");
        return w.equals("to") || w.equals("than") && (i == 0 || !tokens.get(i - 1).lower().equals("more"));
    }

    private Long value(List<Token> tokens, int first, int last) {
        double total = 0;
        double current = 0;
        boolean any = false;
        for (int i = first; i <= last; i++) {
            String w = tokens.get(i).lower();
            if (w.matches("\\d[\\d,]*(\\.\\d+)?")) {
                current += Double.parseDouble(w.replace(",", ""));
                any = true;
                continue;
            }
            Word x = words.get(w);
            if (x == null || x.kind == Kind.QUALIFIER) continue;
            if (x.kind == Kind.VAGUE) return null;
            any = true;
            if (x.kind == Kind.UNIT) {
                current += x.value;
            } else {
                current = (current == 0 ? 1 : current) * x.value;
                // "two thousand five hundred": a large multiplier closes a group.
                if (x.value >= 1000) {
                    total += current;
                    current = 0;
                }
            }
        }
        return any ? Math.round(total + current) : null;
    }
}
