package wirecoder.eval;

/** hits out of total, for accuracies over the items a metric applies to. */
public final class Ratio {
    private int hits;
    private int total;

    public void add(boolean hit) {
        total++;
        if (hit) hits++;
    }

    /** Adds another ratio's hits and total. */
    public void add(Ratio other) {
        hits += other.hits;
        total += other.total;
    }

    public double value() { return total == 0 ? 0 : (double) hits / total; }

    public int total() { return total; }

    public int hits() { return hits; }
}
