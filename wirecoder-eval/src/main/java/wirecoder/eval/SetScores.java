package wirecoder.eval;

import java.util.Set;

/** Precision, recall and F1 of predicted sets against gold sets, summed over items (micro-averaged). */
final class SetScores {
    private int gold;
    private int predicted;
    private int matched;

    <T> void add(Set<T> goldItems, Set<T> predictedItems) {
        gold += goldItems.size();
        predicted += predictedItems.size();
        for (T t : predictedItems) if (goldItems.contains(t)) matched++;
    }

    /** Counts already matched elsewhere (spans matched by overlap). */
    void add(int matchedItems, int predictedItems, int goldItems) {
        matched += matchedItems;
        predicted += predictedItems;
        gold += goldItems;
    }

    int gold() { return gold; }

    int predicted() { return predicted; }

    int matched() { return matched; }

    double precision() { return predicted == 0 ? 0 : (double) matched / predicted; }

    double recall() { return gold == 0 ? 0 : (double) matched / gold; }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
