package wirecoder.model;

import wirecoder.ontology.AcledSubEventType;

import java.util.List;

/**
 * One event as the event-record contract describes it (../shared/spec/event-record.md), plus
 * {@code factualityCue}, {@code explanation} (which rules fired on which tokens, for --explain) and
 * {@code depth}: how many clauses down from the sentence's main clause the trigger sits (0 = main clause),
 * which tells the main event of a sentence from the ones it embeds; {@code weapon}, the weapon word the event names
 * (lexicon/weapons.tsv), {@code acled}, ACLED's sub-event type beside PLOVER's (null where ACLED codes no event), and
 * {@code mentions}: every telling of the event in the text (its own trigger first), when sentences retell one incident.
 */
public record EventRecord(String id, String eventType, String mode, List<String> context, String cameo, String quadClass,
                          List<ActorRef> actor, List<ActorRef> recipient, TimeRef date, Place location, Size size,
                          Factuality factuality, String factualityCue, Attribution attribution, Span trigger,
                          int sentence, String evidence, List<String> explanation, int depth, String weapon,
                          AcledSubEventType acled, List<Mention> mentions) {
    public EventRecord {
        // An event is always told at least once: by its own trigger.
        mentions = mentions.isEmpty() && trigger != null ? List.of(new Mention(sentence, trigger)) : List.copyOf(mentions);
        context = List.copyOf(context);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        explanation = List.copyOf(explanation);
    }
}
