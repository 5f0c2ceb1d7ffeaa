package wirecoder.eval;

import wirecoder.Extractor;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision on general news, rerunnable: extract's events on GeoWebNews, TR-News, LGL and GeoVirus, each looked up in
 * the hand judgments of eval/veto-labels.tsv (2,091 events judged blind as real, of the wrong type, not an event or a
 * duplicate). GeoWebNews is held out (no rule and no model was fitted on it); the other three trained the learned veto
 * and rules were read on their judgments, so their figures flatter. Events the current code emits that were never judged
 * (new since the judgments) are counted apart: the judged share says how far the figures still hold. A record that
 * joins several tellings of an incident is real when any of them was judged real.
 */
public final class JudgedNewsSuite implements Suite {

    @Override
    public String name() { return "judged-news"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval; }

    @Override
    public String published() { return "none; issue 12's target: 85% real, at most 5% duplicates"; }

    /** Verdict counts over the emitted events of one corpus. */
    static final class Tally {
        final Map<String, Integer> verdicts = new LinkedHashMap<>();
        int emitted;
        int judged;

        void add(String verdict) {
            emitted++;
            if (verdict == null) return;
            judged++;
            verdicts.merge(verdict, 1, Integer::sum);
        }

        double share(String verdict) { return judged == 0 ? 0 : (double) verdicts.getOrDefault(verdict, 0) / judged; }

        double coverage() { return emitted == 0 ? 0 : (double) judged / emitted; }
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        long t0 = System.nanoTime();
        VetoLabels labels = VetoLabels.load();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int articles = 0;
        for (String corpus : List.of("gwn", "trnews", "lgl", "geovirus")) {
            List<Article> in = Extraction.sample(NewsCorpus.read(data, corpus), limit);
            articles += in.size();
            Tally t = new Tally();
            List<List<EventRecord>> events = GeoSuite.parallel(in, a -> extractor.extract(a).events());
            for (int i = 0; i < in.size(); i++) {
                for (EventRecord e : events.get(i)) {
                    VetoLabels.Label l = labels.ofRecord(in.get(i).id(), e);
                    t.add(l == null || !l.corpus().equals(corpus) ? null : l.verdict());
                }
            }
            tallies.put(corpus, t);
        }
        return score(tallies, articles, (System.nanoTime() - t0) / 1e9);
    }

    static SuiteResult score(Map<String, Tally> tallies, int articles, double seconds) {
        List<Metric> m = new ArrayList<>();
        Tally gwn = tallies.get("gwn");
        m.add(new Metric("gwn_real", gwn.share("real"), gwn.judged, "held-out GeoWebNews: judged emitted events that are real events of a usable type"));
        m.add(new Metric("gwn_not_event", gwn.share("not_event"), gwn.judged, "held-out GeoWebNews: judged emitted events that are no event"));
        m.add(new Metric("gwn_duplicate", gwn.share("duplicate"), gwn.judged, "held-out GeoWebNews: judged emitted events that retell an earlier event"));
        m.add(new Metric("gwn_judged", gwn.coverage(), gwn.emitted, "held-out GeoWebNews: emitted events that have a judgment"));
        m.add(new Metric("gwn_real_events", gwn.verdicts.getOrDefault("real", 0), gwn.judged,
                "held-out GeoWebNews: how many emitted events are judged real (what a filter that only drops can lose)"));
        for (String c : List.of("trnews", "lgl", "geovirus")) {
            Tally t = tallies.get(c);
            m.add(new Metric(c + "_real", t.share("real"), t.judged, c + " (trained and read on; flatters): judged emitted events that are real"));
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("corpus", "emitted", "judged", "real events", "real", "wrong type", "not an event", "duplicate"));
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            table.add(List.of(e.getKey(), String.valueOf(t.emitted), String.valueOf(t.judged),
                    String.valueOf(t.verdicts.getOrDefault("real", 0)), LabelScores.f(t.share("real")),
                    LabelScores.f(t.share("wrong_type")), LabelScores.f(t.share("not_event")), LabelScores.f(t.share("duplicate"))));
        }
        String summary = String.format(Locale.ROOT, "judged-news: held-out GeoWebNews %.3f real, %.3f not an event, %.3f duplicates "
                        + "of %d judged events (%d emitted); TR-News %.3f real, LGL %.3f, GeoVirus %.3f (all three flatter)", gwn.share("real"),
                gwn.share("not_event"), gwn.share("duplicate"), gwn.judged, gwn.emitted, tallies.get("trnews").share("real"),
                tallies.get("lgl").share("real"), tallies.get("geovirus").share("real"));
        return new SuiteResult("judged-news", m, table, summary, articles, seconds,
                "One blind judge per event (fourteen judges, one packet each); events coded since the judgments have none and are "
                        + "left out.");
    }
}
