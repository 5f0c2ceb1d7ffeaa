package wirecoder.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies names,
 * with enhanced++ subtypes such as {@code obl:against} or {@code nmod:between}).
 * {@code governor} is -1 for the root.
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: {@code obl:on} gives {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype, usually the preposition: {@code obl:on} gives {@code on}; empty when none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
