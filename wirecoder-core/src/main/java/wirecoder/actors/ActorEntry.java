package wirecoder.actors;

import java.util.List;

/** One row of the actor tables: a state, group, IGO, party, medium or person. */
public record ActorEntry(String name, List<String> aliases, String country, String sector, Kind kind,
                         List<String> generic, String affiliation) {

    public enum Kind { STATE, GROUP, PARTY, IGO, NGO, MEDIA, PERSON }

    public ActorEntry {
        aliases = List.copyOf(aliases);
        generic = List.copyOf(generic);
    }

    public boolean isPerson() { return kind == Kind.PERSON; }

    /** Non-person collective actors, which "it", "they" and "the group" can refer to. */
    public boolean isCollective() { return kind != Kind.PERSON; }
}
