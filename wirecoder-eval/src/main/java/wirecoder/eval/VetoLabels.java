package wirecoder.eval;

import wirecoder.data.TsvTable;
import wirecoder.model.EventRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emitted events judged by hand (eval/veto-labels.tsv): per corpus, article and trigger offset, whether the event is
 * real, of the wrong type, not an event or a duplicate. The judges read tools/precision-sample.py's label packets
 * blind (no code, no rules); the file keeps only keys, verdicts and their notes, no article text.
 */
final class VetoLabels {

    static final Set<String> VERDICTS = Set.of("real", "wrong_type", "not_event", "duplicate");

    record Label(String corpus, String article, int triggerStart, String eventType, String verdict) {
        boolean notEvent() { return verdict.equals("not_event"); }
    }

    private final Map<String, Label> byKey = new HashMap<>();

    private VetoLabels() {
    }

    static VetoLabels load() {
        VetoLabels l = new VetoLabels();
        List<String> cols = List.of("corpus", "article", "trigger_start", "trigger", "event_type", "verdict", "note");
        for (TsvTable.Row r : TsvTable.resource("/eval/veto-labels.tsv", cols).rows()) {
            String verdict = r.required("verdict");
            if (!VERDICTS.contains(verdict)) throw r.fail("verdict must be one of " + VERDICTS);
            int start;
            try {
                start = Integer.parseInt(r.required("trigger_start"));
            } catch (NumberFormatException e) {
                throw r.fail("trigger_start is not a number");
            }
            Label label = new Label(r.required("corpus"), r.required("article"), start, r.required("event_type"), verdict);
            l.byKey.put(key(label.article(), start), label);
        }
        return l;
    }

    private static String key(String article, int start) {
        return article + "@" + start;
    }

    /** The judgment of an event coded from this article (its trigger's offset), or null when it was not judged. */
    Label of(String article, EventRecord e) {
        return byKey.get(key(article, e.trigger().start()));
    }

    /**
     * The judgment of a record that may join several tellings ({@code mentions}): real (or real of the wrong type) when
     * any telling was judged so, since the record stands for that incident; else its own trigger's judgment.
     */
    Label ofRecord(String article, EventRecord e) {
        Label best = of(article, e);
        for (wirecoder.model.Mention m : e.mentions()) {
            Label l = byKey.get(key(article, m.trigger().start()));
            if (l == null) continue;
            if (l.verdict().equals("real")) return l;
            if (l.verdict().equals("wrong_type") && (best == null || !best.verdict().equals("wrong_type"))) best = l;
        }
        return best;
    }

    int size() { return byKey.size(); }
}
