package wirecoder.events;

import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Russia said that Sudan must return the helicopter", "the Red Cross said US forces must ensure security": a
 * reported obligation laid on someone else is a demand (CAMEO 10, PLOVER REQUEST) whatever its verb, as the GSR and
 * PETRARCH code it. This finds such clauses whose verb the trigger lexicon does not know; the assembler's intent
 * rule then makes the speaker the actor and the obliged the recipient, as for a known verb ("Y must withdraw").
 */
public final class MustClauses {

    /** Subjects that put the obligation on the speaker or on everyone, not on another party. */
    private static final Set<String> SELF = Set.of("i", "we", "one", "you", "everyone", "everybody", "it", "this", "that");

    private final Set<String> reportingVerbs;
    /** The trigger rule's source, as --explain shows it. */
    public static final String SOURCE = "must-clause";

    private final TriggerRule rule = new TriggerRule("*", "V", TriggerRule.Constraint.NONE, "REQUEST", "", "100", "any", SOURCE);

    /** @param reportingVerbs lemmas of verbs that report a statement ("say", "insist") */
    public MustClauses(Set<String> reportingVerbs) {
        this.reportingVerbs = Set.copyOf(reportingVerbs);
    }

    /** Cheap pre-parse test: the modal "must" and a reporting verb in the sentence. */
    public boolean mayHold(List<Token> tokens) {
        boolean must = false;
        boolean reported = false;
        for (Token t : tokens) {
            if (t.lower().equals("must") && t.pos().equals("MD")) must = true;
            if (t.isVerb() && reportingVerbs.contains(t.lemma().toLowerCase(Locale.ROOT))) reported = true;
        }
        return must && reported;
    }

    /** A demand at verb {@code i}: "must" + verb with its own subject, in the complement of a reporting verb. */
    public Optional<TriggerMatch> match(Sentence s, int i) {
        if (!s.token(i).isVerb() || !s.headRelation(i).equals("ccomp")) return Optional.empty();
        int head = s.head(i);
        if (head < 0 || !reportingVerbs.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        boolean must = false;
        boolean subject = false;
        for (Dependency d : s.basicChildren(i)) {
            String word = s.token(d.dependent()).lower();
            if (d.relation().equals("aux") && word.equals("must")) must = true;
            // "must have known": a guess about the past, not an obligation.
            if (d.relation().equals("aux") && (word.equals("have") || word.equals("be")) && must) return Optional.empty();
            if (d.relation().startsWith("nsubj") && !SELF.contains(word)) subject = true;
        }
        return must && subject ? Optional.of(new TriggerMatch(rule, i, -1, "support")) : Optional.empty();
    }
}
