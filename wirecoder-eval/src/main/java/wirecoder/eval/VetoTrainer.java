package wirecoder.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import wirecoder.Extractor;
import wirecoder.model.Article;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the learned veto (core's /veto/event-veto.tsv) from the hand-judged events of eval/veto-labels.tsv with
 * CoreNLP's logistic classifier. TR-News and LGL train it, and cross-validation over their articles chooses the prior
 * and the threshold; GeoWebNews is the held-out test and is never read for either. The threshold is the lowest that
 * loses at most {@link #MAX_REAL_LOST} of the real events, out of fold.
 * Only events the veto reaches (not material conflict) are read, trained on and counted.
 */
public final class VetoTrainer {

    /** The share of real events the veto may drop on the dev articles: precision is bought with a bounded loss. */
    static final double MAX_REAL_LOST = 0.10;

    /** L2 prior widths tried (CoreNLP's sigma): smaller is stronger smoothing. */
    static final double[] SIGMAS = {0.05, 0.1, 0.25, 0.5, 1, 2};

    static final List<String> TRAIN = List.of("trnews", "lgl", "geovirus");
    static final String TEST = "gwn";
    private static final String NOT_EVENT = "not_event";
    private static final String EVENT = "event";
    private static final String BIAS = wirecoder.veto.EventVeto.BIAS;

    /** One judged event: its corpus, article, features and verdict. */
    record Example(String corpus, String article, List<String> features, VetoLabels.Label label) {
        boolean notEvent() { return label.notEvent(); }

        /** A real act (of the right type or not): what the veto must not drop. Duplicates are neither. */
        boolean real() { return label.verdict().equals("real") || label.verdict().equals("wrong_type"); }

        /** The cross-validation fold of its article. */
        int fold() { return Math.floorMod(article.hashCode(), FOLDS); }
    }

    /** A model's figures on a set of judged events at its threshold. */
    record Figures(int events, int kept, int realKept, int real, int notEventKept, int notEvent) {
        double precisionBefore() { return events == 0 ? 0 : (double) real / events; }

        double precisionAfter() { return kept == 0 ? 0 : (double) realKept / kept; }

        double realLost() { return real == 0 ? 0 : 1 - (double) realKept / real; }

        double notEventRemoved() { return notEvent == 0 ? 0 : 1 - (double) notEventKept / notEvent; }

        String line() {
            return String.format(Locale.ROOT, "%d judged events: real %.3f -> %.3f of those emitted; %d of %d not-events "
                            + "removed (%.3f), %d of %d real events lost (%.3f); %d of %d emitted", events, precisionBefore(),
                    precisionAfter(), notEvent - notEventKept, notEvent, notEventRemoved(), real - realKept, real, realLost(),
                    kept, events);
        }
    }

    /** Every judged event of a corpus, coded with the veto off. */
    static List<Example> examples(Extractor extractor, Path sharedEval, String corpus, VetoLabels labels) throws IOException {
        List<Article> articles = NewsCorpus.read(sharedEval, corpus);
        List<List<Example>> per = GeoSuite.parallel(articles, a -> {
            List<Example> out = new ArrayList<>();
            for (Extractor.VetoReading r : extractor.vetoReadings(a)) {
                VetoLabels.Label l = labels.of(a.id(), r.event());
                if (l != null && l.corpus().equals(corpus)) out.add(new Example(corpus, a.id(), r.features(), l));
            }
            return out;
        });
        return per.stream().flatMap(List::stream).toList();
    }

    static LinearClassifier<String, String> fit(List<Example> examples, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) {
            List<String> f = new ArrayList<>(e.features());
            f.add(BIAS);
            data.add(new BasicDatum<>(f, e.notEvent() ? NOT_EVENT : EVENT));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }

    /** Per feature, the log-odds it adds for "no event" (bias included as its own row). */
    static Map<String, Double> logOdds(LinearClassifier<String, String> c) {
        Map<String, Counter<String>> w = c.weightsAsMapOfCounters();
        Map<String, Double> out = new java.util.HashMap<>();
        for (String f : w.get(NOT_EVENT).keySet()) out.put(f, w.get(NOT_EVENT).getCount(f) - w.get(EVENT).getCount(f));
        for (String f : w.get(EVENT).keySet()) out.putIfAbsent(f, w.get(NOT_EVENT).getCount(f) - w.get(EVENT).getCount(f));
        return out;
    }

    static double notEvent(Map<String, Double> odds, List<String> features) {
        return wirecoder.veto.EventVeto.chance(odds, odds.getOrDefault(BIAS, 0.0), features);
    }

    static Figures figures(List<Scored> set, double threshold) {
        int kept = 0, realKept = 0, real = 0, notKept = 0, not = 0;
        for (Scored s : set) {
            Example e = s.example();
            boolean keep = s.notEvent() < threshold;
            if (e.real()) real++;
            if (e.notEvent()) not++;
            if (!keep) continue;
            kept++;
            if (e.real()) realKept++;
            if (e.notEvent()) notKept++;
        }
        return new Figures(set.size(), kept, realKept, real, notKept, not);
    }

    /** Mean log-loss of the model on a set: what chooses the prior. */
    static double logLoss(List<Scored> set) {
        double sum = 0;
        for (Scored s : set) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, s.notEvent()));
            sum -= Math.log(s.example().notEvent() ? p : 1 - p);
        }
        return sum / Math.max(1, set.size());
    }

    /** The lowest threshold (steps of 0.05) that keeps the real events lost within the bound. */
    static double threshold(List<Scored> scored) {
        for (int t = 50; t <= 100; t += 5) {
            if (figures(scored, t / 100.0).realLost() <= MAX_REAL_LOST) return t / 100.0;
        }
        return 1.0;
    }

    /** Folds of the cross-validation that chooses the prior and the threshold (by article, so no article is split). */
    static final int FOLDS = 5;

    /**
     * Out-of-fold chances: each training event scored by a model fitted on the other folds' articles. They choose the
     * prior and the threshold as a held-out set would, without setting a fifth of the few labels aside.
     */
    static List<Scored> outOfFold(List<Example> train, double sigma) {
        List<Scored> out = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            final int fold = k;
            Map<String, Double> odds = logOdds(fit(train.stream().filter(e -> e.fold() != fold).toList(), sigma));
            for (Example e : train) if (e.fold() == fold) out.add(new Scored(e, notEvent(odds, e.features())));
        }
        return out;
    }

    /** An event with the chance a model gave it. */
    record Scored(Example example, double notEvent) {
    }

    /** Trains, prints the cross-validated and test figures, and writes the model file. */
    public static void train(Extractor extractor, Path sharedEval, Path out, Path dump, PrintStream log) throws IOException {
        VetoLabels labels = VetoLabels.load();
        List<Example> train = new ArrayList<>();
        for (String c : TRAIN) train.addAll(examples(extractor, sharedEval, c, labels));
        List<Example> test = examples(extractor, sharedEval, TEST, labels);
        if (dump != null) dump(dump, train, test);
        log.printf(Locale.ROOT, "veto: %d labels; %d judged events the veto reaches in %s (training, %d-fold cross-validation), "
                + "%d in %s (test)%n", labels.size(), train.size(), TRAIN, FOLDS, test.size(), TEST);
        double bestSigma = SIGMAS[0];
        double bestLoss = Double.MAX_VALUE;
        List<Scored> best = null;
        for (double sigma : SIGMAS) {
            List<Scored> oof = outOfFold(train, sigma);
            double loss = logLoss(oof);
            log.printf(Locale.ROOT, "veto: sigma %.2f: cross-validated log-loss %.4f; %s%n", sigma, loss, figures(oof, threshold(oof)).line());
            if (loss < bestLoss) {
                bestLoss = loss;
                bestSigma = sigma;
                best = oof;
            }
        }
        double threshold = threshold(best);
        Figures cv = figures(best, threshold);
        Map<String, Double> odds = logOdds(fit(train, bestSigma));
        List<Scored> scoredTest = test.stream().map(e -> new Scored(e, notEvent(odds, e.features()))).toList();
        Figures testFigures = figures(scoredTest, threshold);
        log.printf(Locale.ROOT, "veto: chosen sigma %.2f, threshold %.2f%nveto: cross-validated %s%nveto: test %s%n", bestSigma,
                threshold, cv.line(), testFigures.line());
        write(out, odds, threshold, List.of(
                String.format(Locale.ROOT, "trained by ./wirecoder train-veto on %d judged events of %s; sigma %.2f and threshold "
                        + "%.2f chosen by %d-fold cross-validation (log-loss; at most %.0f%% of real events lost)", train.size(), TRAIN,
                        bestSigma, threshold, FOLDS, MAX_REAL_LOST * 100),
                "cross-validated: " + cv.line(),
                "held-out " + TEST + ": " + testFigures.line()));
        log.println("veto: wrote " + out);
    }

    /** Every judged event as one TSV line (corpus, article, dev, verdict, features joined by spaces), for study. */
    static void dump(Path file, List<Example> train, List<Example> test) throws IOException {
        StringBuilder b = new StringBuilder("corpus\tarticle\tfold\tverdict\tfeatures\n");
        for (List<Example> set : List.of(train, test)) {
            for (Example e : set) {
                b.append(e.corpus()).append('\t').append(e.article()).append('\t').append(e.fold()).append('\t')
                        .append(e.label().verdict()).append('\t').append(String.join(" ", e.features())).append('\n');
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static void write(Path out, Map<String, Double> odds, double threshold, List<String> comments) throws IOException {
        List<Map.Entry<String, Double>> rows = new ArrayList<>(odds.entrySet());
        rows.removeIf(e -> !e.getKey().equals(BIAS) && Math.abs(e.getValue()) < 1e-3);
        rows.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())).thenComparing(Map.Entry::getKey));
        StringBuilder b = new StringBuilder();
        b.append("# The learned veto: log-odds that an emitted event is no event, per feature (wirecoder.veto.VetoFeatures).\n");
        b.append("# Generated; do not edit by hand. Rerun ./wirecoder train-veto after changing the rules or the labels.\n");
        for (String c : comments) b.append("# ").append(c).append('\n');
        b.append("feature\tweight\n");
        b.append(wirecoder.veto.EventVeto.THRESHOLD).append('\t').append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
        for (Map.Entry<String, Double> e : rows) {
            b.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }
}
