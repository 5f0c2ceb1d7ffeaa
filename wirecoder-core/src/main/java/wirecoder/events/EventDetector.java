package wirecoder.events;

import wirecoder.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds event mentions in a parsed sentence: lexicon triggers with their role fillers. */
public final class EventDetector {

    private final TriggerLexicon lexicon;
    private final RoleRules roles;

    public EventDetector(TriggerLexicon lexicon, RoleRules roles) {
        this.lexicon = lexicon;
        this.roles = roles;
    }

    public List<EventMention> detect(Sentence s, TriggerLexicon.PersonTest persons) {
        List<EventMention> out = new ArrayList<>();
        if (!s.isParsed()) return out;
        for (int i = 0; i < s.size(); i++) {
            Optional<TriggerMatch> m = lexicon.match(s, i, persons);
            if (m.isPresent()) out.add(new EventMention(m.get(), roles.fillers(s, m.get())));
        }
        return out;
    }
}
