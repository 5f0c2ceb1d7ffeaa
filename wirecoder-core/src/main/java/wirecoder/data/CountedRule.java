package wirecoder.data;

import java.util.concurrent.atomic.LongAdder;

/**
 * A named heuristic rule with a description and a count of the times it has decided since start-up, as CLAVIN's
 * passes are: actor resolution rules, the precision gate's rules, the rules that keep a number from being a count.
 * `extract --stats` prints them. Safe to count from several threads.
 */
public abstract class CountedRule {

    private final String name;
    private final String description;
    private final LongAdder hits = new LongAdder();

    protected CountedRule(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public final String name() { return name; }

    public final String description() { return description; }

    /** How often the rule has decided since start-up. */
    public final long hits() { return hits.sum(); }

    /** Counts one decision. */
    public final void hit() { hits.increment(); }
}
