package wirecoder.eval;

import wirecoder.data.TsvTable;
import wirecoder.model.ActorRef;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;
import wirecoder.ontology.Ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * PLOVER events in ACLED's terms (/eval/acled-mapping.tsv): event type, sub-event type, and the CASE 2021
 * label of the sub-event type. Also picks the event of a text that ACLED would code.
 */
public final class AcledMapping {

    /** One ACLED coding. */
    public record Acled(String eventType, String subEventType, String caseLabel, int priority) {
    }

    private record Row(String type, String mode, String actorSector, String recipientSector, String cameo, Acled acled) {
    }

    private final List<Row> rows = new ArrayList<>();

    public AcledMapping() {
        List<String> cols = List.of("plover_type", "mode", "actor_sector", "recipient_sector", "cameo", "acled_event_type",
                "acled_sub_event_type", "case_label", "priority");
        for (TsvTable.Row r : TsvTable.resource("/eval/acled-mapping.tsv", cols).rows()) {
            String type = r.required("plover_type");
            if (!Ontology.PLOVER_TYPES.contains(type)) throw r.fail("not a PLOVER type: " + type);
            int priority;
            try {
                priority = Integer.parseInt(r.required("priority"));
            } catch (NumberFormatException e) {
                throw r.fail("priority must be a number");
            }
            rows.add(new Row(type, r.get("mode"), r.get("actor_sector"), r.get("recipient_sector"), r.get("cameo"),
                    new Acled(r.required("acled_event_type"), r.required("acled_sub_event_type"), r.required("case_label"), priority)));
        }
    }

    public Optional<Acled> map(EventRecord e) {
        for (Row r : rows) {
            if (!r.type.equals(e.eventType())) continue;
            if (!r.mode.isEmpty() && !r.mode.equals("*") && !r.mode.equals(e.mode())) continue;
            if (!sectorHolds(r.actorSector, e.actor()) || !sectorHolds(r.recipientSector, e.recipient())) continue;
            if (!r.cameo.isEmpty() && (e.cameo() == null || !e.cameo().startsWith(r.cameo))) continue;
            return Optional.of(r.acled);
        }
        return Optional.empty();
    }

    private static boolean sectorHolds(String sector, List<ActorRef> actors) {
        if (sector.isEmpty() || sector.equals("*")) return true;
        return actors.stream().anyMatch(a -> sector.equals(a.sector()));
    }

    /**
     * The event ACLED would code from a text: asserted before other, the main clause's before an embedded one's
     * ("families who say their children were kidnapped held a sit-in" is a protest), then by the mapping's priority (violence
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
