package wirecoder.assemble;

import wirecoder.model.ActorRef;
import wirecoder.model.Sentence;
import wirecoder.model.Size;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns drafts into one record per real event: a verbal event absorbs the event it is about ("agreed
 * to withdraw" is one AGREE); two mentions of one event in a sentence become one ("holding nine soldiers
 * captured"); counts for different sides split an event per side; a definite noun repeating an earlier
 * event ("The ceasefire began") joins it; an event with no actor takes the actor of the operation it
 * belongs to ("targeted in the next phase of the operation").
 */
final class EventMerger {

    private static final Set<String> VERBAL = Set.of("AGREE", "REQUEST", "REJECT", "THREATEN", "CONCEDE", "ACCUSE", "SUPPORT");

    private EventMerger() {
    }

    /** Within one sentence: absorption, then duplicate merging, then the split by side. */
    static List<EventDraft> sentence(List<EventDraft> drafts, Sentence s) {
        List<EventDraft> kept = new ArrayList<>();
        for (EventDraft b : drafts) {
            EventDraft absorber = null;
            for (EventDraft a : drafts) {
                // "called for a ceasefire": a noun licensed by the verb is the same event, merged below, not its content.
                if (a != b && VERBAL.contains(a.type) && (b.path.contains(a.mention.trigger()) || infinitiveOf(s, b, a))
                        && b.mention.match().licensor() != a.mention.trigger()) absorber = a;
            }
            if (absorber == null) {
                kept.add(b);
            } else {
                absorber.explanation.add("absorbed '" + b.triggerText + "' (" + b.type + ") as the content of '"
                        + absorber.triggerText + "'");
            }
        }
        List<EventDraft> merged = new ArrayList<>();
        for (EventDraft d : kept) {
            EventDraft into = null;
            for (EventDraft m : merged) if (sameEvent(m, d, s)) into = m;
            if (into == null) merged.add(d);
            else absorb(into, d, "same sentence");
        }
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : merged) out.addAll(splitBySide(d));
        return out;
    }

    /** "called on both sides to agree": an infinitive clause the parser hangs on the verbal event as an adverbial. */
    private static boolean infinitiveOf(Sentence s, EventDraft b, EventDraft a) {
        int top = ClausePath.top(b.path);
        if (s.head(top) != a.mention.trigger() || !s.headRelation(top).startsWith("advcl")) return false;
        return s.basicChildren(top).stream().anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).lower().equals("to"));
    }

    /** Across sentences, in text order: definite anaphora and actor inheritance from the operation. */
    static List<EventDraft> document(List<EventDraft> drafts, List<Sentence> sentences) {
        drafts = headlineIntoBody(drafts, sentences);
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft earlier = null;
            if (d.definite) {
                for (EventDraft e : out) {
                    if (e.sentence < d.sentence && e.triggerLemma.equals(d.triggerLemma) && e.type.equals(d.type)
                            && e.factuality == d.factuality && compatible(e.actors, d.actors)) earlier = e;
                }
            }
            if (earlier != null) {
                absorb(earlier, d, "definite repeat in sentence " + d.sentence);
                continue;
            }
            if (d.actors.isEmpty()) inheritOperationActor(d, out, sentences.get(d.sentence));
            out.add(d);
        }
        return out;
    }

    /**
     * A headline (a first sentence without final punctuation) announces an event the body then tells: each
     * headline event joins the first body event of the same type with compatible sides, and keeps its own
     * record only when the body does not tell it.
     */
    private static List<EventDraft> headlineIntoBody(List<EventDraft> drafts, List<Sentence> sentences) {
        if (sentences.isEmpty() || !sentences.get(0).isHeadline()) return drafts;
        List<EventDraft> out = new ArrayList<>();
        List<EventDraft> headline = new ArrayList<>();
        for (EventDraft d : drafts) {
            if (d.sentence == 0) headline.add(d);
            else out.add(d);
        }
        for (EventDraft h : headline) {
            EventDraft body = null;
            for (EventDraft d : out) {
                if (d.type.equals(h.type) && compatible(d.actors, h.actors) && compatible(d.recipients, h.recipients)) {
                    body = d;
                    break;
                }
            }
            if (body == null) {
                out.add(0, h);
            } else {
                body.explanation.add("also told by the headline: '" + h.triggerText + "'");
            }
        }
        out.sort(java.util.Comparator.comparingInt((EventDraft d) -> d.sentence).thenComparingInt(d -> d.triggerStart));
        return out;
    }


    private static void inheritOperationActor(EventDraft d, List<EventDraft> earlier, Sentence s) {
        for (int node : d.path) {
            for (var dep : s.children(node)) {
                if (!dep.relation().startsWith("obl")) continue;
                for (int k : s.subtree(dep.dependent())) {
                    String lemma = s.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
                    for (int e = earlier.size() - 1; e >= 0; e--) {
                        EventDraft op = earlier.get(e);
                        if (op.triggerLemma.equals(lemma) && !op.actors.isEmpty() && k != d.mention.trigger()) {
                            for (ActorRef a : op.actors) if (!d.hasRecipient(a.name())) d.actors.add(a);
                            d.explanation.add("actor from the earlier '" + op.triggerText + "' (sentence " + op.sentence
                                    + ") this event is part of");
                            return;
                        }
                    }
                }
            }
        }
    }

    private static boolean sameEvent(EventDraft a, EventDraft b, Sentence s) {
        if (!a.type.equals(b.type) || a.factuality != b.factuality) return false;
        if (!a.mode.isEmpty() && !b.mode.isEmpty() && !a.mode.equals(b.mode)) return false;
        if (!compatible(a.actors, b.actors) || !compatible(a.recipients, b.recipients)) return false;
        // Two clauses joined by "and" may tell two events: merge only mentions that are linked by syntax or share a side.
        boolean linked = s.dominates(a.mention.trigger(), b.mention.trigger()) || s.dominates(b.mention.trigger(), a.mention.trigger())
                || a.path.contains(b.mention.trigger()) || b.path.contains(a.mention.trigger());
        return linked || sharesNamed(a.actors, b.actors) || sharesNamed(a.recipients, b.recipients);
    }

    private static boolean sharesNamed(List<ActorRef> x, List<ActorRef> y) {
        for (ActorRef a : x) for (ActorRef b : y) if (a.name().equals(b.name())) return true;
        return false;
    }

    private static boolean compatible(List<ActorRef> x, List<ActorRef> y) {
        if (x.isEmpty() || y.isEmpty()) return true;
        for (ActorRef a : x) for (ActorRef b : y) if (a.name().equals(b.name())) return true;
        return false;
    }

    private static void absorb(EventDraft into, EventDraft d, String why) {
        if (into.weapon == null) into.weapon = d.weapon;
        if (into.mode.isEmpty() && !d.mode.isEmpty()) {
            into.mode = d.mode;
            into.cameo = d.cameo;
        }
        for (ActorRef a : d.actors) if (!into.hasActor(a.name()) && !into.hasRecipient(a.name())) into.actors.add(a);
        for (ActorRef a : d.recipients) if (!into.hasActor(a.name()) && !into.hasRecipient(a.name())) into.recipients.add(a);
        if (into.date == null || into.date.value() == null && d.date != null && d.date.value() != null) {
            if (d.date != null) {
                into.date = d.date;
                into.historical = d.historical;
            }
        }
        if (into.location == null) into.location = d.location;
        // A later sentence's source reports that mention, not the earlier one.
        if (into.attribution == null && into.sentence == d.sentence) into.attribution = d.attribution;
        into.casualties.addAll(d.casualties);
        into.explanation.add("merged '" + d.triggerText + "' (" + why + ")");
        for (String e : d.explanation) into.explanation.add("  " + e);
    }

    /** Counts for two or more sides ("24 Hezbollah fighters ... and 150 militants") make one record per side. */
    private static List<EventDraft> splitBySide(EventDraft d) {
        Map<String, List<EventDraft.SideCount>> bySide = new LinkedHashMap<>();
        List<EventDraft.SideCount> unnamed = new ArrayList<>();
        for (EventDraft.SideCount sc : d.casualties) {
            if (sc.side() == null) unnamed.add(sc);
            else bySide.computeIfAbsent(sc.side().name(), k -> new ArrayList<>()).add(sc);
        }
        // "killing 15 soldiers and wounding 20": a count naming no one belongs with the side before it.
        if (!bySide.isEmpty()) bySide.values().iterator().next().addAll(unnamed);
        if (bySide.size() <= 1) {
            d.size = size(d.casualties);
            return List.of(d);
        }
        List<EventDraft> out = new ArrayList<>();
        for (Map.Entry<String, List<EventDraft.SideCount>> e : bySide.entrySet()) {
            EventDraft part = copy(d);
            ActorRef side = e.getValue().get(0).side();
            part.recipients.clear();
            if (side != null) {
                part.actors.removeIf(a -> a.name().equals(side.name()));
                part.recipients.add(side);
            }
            part.casualties.clear();
            part.casualties.addAll(e.getValue());
            part.size = size(e.getValue());
            part.explanation.add("split by side: " + (side == null ? "unknown side" : side.name()));
            out.add(part);
        }
        return out;
    }

    private static EventDraft copy(EventDraft d) {
        EventDraft c = new EventDraft(d.mention, d.sentence, d.path);
        c.type = d.type;
        c.mode = d.mode;
        c.cameo = d.cameo;
        c.triggerLemma = d.triggerLemma;
        c.weapon = d.weapon;
        c.actors.addAll(d.actors);
        c.recipients.addAll(d.recipients);
        c.date = d.date;
        c.historical = d.historical;
        c.location = d.location;
        c.factuality = d.factuality;
        c.factualityCue = d.factualityCue;
        c.attribution = d.attribution;
        c.triggerStart = d.triggerStart;
        c.triggerEnd = d.triggerEnd;
        c.triggerText = d.triggerText;
        c.definite = d.definite;
        c.explanation.addAll(d.explanation);
        return c;
    }

    /** One side's counts: each field once, the larger figure where a toll is repeated. */
    private static Size size(List<EventDraft.SideCount> counts) {
        Size s = Size.EMPTY;
        for (EventDraft.SideCount sc : counts) {
            var c = sc.casualty();
            Size one = Size.EMPTY.with(c.field(), c.number().value(), c.number().text());
            s = s.merge(one);
        }
        return s;
    }
}
