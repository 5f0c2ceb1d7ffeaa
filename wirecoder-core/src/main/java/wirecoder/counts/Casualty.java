package wirecoder.counts;

/**
 * A count of people something happened to: {@code field} is dead, injured, arrested or captured;
 * {@code noun} the token of the counted people ("fighters"), which names the side; {@code cue} the token
 * that says what happened ("killed"), or -1 when only the sentence as a whole says it.
 */
public record Casualty(String field, NumberPhrase number, int noun, int cue) {
}
