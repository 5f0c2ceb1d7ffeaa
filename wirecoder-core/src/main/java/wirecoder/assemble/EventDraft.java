package wirecoder.assemble;

import wirecoder.counts.Casualty;
import wirecoder.events.EventMention;
import wirecoder.model.ActorRef;
import wirecoder.model.Attribution;
import wirecoder.model.Factuality;
import wirecoder.model.Place;
import wirecoder.model.Size;
import wirecoder.model.TimeRef;

import java.util.ArrayList;
import java.util.List;

/** An event being assembled from one mention (and, after merging, from several). Internal to assembly. */
final class EventDraft {
    final EventMention mention;
    final int sentence;
    final List<Integer> path;
    String type;
    /** The deed's own type when a stated intention recoded it ("Israel will evacuate": AID, coded AGREE), else null. */
    String intendedType;
    String mode;
    String cameo;
    String triggerLemma;
    /** One side's part of an event the text gives counts per side for; never joined with another side's. */
    boolean sidePart;
    /** Other tellings of this event merged into it (sentence and trigger), in the order they were merged. */
    final List<wirecoder.model.Mention> mergedMentions = new ArrayList<>();
    /** Trigger lemmas of the mentions merged into this one ("operation" under "assault"). */
    final java.util.Set<String> mergedLemmas = new java.util.HashSet<>();
    /** The weapon word the event names, lemma ("grenade"), or null. */
    String weapon;
    final List<ActorRef> actors = new ArrayList<>();
    final List<ActorRef> recipients = new ArrayList<>();
    TimeRef date;
    boolean historical;
    Place location;
    Size size = Size.EMPTY;
    final List<SideCount> casualties = new ArrayList<>();

    /** A count with the side it belongs to (null when the counted noun names no actor). */
    record SideCount(Casualty casualty, ActorRef side) {
    }
    Factuality factuality = Factuality.ASSERTED;
    String factualityCue;
    Attribution attribution;
    /** The source's actor when the attribution resolves to one ("He" -> Hassan Nasrallah). */
    ActorRef sourceActor;
    int triggerStart;
    int triggerEnd;
    String triggerText;
    boolean definite;
    final List<String> explanation = new ArrayList<>();

    EventDraft(EventMention mention, int sentence, List<Integer> path) {
        this.mention = mention;
        this.sentence = sentence;
        this.path = path;
        this.type = mention.rule().type();
        this.mode = mention.rule().mode();
        this.cameo = mention.rule().cameo();
        this.triggerLemma = mention.rule().lemma();
    }

    boolean hasActor(String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name));
    }

    boolean hasRecipient(String name) {
        return recipients.stream().anyMatch(a -> a.name().equals(name));
    }
}
