package wirecoder.model;

/**
 * An actor as it appears in an event: {@code name} is the canonical name after resolution,
 * {@code text} the span as written (offsets into the article). {@code country} is ISO alpha-3 or an
 * IGO code; {@code sector} a PLOVER/CAMEO sector. {@code resolvedBy} says how the name was found
 * (table, role, ner, pronoun, salience) so a user can judge it.
 */
public record ActorRef(String name, String text, String country, String sector, int start, int end, String resolvedBy) {
}
