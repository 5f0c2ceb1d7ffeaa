package wirecoder.events;

/**
 * A lexicon row matched at token {@code trigger}; {@code licensor} is the support verb of a noun trigger, or -1;
 * {@code licensorKind} how that verb's subject stands to the event (support-verbs.tsv: support, effect, counter, mention).
 */
public record TriggerMatch(TriggerRule rule, int trigger, int licensor, String licensorKind) {
}
