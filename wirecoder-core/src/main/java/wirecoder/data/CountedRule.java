package wirecoder.data;

/**
 * A named heuristic rule with a description and a count of the times it has decided since start-up, as CLAVIN's
 * passes are: actor resolution rules, the precision gate's rules, the rules that keep a number from being a count.
 * `extract --stats` prints them.
 */
public interface CountedRule {

    String name();

    String description();

    /** How often the rule has decided since start-up. */
    long hits();
}
