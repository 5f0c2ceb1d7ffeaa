package wirecoder.eval;

import java.util.List;

/**
 * What a suite reports: its figures, a table (first row the header), a one-line summary, the speed it ran
 * at, and what limits its figures.
 */
public record SuiteResult(String suite, List<Metric> metrics, List<List<String>> table, String summary, int items,
                          double seconds, String limits) {
    public SuiteResult {
        metrics = List.copyOf(metrics);
        table = List.copyOf(table);
    }

    public double sentencesPerSecond() { return seconds == 0 ? 0 : items / seconds; }

    public Metric metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("suite " + suite + " has no metric " + key));
    }
}
