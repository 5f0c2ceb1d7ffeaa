package wirecoder.model;

/** One telling of an event in the text: its sentence and trigger. An incident told several times has several. */
public record Mention(int sentence, Span trigger) {
}
