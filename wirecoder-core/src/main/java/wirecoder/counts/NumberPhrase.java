package wirecoder.counts;

/**
 * A number as written, over tokens [first, last] of a sentence: {@code value} is the normalised count
 * ("two dozen" = 24, "nearly 150" = 150, "at least 12" = 12), or null for vague ones ("dozens").
 */
public record NumberPhrase(int first, int last, Long value, String text) {
}
