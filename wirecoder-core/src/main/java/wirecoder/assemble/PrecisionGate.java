package wirecoder.assemble;

import wirecoder.data.CountedRule;
import wirecoder.data.TsvTable;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a trigger finds that is no political event: a game or a vote won, an accident, a weather warning.
 * Each rule is a row of /lexicon/false-events.tsv with a name, a description and a hit counter.
 */
public final class PrecisionGate {

    /**
     * What the gate knows of a mention: its type and trigger lemma (lower-cased here), whether it has an actor at all
     * and one that can act on purpose, whether every actor is a company acting with companies, whether its sentence
     * names a weapon of war, and whether some side may be a political actor.
     */
    public record Mention(String type, String triggerLemma, boolean hasActor, boolean hasAgent, boolean companies, boolean weapon,
                          boolean political) {
        public Mention {
            triggerLemma = triggerLemma.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * When a rule applies beside its context: always; with no agent and no weapon named; with no actor at all; among
     * companies; or when every side is private.
     */
    enum When { ALWAYS, NO_ACTOR, NOBODY, COMPANIES, UNPOLITICAL }

    /** One rule of the gate. */
    public static final class Rule extends CountedRule {
        private final Set<String> types;
        private final Set<String> triggers;
        private final Set<String> words;
        private final List<Pattern> phrases;
        private final When when;
        private final boolean anyContext;

        Rule(String name, String description, Set<String> types, Set<String> triggers, Set<String> words, List<Pattern> phrases,
             When when) {
            super(name, description);
            this.types = types;
            this.triggers = triggers;
            this.words = words;
            this.phrases = phrases;
            this.when = when;
            this.anyContext = words.contains("*");
        }

        boolean drops(Mention m, Sentence s, String sentenceText) {
            if (!types.contains(m.type()) || !(triggers.contains("*") || triggers.contains(m.triggerLemma()))) return false;
            // A car bomb is no car crash: a weapon named keeps an event whose actor is unknown.
            if (when == When.NO_ACTOR && (m.hasAgent() || m.weapon())) return false;
            if (when == When.COMPANIES && !m.companies()) return false;
            if (when == When.NOBODY && m.hasActor()) return false;
            if (when == When.UNPOLITICAL && m.political()) return false;
            if (anyContext) return true;
            for (Token t : s.tokens()) {
                if (words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(t.lower())) return true;
            }
            for (Pattern p : phrases) if (p.matcher(sentenceText).find()) return true;
            return false;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    public PrecisionGate() {
        List<String> columns = List.of("rule", "types", "triggers", "context", "when", "description");
        for (TsvTable.Row r : TsvTable.resource("/lexicon/false-events.tsv", columns).rows()) {
            String when = r.get("when");
            if (!Set.of("", "no-actor", "nobody", "companies", "unpolitical").contains(when)) {
                throw r.fail("when must be no-actor, nobody, companies, unpolitical or empty");
            }
            Set<String> words = new java.util.HashSet<>();
            List<Pattern> phrases = new ArrayList<>();
            for (String c : r.list("context", "|")) {
                String w = c.trim().toLowerCase(Locale.ROOT);
                if (w.isEmpty()) continue;
                if (w.contains(" ")) phrases.add(Pattern.compile("(?i)\\b" + Pattern.quote(w) + "\\b"));
                else words.add(w);
            }
            if (words.isEmpty() && phrases.isEmpty()) throw r.fail("a rule needs context words");
            rules.add(new Rule(r.required("rule"), r.required("description"), Set.copyOf(r.list("types", "|")),
                    Set.copyOf(r.list("triggers", "|")), Set.copyOf(words), List.copyOf(phrases),
                    switch (when) {
                        case "no-actor" -> When.NO_ACTOR;
                        case "nobody" -> When.NOBODY;
                        case "companies" -> When.COMPANIES;
                        case "unpolitical" -> When.UNPOLITICAL;
                        default -> When.ALWAYS;
                    }));
        }
    }

    /** The first rule that drops the event, counted, or empty when it stands. */
    public Optional<Rule> check(Mention m, Sentence s, String text) {
        String sentenceText = text.substring(s.begin(), s.end());
        for (Rule r : rules) {
            if (r.drops(m, s, sentenceText)) {
                r.hit();
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public List<Rule> rules() { return List.copyOf(rules); }
}
