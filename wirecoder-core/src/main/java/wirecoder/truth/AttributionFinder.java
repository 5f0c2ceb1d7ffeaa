package wirecoder.truth;

import wirecoder.data.TsvTable;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who reports an event: the subject of a reporting verb whose complement holds the event
 * ("Security sources say ... killed"), a reporting verb hung on the event's clause ("..., officials
 * said"), "according to X", or a sentence-final "..., a news service run by Hezbollah reported."
 * Returns the head token of the source phrase when there is one, so the caller can resolve pronouns.
 */
public final class AttributionFinder {

    /** A source phrase: tokens [first, last], its head (-1 when found by tokens only) and the reporting words. */
    public record Source(int first, int last, int head, String verb) {
        public Span span(Sentence s, String text) { return s.span(text, first, last); }
    }

    private final Set<String> reporting = new HashSet<>();

    public AttributionFinder() {
        for (TsvTable.Row r : TsvTable.resource("/truth/reporting-verbs.tsv", List.of("lemma")).rows()) {
            reporting.add(r.required("lemma"));
        }
    }

    /** Read-only; the factuality stage stops climbing at these verbs. */
    public Set<String> reportingVerbs() { return java.util.Collections.unmodifiableSet(reporting); }

    public Source find(Sentence s, int trigger) {
        // A reporting verb that dominates the event, or hangs on a clause that does.
        for (int v = 0; v < s.size(); v++) {
            if (!isReporting(s, v)) continue;
            int subj = subject(s, v);
            if (subj >= 0 && s.dominates(subj, trigger)) continue;
            boolean governs = s.dominates(v, trigger) && !newAssertionBetween(s, v, trigger);
            boolean hangs = false;
            String rel = s.headRelation(v);
            // "..., as officials said" reports the clause it hangs on; "..., while the coalition said ..." does not.
            if (rel.equals("parataxis") || rel.equals("dep") || rel.startsWith("advcl") && reportsItsHead(s, v)) {
                hangs = s.dominates(s.head(v), trigger);
            }
            if (!governs && !hangs) continue;
            if (subj >= 0) {
                List<Integer> sub = s.subtree(subj);
                return new Source(sub.get(0), sub.get(sub.size() - 1), subj, s.token(v).word());
            }
            Source tail = precedingPhrase(s, v);
            if (tail != null) return tail;
        }
        Source tail = sentenceFinalReport(s, trigger);
        if (tail != null) return tail;
        Source according = accordingTo(s);
        if (according != null) return according;
        return null;
    }

    private boolean isReporting(Sentence s, int v) {
        return s.token(v).isVerb() && reporting.contains(s.token(v).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "X said A struck Y, and the envoy urged Z": a conjoined clause with a subject of its own, between the
     * reporting verb and the event, starts a new assertion that the verb does not report.
     */
    private static boolean newAssertionBetween(Sentence s, int v, int trigger) {
        int guard = s.size() + 1;
        for (int n = trigger; n >= 0 && n != v && guard-- > 0; n = s.head(n)) {
            if (s.headRelation(n).equals("conj") && subject(s, n) >= 0) return true;
        }
        return false;
    }

    /** Marks under which an adverbial clause reports its head: none, or "as". */
    private static boolean reportsItsHead(Sentence s, int v) {
        for (Dependency d : s.basicChildren(v)) {
            if (d.relation().equals("mark") && !s.token(d.dependent()).lower().equals("as")) return false;
        }
        return true;
    }

    private static int subject(Sentence s, int v) {
        for (Dependency d : s.basicChildren(v)) if (d.relation().startsWith("nsubj")) return d.dependent();
        return -1;
    }

    /** "..., a military news service run by Hezbollah reported.": the words between the last comma and the verb. */
    private static Source precedingPhrase(Sentence s, int v) {
        int k = v - 1;
        while (k >= 0 && !s.token(k).word().equals(",")) k--;
        if (k < 0 || k + 1 > v - 1) return null;
        return new Source(k + 1, v - 1, -1, s.token(v).word());
    }

    /** A sentence that ends in a subjectless reporting verb reports everything before it. */
    private Source sentenceFinalReport(Sentence s, int trigger) {
        int v = s.size() - 1;
        while (v > 0 && s.token(v).pos().matches("[.,:]|''|``|-RRB-")) v--;
        if (!isReporting(s, v) || subject(s, v) >= 0) return null;
        Source phrase = precedingPhrase(s, v);
        if (phrase == null || (trigger >= phrase.first() && trigger <= phrase.last())) return null;
        return phrase;
    }

    /** "according to X": X runs to the next comma or the end of the sentence. */
    private static Source accordingTo(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.token(i).lower().equals("according") && s.token(i + 1).lower().equals("to")) {
                int first = i + 2;
                int last = first;
                while (last + 1 < s.size() && !s.token(last + 1).word().matches("[,.;:!?]")) last++;
                if (first < s.size()) return new Source(first, Math.min(last, s.size() - 1), -1, "according to");
            }
        }
        return null;
    }
}
