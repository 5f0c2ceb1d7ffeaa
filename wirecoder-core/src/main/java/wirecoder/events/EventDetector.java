package wirecoder.events;

import wirecoder.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds event mentions in a parsed sentence: lexicon triggers and reported demands, with their role fillers. */
public final class EventDetector {

    private final TriggerLexicon lexicon;
    private final RoleRules roles;
    private final MustClauses musts;

    public EventDetector(TriggerLexicon lexicon, RoleRules roles, MustClauses musts) {
        this.lexicon = lexicon;
        this.roles = roles;
        this.musts = musts;
    }

    public List<EventMention> detect(Sentence s, TriggerLexicon.PersonTest persons) {
        List<EventMention> out = new ArrayList<>();
        if (!s.isParsed()) return out;
        for (int i = 0; i < s.size(); i++) {
            Optional<TriggerMatch> m = lexicon.match(s, i, persons);
            // A verb the hand-made lexicon does not know still makes a demand when it is what someone is told they
            // must do; a converted CAMEO verb's own meaning gives way to the demand.
            if (m.isEmpty() || m.get().rule().source().startsWith(TriggerLexicon.CONVERTED)) {
                Optional<TriggerMatch> must = musts.match(s, i);
                if (must.isPresent()) m = must;
            }
            if (m.isPresent()) out.add(new EventMention(m.get(), roles.fillers(s, m.get())));
        }
        return out;
    }
}
