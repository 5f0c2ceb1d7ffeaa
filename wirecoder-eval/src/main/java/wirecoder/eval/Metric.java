package wirecoder.eval;

/**
 * One figure of a suite: {@code key} is stable (floors and the scorecard refer to it), {@code value} a
 * fraction in [0,1] or a number, {@code n} how many items it was computed over, {@code meaning} how.
 */
public record Metric(String key, double value, int n, String meaning) {
}
