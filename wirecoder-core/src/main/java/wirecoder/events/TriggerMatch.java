package wirecoder.events;

/** A lexicon row matched at token {@code trigger}; {@code licensor} is the support verb of a noun trigger, or -1. */
public record TriggerMatch(TriggerRule rule, int trigger, int licensor) {
}
