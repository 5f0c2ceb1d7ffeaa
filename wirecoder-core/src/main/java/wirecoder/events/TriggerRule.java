package wirecoder.events;

import java.util.Set;

/**
 * One row of the trigger lexicon. {@code source} is "file:line", shown by --explain.
 *
 * @param pos        V (verb) or N (noun)
 * @param constraint what else the sentence must show (see triggers.tsv), {@link Constraint#NONE} if nothing
 * @param needs      roles that must be filled: actor, recipient, any, or empty
 */
public record TriggerRule(String lemma, String pos, Constraint constraint, String type, String mode, String cameo,
                          String needs, String source) {

    /** A condition on the trigger's context, parsed from the lexicon's constraint column. */
    public record Constraint(String kind, Set<String> values) {
        public static final Constraint NONE = new Constraint("", Set.of());

        public boolean isNone() { return kind.isEmpty(); }

        @Override
        public String toString() {
            return isNone() ? "" : kind + (values.isEmpty() ? "" : "=" + String.join("|", new java.util.TreeSet<>(values)));
        }
    }

    public String describe() {
        return source + " " + lemma + "/" + pos + (constraint.isNone() ? "" : " [" + constraint + "]") + " -> " + type
                + (mode.isEmpty() ? "" : "/" + mode) + " " + cameo;
    }
}
