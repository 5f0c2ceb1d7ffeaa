package wirecoder.truth;

import wirecoder.data.TsvTable;
import wirecoder.model.Factuality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PLOVER codes what an actor says it will do as the saying (/truth/intent.tsv): a committed future act of
 * cooperation is AGREE, of conflict THREATEN; "Y must ..." is a REQUEST; "X would not ..." a REJECT.
 */
public final class IntentRecoder {

    /** The new coding: type, mode (may be empty), CAMEO, and which of the four rules gave it. */
    public record Recoding(String type, String mode, String cameo, Rule rule) {
    }

    /** Which rule recoded the event; REQUEST moves the actor to the recipient and the speaker to the actor. */
    public enum Rule { INTENT, REQUEST, REJECT }

    private record Intent(String type, String mode, String cameo) {
    }

    private final Map<String, Intent> intents = new HashMap<>();

    public IntentRecoder() {
        for (TsvTable.Row r : TsvTable.resource("/truth/intent.tsv", List.of("type", "intent", "mode", "cameo")).rows()) {
            intents.put(r.required("type"), new Intent(r.required("intent"), r.get("mode"), r.required("cameo")));
        }
    }

    /**
     * @param selfStatement the event is told in a statement by its own actor ("Israel said it will ...")
     */
    public Optional<Recoding> recode(String type, FactualityMarker.Verdict v, boolean selfStatement) {
        if (v.factuality() == Factuality.ASSERTED) return Optional.empty();
        if (v.has("must")) return Optional.of(new Recoding("REQUEST", "", "100", Rule.REQUEST));
        boolean committed = v.has("yes") || (selfStatement && v.has("self"));
        if (!committed) return Optional.empty();
        if (v.cues().stream().anyMatch(c -> c.factuality() == Factuality.NEGATED)) {
            return Optional.of(new Recoding("REJECT", "", "120", Rule.REJECT));
        }
        Intent i = intents.get(type);
        return i == null ? Optional.empty() : Optional.of(new Recoding(i.type(), i.mode(), i.cameo(), Rule.INTENT));
    }
}
