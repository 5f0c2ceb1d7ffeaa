package wirecoder.model;

import java.util.List;

/**
 * One event as the event-record contract describes it (../shared/spec/event-record.md), plus
 * {@code factualityCue}, {@code explanation} (which rules fired on which tokens, for --explain) and
 * {@code depth}: how many clauses down from the sentence's main clause the trigger sits (0 = main clause),
 * which tells the main event of a sentence from the ones it embeds.
 */
public record EventRecord(String id, String eventType, String mode, List<String> context, String cameo, String quadClass,
                          List<ActorRef> actor, List<ActorRef> recipient, TimeRef date, Place location, Size size,
                          Factuality factuality, String factualityCue, Attribution attribution, Span trigger,
                          int sentence, String evidence, List<String> explanation, int depth) {
    public EventRecord {
        context = List.copyOf(context);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        explanation = List.copyOf(explanation);
    }
}
