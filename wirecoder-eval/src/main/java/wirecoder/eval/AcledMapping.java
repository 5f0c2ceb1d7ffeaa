package wirecoder.eval;

import wirecoder.data.TsvTable;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;
import wirecoder.ontology.AcledSubEventType;
import wirecoder.ontology.Ontology;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event's ACLED coding as the suites score it: the sub-event type extract gives (its {@code acled} field), with
 * its CASE 2021 label, and for diplomacy and statements, which ACLED does not code, "Strategic developments" with the
 * CASE label DIPLO (/eval/acled-case.tsv). Also picks the event of a text that ACLED would code.
 */
public final class AcledMapping {

    /** One ACLED coding. */
    public record Acled(String eventType, String subEventType, String caseLabel, int priority) {
    }

    private final Map<AcledSubEventType, Acled> bySubEvent = new HashMap<>();
    private final Map<String, Acled> byPloverType = new HashMap<>();

    public AcledMapping() {
        List<String> cols = List.of("acled_sub_event_type", "plover_type", "case_label", "priority");
        for (TsvTable.Row r : TsvTable.resource("/eval/acled-case.tsv", cols).rows()) {
            int priority;
            try {
                priority = Integer.parseInt(r.required("priority"));
            } catch (NumberFormatException e) {
                throw r.fail("priority must be a number");
            }
            if (!r.get("acled_sub_event_type").isEmpty()) {
                AcledSubEventType sub = AcledSubEventType.ofLabel(r.get("acled_sub_event_type"))
                        .orElseThrow(() -> r.fail("not an ACLED sub-event type: " + r.get("acled_sub_event_type")));
                bySubEvent.put(sub, new Acled(sub.eventType(), sub.label(), r.required("case_label"), priority));
            } else {
                String type = r.required("plover_type");
                if (!Ontology.PLOVER_TYPES.contains(type)) throw r.fail("not a PLOVER type: " + type);
                byPloverType.put(type, new Acled("Strategic developments", "Other", r.required("case_label"), priority));
            }
        }
        for (AcledSubEventType t : AcledSubEventType.values()) {
            if (!bySubEvent.containsKey(t)) throw new IllegalStateException("/eval/acled-case.tsv lacks " + t.label());
        }
    }

    public Optional<Acled> map(EventRecord e) {
        if (e.acled() != null) return Optional.of(bySubEvent.get(e.acled()));
        return Optional.ofNullable(byPloverType.get(e.eventType()));
    }

    /**
     * The event ACLED would code from a text: asserted before other, the main clause's before an embedded one's
     * ("families who say their children were kidnapped held a sit-in" is a protest), then by priority (violence
     * before protest before strategic developments), then one whose mode says how (an IED, an airstrike) before a
     * bare killing, then the main clause, then text order.
     */
    public Optional<EventRecord> codedEvent(List<EventRecord> events) {
        return events.stream().filter(e -> map(e).isPresent()).min(Comparator
                .comparingInt((EventRecord e) -> e.factuality() == Factuality.ASSERTED ? 0 : 1)
                .thenComparingInt(e -> e.depth() == 0 ? 0 : 1)
                .thenComparingInt(e -> map(e).orElseThrow().priority())
                .thenComparingInt(e -> e.mode() == null ? 1 : 0)
                .thenComparingInt(EventRecord::depth)
                .thenComparingInt(EventRecord::sentence)
                .thenComparingInt(e -> e.trigger().start()));
    }
}
