package wirecoder.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The veto's labels, its training arithmetic and the judged-news tally, on hand-made data. */
class VetoTrainingTest {

    private static final double EPS = 1e-9;

    private static VetoTrainer.Example example(String article, String verdict, String... features) {
        return new VetoTrainer.Example("lgl", article, List.of(features), new VetoLabels.Label("lgl", article, 0, "AGREE", verdict));
    }

    @Test
    void theBundledLabelsLoadAndCoverThreeCorpora() {
        VetoLabels labels = VetoLabels.load();
        assertTrue(labels.size() > 1000, "labels: " + labels.size());
    }

    @Test
    void figuresCountWhatTheThresholdKeeps() {
        List<VetoTrainer.Scored> s = List.of(
                new VetoTrainer.Scored(example("a", "real"), 0.2),
                new VetoTrainer.Scored(example("b", "real"), 0.8),
                new VetoTrainer.Scored(example("c", "not_event"), 0.9),
                new VetoTrainer.Scored(example("d", "not_event"), 0.3),
                new VetoTrainer.Scored(example("e", "duplicate"), 0.95));
        VetoTrainer.Figures f = VetoTrainer.figures(s, 0.7);
        assertEquals(5, f.events());
        assertEquals(2, f.kept());
        assertEquals(0.4, f.precisionBefore(), EPS);
        assertEquals(0.5, f.precisionAfter(), EPS);
        assertEquals(0.5, f.realLost(), EPS);
        assertEquals(0.5, f.notEventRemoved(), EPS);
        // No threshold in steps of 0.05 from 0.5 loses no more than a tenth of the real events but 0.8 and above.
        assertEquals(0.85, VetoTrainer.threshold(s), EPS);
    }

    @Test
    void aModelLearnsAFeatureThatMarksNonEventsAndTheRowsRoundTrip() throws Exception {
        List<VetoTrainer.Example> train = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            train.add(example("s" + i, "not_event", "lemma=offer", "word=gym"));
            train.add(example("p" + i, "real", "lemma=meet", "actor-sector=GOV"));
        }
        Map<String, Double> odds = VetoTrainer.logOdds(VetoTrainer.fit(train, 1.0));
        assertTrue(odds.get("lemma=offer") > 0.5, odds.toString());
        assertTrue(odds.get("actor-sector=GOV") < -0.5, odds.toString());
        assertTrue(VetoTrainer.notEvent(odds, List.of("lemma=offer", "word=gym")) > 0.9);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("veto", ".tsv");
        VetoTrainer.write(file, odds, 0.7, List.of("test model"));
        String text = java.nio.file.Files.readString(file);
        assertTrue(text.contains("(threshold)\t0.70\n"), text);
        assertTrue(text.contains("(bias)\t"), text);
    }

    @Test
    void judgedNewsSharesAreOverJudgedEventsOnly() {
        JudgedNewsSuite.Tally t = new JudgedNewsSuite.Tally();
        t.add("real");
        t.add("real");
        t.add("not_event");
        t.add("duplicate");
        t.add(null);
        assertEquals(5, t.emitted);
        assertEquals(4, t.judged);
        assertEquals(0.5, t.share("real"), EPS);
        assertEquals(0.25, t.share("duplicate"), EPS);
        assertEquals(0.8, t.coverage(), EPS);
        SuiteResult r = JudgedNewsSuite.score(Map.of("gwn", t, "trnews", new JudgedNewsSuite.Tally(), "lgl", new JudgedNewsSuite.Tally(), "geovirus",
                new JudgedNewsSuite.Tally()), 3, 1);
        assertEquals(0.5, r.metric("gwn_real").value(), EPS);
        assertEquals(0, r.metric("trnews_real").value(), EPS);
    }
}
