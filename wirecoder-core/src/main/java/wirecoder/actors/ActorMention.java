package wirecoder.actors;

/**
 * A mention of a known or named actor somewhere in the article, found before events are read:
 * the basis for salience ("the militants" = the most-mentioned group they may refer to) and for
 * pronouns. {@code subject}: the mention heads a clause subject (known only in parsed sentences).
 */
public record ActorMention(ActorEntry entry, int sentence, int firstToken, int lastToken, int start, boolean subject) {
}
