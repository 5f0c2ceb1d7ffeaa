package wirecoder.assemble;

import wirecoder.events.EventMention;
import wirecoder.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens that make up an event's own clause: the trigger, its support verb, and the verbs and
 * adjectives it is the complement of ("expected to be targeted", "willing to accept"). Time and place
 * modifiers attached to any of them belong to the event.
 */
final class ClausePath {

    private ClausePath() {
    }

    static List<Integer> of(Sentence s, EventMention m) {
        List<Integer> path = new ArrayList<>();
        path.add(m.trigger());
        int node = m.trigger();
        if (m.match().licensor() >= 0) {
            node = m.match().licensor();
            path.add(node);
        }
        int guard = s.size();
        while (guard-- > 0) {
            String rel = s.headRelation(node);
            int h = s.head(node);
            if (h < 0 || !rel.startsWith("xcomp")) break;
            path.add(h);
            node = h;
        }
        return path;
    }

    /** The top of the path: where the clause hangs on the rest of the sentence. */
    static int top(List<Integer> path) {
        return path.get(path.size() - 1);
    }
}
