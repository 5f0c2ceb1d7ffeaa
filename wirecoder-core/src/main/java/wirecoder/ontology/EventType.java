package wirecoder.ontology;

import java.util.Set;

/** One PLOVER event type with its quad class and allowed modes. */
public record EventType(String name, QuadClass quadClass, Set<String> modes, String definition) {
    public EventType {
        modes = Set.copyOf(modes);
    }
}
