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
            EventDraft incident = sameIncident(d, out, sentences.get(d.sentence));
            if (incident != null) {
                // The mention that says more (its own day, a source) stands for the incident.
                boolean richer = detail(d) > detail(incident);
                EventDraft keep = richer ? d : incident;
                EventDraft gone = richer ? incident : d;
                absorb(keep, gone, "the same incident, told in sentence " + gone.sentence);
                keep.size = size(keep.casualties);
                if (richer) out.set(out.indexOf(incident), d);
                continue;
            }
            out.add(d);
        }
        return out;
    }

    /** Violence, arrests, charges, verdicts and resignations: the kinds of event a news story retells sentence after sentence. */
    private static boolean incidentKind(EventDraft d) {
        return d.type.equals("ASSAULT") || d.type.equals("COERCE") && "arrest".equals(d.mode)
                || d.type.equals("ACCUSE") && CHARGES.contains(d.triggerLemma)
                || d.type.equals("SANCTION") && VERDICTS.contains(d.triggerLemma)
                || d.type.equals("RETREAT") && "resign".equals(d.triggerLemma);
    }

    /** Criminal charges, which a crime story repeats: "was charged with", "faces charges", "accused of". */
    private static final Set<String> CHARGES = Set.of("charge", "indict", "accuse");

    /** A court's verdict and sentence, which a crime story repeats: "was sentenced to", "was convicted of". */
    private static final Set<String> VERDICTS = Set.of("sentence", "convict", "jail", "imprison");

    /** A side the text does not name, only describes ("a man", "civilians"): the same as any named later. */
    private static boolean vague(ActorRef a) {
        return a.resolvedBy().startsWith("role") && (a.sector() == null || a.sector().equals("CVL"));
    }

    /** The sides the text names or identifies, without the ones it only describes. */
    private static List<ActorRef> identified(List<ActorRef> actors) {
        return actors.stream().filter(a -> !vague(a)).toList();
    }

    /** Mentions that report a toll, not a new act: "three others were wounded", "25 people are dead". */
    private static final Set<String> TOLL = Set.of("kill", "wound", "injure", "die", "dead", "hurt", "injured", "wounded", "casualty");

    /** How many sentences after the lead incident a mention of its kind may still retell it with nothing else shared. */
    private static final int LEAD_RETELLING = 6;

    /** Words that tell a mention is of another incident than the ones before it. */
    private static final Set<String> ANOTHER = Set.of("separate", "another", "second", "third", "earlier", "previous",
            "similar", "last", "also", "meanwhile", "elsewhere", "later", "week", "weeks", "month", "months", "ago");

    /**
     * One record per incident: a later mention of violence or an arrest joins an earlier one of the same kind when
     * nothing tells them apart (sides, day, place, "in a separate attack") and it is a toll of the earlier one, or
     * the earlier one is the story's lead incident, or both name the same person. News tells one incident in a
     * lead, then again with details and the victim's side.
     */
    private static EventDraft sameIncident(EventDraft d, List<EventDraft> earlier, Sentence s) {
        if (!incidentKind(d) || d.factuality != wirecoder.model.Factuality.ASSERTED || d.historical) return null;
        for (int i = 0; i < s.size(); i++) if (ANOTHER.contains(s.token(i).lower())) return null;
        EventDraft lead = null;
        for (EventDraft e : earlier) {
            if (e.type.equals(d.type) && incidentKind(e) && e.factuality == wirecoder.model.Factuality.ASSERTED) {
                lead = e;
                break;
            }
        }
        // The attacker's own death ("before he was killed") is the response to the attack, not its toll.
        boolean toll = TOLL.contains(d.triggerLemma) && d.recipients.stream().noneMatch(a -> a.name().matches(".*\\b(attackers|gunmen)$"));
        for (int k = earlier.size() - 1; k >= 0; k--) {
            EventDraft e = earlier.get(k);
            // Within a sentence the sentence stage has decided ("opened fire ..., killing one": two records).
            if (e.sentence == d.sentence || !e.type.equals(d.type) || !incidentKind(e) || e.factuality != d.factuality || e.historical) continue;
            // A toll no one is named for may count other victims of the same act ("three other people were wounded").
            List<ActorRef> eActors = identified(e.actors), dActors = identified(d.actors);
            boolean victims = compatible(identified(e.recipients), identified(d.recipients))
                    || toll && dActors.isEmpty() && !d.sidePart && !e.sidePart;
            if (d.sidePart && e.sidePart) continue;
            if (!compatible(eActors, dActors) || !victims || crossed(e, d)) continue;
            if (!sameDay(e.date == null || e.date.value() == null ? (lead == null ? null : lead.date) : e.date, d.date)
                    || !samePlace(e, d)) continue;
            // A long story (riots, a war's day) tells many incidents: the lead's own retelling comes early.
            boolean leadRetold = e == lead && d.sentence - e.sentence <= LEAD_RETELLING;
            if (toll || leadRetold || onlyOfItsWord(e, d, earlier) || sharesNamed(e.actors, d.actors) && named(d.actors) || sharesNamed(e.recipients, d.recipients) && named(d.recipients)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The article's only earlier event of the same type told with the same word ("charged", "arrested"): a crime story
     * that tells one arrest in its lead and again at its end, with the charges, tells the same arrest.
     */
    private static boolean onlyOfItsWord(EventDraft e, EventDraft d, List<EventDraft> earlier) {
        if (!e.triggerLemma.equals(d.triggerLemma) || TOLL.contains(d.triggerLemma)) return false;
        int same = 0;
        for (EventDraft x : earlier) if (x.type.equals(d.type) && x.triggerLemma.equals(d.triggerLemma)) same++;
        return same == 1;
    }

    /** How much a mention tells of its incident: a day of its own, a source, named sides. */
    private static int detail(EventDraft d) {
        int n = 0;
        if (d.date != null && d.date.value() != null && "text".equals(d.date.basis())) n += 2;
        if (d.attribution != null) n++;
        if (named(d.actors)) n++;
        if (named(d.recipients)) n++;
        return n;
    }

    /** The victim of one mention acting in the other: two acts, as a shooting and the police shooting back. */
    private static boolean crossed(EventDraft a, EventDraft b) {
        return sharesNamed(identified(a.actors), identified(b.recipients)) || sharesNamed(identified(a.recipients), identified(b.actors))
                // "a gunman opened fire on police" and "police shot the attacker": the sides' sectors swap.
                || sharesSector(a.actors, b.recipients) && sharesSector(a.recipients, b.actors);
    }

    private static boolean sharesSector(List<ActorRef> x, List<ActorRef> y) {
        for (ActorRef a : x) for (ActorRef b : y) if (a.sector() != null && a.sector().equals(b.sector())) return true;
        return false;
    }

    private static boolean named(List<ActorRef> actors) {
        return actors.stream().anyMatch(a -> !a.resolvedBy().startsWith("role"));
    }

    /** Two days the text gives, or a mention's own day against the lead's when the earlier mention has none. */
    private static boolean sameDay(wirecoder.model.TimeRef a, wirecoder.model.TimeRef b) {
        if (a == null || b == null || a.value() == null || b.value() == null) return true;
        if ("publication".equals(a.basis()) || "publication".equals(b.basis())) return true;
        return a.value().equals(b.value());
    }

    private static boolean samePlace(EventDraft a, EventDraft b) {
        if (a.location == null || b.location == null) return true;
        if (a.location.name().equals(b.location.name())) return true;
        // A town and the province it lies in are one place at different precision; two towns are two places.
        boolean aTown = a.location.precision().equals("town"), bTown = b.location.precision().equals("town");
        if (aTown && bTown) return false;
        return a.location.admin1() == null || b.location.admin1() == null || a.location.admin1().equals(b.location.admin1());
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
                        if ((op.triggerLemma.equals(lemma) || op.mergedLemmas.contains(lemma)) && !op.actors.isEmpty()
                                && k != d.mention.trigger()) {
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
        into.mergedLemmas.add(d.triggerLemma);
        into.mergedLemmas.addAll(d.mergedLemmas);
        if (d.sentence != into.sentence || d.triggerStart != into.triggerStart) {
            into.mergedMentions.add(new wirecoder.model.Mention(d.sentence, new wirecoder.model.Span(d.triggerText, d.triggerStart, d.triggerEnd)));
        }
        into.mergedMentions.addAll(d.mergedMentions);
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
            part.sidePart = true;
            out.add(part);
        }
        return out;
    }

    private static EventDraft copy(EventDraft d) {
        EventDraft c = new EventDraft(d.mention, d.sentence, d.path);
        c.mergedMentions.addAll(d.mergedMentions);
        c.mergedLemmas.addAll(d.mergedLemmas);
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
