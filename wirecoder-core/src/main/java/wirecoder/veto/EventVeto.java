package wirecoder.veto;

import wirecoder.data.CountedRule;
import wirecoder.data.DataFileException;
import wirecoder.data.TsvTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learned check after the rules: a logistic model over {@link VetoFeatures} that gives the chance an emitted event
 * is no event at all (sport, commerce, a misread word), trained on events judged by hand (tools and figures:
 * {@code ./wirecoder train-veto}, docs/precision-sample.md). It only removes: rules find events and say why, the
 * model vetoes those whose chance of being no event reaches the threshold, and {@code set_aside} names it with the
 * chance and the features that weighed most.
 * <p>
 * Its reach is the asserted cooperative and verbal events ({@link #reaches}): there general news is full of companies
 * that agree, families that meet and shops that offer. Material conflict (protests, assaults, arrests) is left to the
 * rules' word-sense gate: trained on general news, a model learns that civilians' acts are seldom events, which is
 * wrong for the protests and attacks ACLED's users count. Denied, planned and possible events are the factuality
 * stage's: "no talks were held" is a record users want, and judges disagree on such records.
 */
public final class EventVeto extends CountedRule {

    /** Rows of the model file that are no feature: the intercept and the chance at which the veto drops an event. */
    static final String FILE = "/veto/event-veto.tsv";
    public static final String BIAS = "(bias)";
    public static final String THRESHOLD = "(threshold)";

    /** The veto's verdict on one event: the chance it is no event, and the features that pushed it most that way. */
    public record Verdict(double notEvent, boolean vetoed, List<String> reasons) {
        /** How set_aside names it: "learned-veto p=0.91 (lemma=capture, obj=medal)". */
        public String rule() {
            return String.format(java.util.Locale.ROOT, "learned-veto p=%.2f (%s)", notEvent, String.join(", ", reasons));
        }
    }

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    EventVeto(Map<String, Double> weights, double bias, double threshold) {
        super("learned-veto", "a logistic model over the event's fields and words judges it no event");
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The bundled model, /veto/event-veto.tsv (columns feature, weight; the bias and threshold rows are required). */
    public static EventVeto load() {
        TsvTable t = TsvTable.resource(FILE, List.of("feature", "weight"));
        Map<String, Double> w = new HashMap<>();
        Double bias = null;
        Double threshold = null;
        for (TsvTable.Row r : t.rows()) {
            String f = r.required("feature");
            Double v = r.decimal("weight");
            if (v == null || v.isNaN() || v.isInfinite()) throw r.fail("weight must be a finite number");
            if (f.equals(BIAS)) bias = v;
            else if (f.equals(THRESHOLD)) threshold = v;
            else if (w.put(f, v) != null) throw r.fail("feature listed twice: " + f);
        }
        if (bias == null || threshold == null) {
            throw new DataFileException(FILE, 0, "needs a " + BIAS + " row and a " + THRESHOLD + " row");
        }
        if (!(threshold > 0 && threshold <= 1)) throw new DataFileException(FILE, 0, "threshold must be in (0, 1]");
        return new EventVeto(w, bias, threshold);
    }

    /** PLOVER's quad classes the veto judges: all but material conflict. */
    static final java.util.Set<String> REACH = java.util.Set.of("verbal_cooperation", "material_cooperation", "verbal_conflict");

    /** Whether the veto judges an event: asserted, and of a quad class in its reach. */
    public static boolean reaches(wirecoder.model.EventRecord e) {
        return e.factuality() == wirecoder.model.Factuality.ASSERTED && REACH.contains(e.quadClass());
    }

    /** The chance that an event with these features is no event. */
    public double notEvent(List<String> features) {
        return chance(weights, bias, features);
    }

    /** The logistic of the bias and the weights of the features that fire: what the model file's numbers mean. */
    public static double chance(Map<String, Double> weights, double bias, List<String> features) {
        double z = bias;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** The verdict on one event; the caller counts it ({@link #hit()}) when it acts on it. */
    public Verdict judge(List<String> features) {
        double p = notEvent(features);
        boolean vetoed = p >= threshold;
        List<String> top = new ArrayList<>(features.stream().filter(f -> weights.getOrDefault(f, 0.0) > 0).toList());
        top.sort(Comparator.comparingDouble((String f) -> -weights.get(f)));
        return new Verdict(p, vetoed, List.copyOf(top.subList(0, Math.min(3, top.size()))));
    }

    public double threshold() { return threshold; }

    public int size() { return weights.size(); }
}
