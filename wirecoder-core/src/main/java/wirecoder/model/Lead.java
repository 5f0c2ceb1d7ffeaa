package wirecoder.model;

/**
 * The article's lead in 5W1H terms (as Giveme5W1H answers "who did what"): the sentence that tells the main news,
 * who it is about and what they did, whether or not a PLOVER event was coded there. {@code event}: the id of the
 * event coded in that sentence, or null. {@code rule}: which candidate won (headline or a lead sentence).
 * {@code date}: when it happened, the 5W1H "when": the time its sentence gives, else, by the news lead's convention,
 * the publication day; null for an undated article.
 */
public record Lead(int sentence, ActorRef who, Span what, String event, String rule, TimeRef date) {
}
