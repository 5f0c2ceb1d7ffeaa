package wirecoder.events;

import java.util.List;

/** A trigger in a parsed sentence with the phrase heads that fill its roles, before actors are resolved. */
public record EventMention(TriggerMatch match, List<RoleFiller> roles) {
    public EventMention {
        roles = List.copyOf(roles);
    }

    public int trigger() { return match.trigger(); }

    public TriggerRule rule() { return match.rule(); }
}
