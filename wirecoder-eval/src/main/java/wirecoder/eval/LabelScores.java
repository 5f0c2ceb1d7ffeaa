package wirecoder.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Precision, recall and F1 per label from single-label decisions (gold label, predicted label; either may
 * be null for "none"), and their macro average over the labels that occur in the gold data.
 */
public final class LabelScores {

    /** Counts for one label. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int support() { return tp + fn; }
    }

    private final Map<String, Counts> byLabel = new TreeMap<>();
    private final Set<String> goldLabels = new TreeSet<>();
    private int items;
    private int correct;

    public void add(String gold, String predicted) {
        items++;
        if (gold != null) goldLabels.add(gold);
        if (gold != null && gold.equals(predicted)) {
            counts(gold).tp++;
            correct++;
            return;
        }
        if (gold != null) counts(gold).fn++;
        if (predicted != null) counts(predicted).fp++;
        if (gold == null && predicted == null) correct++;
    }

    private Counts counts(String label) {
        return byLabel.computeIfAbsent(label, k -> new Counts());
    }

    public Counts get(String label) {
        return byLabel.getOrDefault(label, new Counts());
    }

    public Set<String> goldLabels() { return goldLabels; }

    /** Mean F1 over the labels present in the gold data (a label never predicted scores 0). */
    public double macroF1() {
        if (goldLabels.isEmpty()) return 0;
        double sum = 0;
        for (String l : goldLabels) sum += get(l).f1();
        return sum / goldLabels.size();
    }

    /** A table of precision, recall and F1 for {@code labels} (first row the header). */
    public java.util.List<java.util.List<String>> table(String labelHeader, Iterable<String> labels) {
        java.util.List<java.util.List<String>> t = new java.util.ArrayList<>();
        t.add(java.util.List.of(labelHeader, "gold", "precision", "recall", "F1"));
        for (String l : labels) {
            Counts c = get(l);
            t.add(java.util.List.of(l, Integer.toString(c.support()), f(c.precision()), f(c.recall()), f(c.f1())));
        }
        return t;
    }

    static String f(double v) { return String.format("%.3f", v); }

    public double accuracy() { return items == 0 ? 0 : (double) correct / items; }

    public int items() { return items; }
}
