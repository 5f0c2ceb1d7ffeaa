package wirecoder.ontology;

import wirecoder.data.TsvTable;
import wirecoder.model.ActorRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ACLED's event and sub-event types beside PLOVER's ({@code /ontology/acled.tsv}): the first row whose conditions an
 * event meets gives its sub-event type. The conditions are what the PLOVER record alone does not say but ACLED
 * tells apart: the weapon ("a grenade attack"), the trigger's object ("seized firearms", "set up an observation
 * post") and who acted or was hit ("a mob", "protesters"). Events ACLED does not code (statements, meetings) get none.
 */
public final class AcledTypes {

    /** What an event offers to the table's conditions; roles are the last word of an actor's name ("protesters"). */
    public record Cues(String type, String mode, String cameo, Set<String> actorSectors, Set<String> recipientSectors,
                       Set<String> actorRoles, Set<String> recipientRoles, String weapon, Set<String> objects) {

        /** The cues of an event's sides: their sectors and the last word of their names. */
        public static Cues of(String type, String mode, String cameo, List<ActorRef> actors, List<ActorRef> recipients,
                              String weapon, Set<String> objects) {
            return new Cues(type, mode, cameo, sectors(actors), sectors(recipients), roles(actors), roles(recipients), weapon, objects);
        }

        private static Set<String> sectors(List<ActorRef> actors) {
            Set<String> out = new HashSet<>();
            for (ActorRef a : actors) if (a.sector() != null) out.add(a.sector());
            return out;
        }

        /** "Iraq protesters" is protesters. */
        private static Set<String> roles(List<ActorRef> actors) {
            Set<String> out = new HashSet<>();
            for (ActorRef a : actors) out.add(a.name().substring(a.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
            return out;
        }
    }

    private record Row(String type, Set<String> modes, Set<String> actorSectors, Set<String> recipientSectors, String cameo,
                       Set<String> weapons, Set<String> objects, Set<String> actorRoles, Set<String> recipientRoles,
                       AcledSubEventType subEventType) {

        boolean holds(Cues c) {
            return type.equals(c.type())
                    && (modes.isEmpty() || modes.contains(c.mode() == null ? "" : c.mode()))
                    && meets(actorSectors, c.actorSectors()) && meets(recipientSectors, c.recipientSectors())
                    && (cameo.isEmpty() || c.cameo() != null && c.cameo().startsWith(cameo))
                    && (weapons.isEmpty() || c.weapon() != null && (weapons.contains("*") || weapons.contains(c.weapon())))
                    && meets(objects, c.objects())
                    && meets(actorRoles, c.actorRoles()) && meets(recipientRoles, c.recipientRoles());
        }

        private static boolean meets(Set<String> wanted, Set<String> has) {
            return wanted.isEmpty() || has.stream().anyMatch(wanted::contains);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public AcledTypes() {
        List<String> cols = List.of("plover_type", "mode", "actor_sector", "recipient_sector", "cameo", "weapon", "object",
                "actor_role", "recipient_role", "acled_sub_event_type");
        for (TsvTable.Row r : TsvTable.resource("/ontology/acled.tsv", cols).rows()) {
            String type = r.required("plover_type");
            if (!Ontology.PLOVER_TYPES.contains(type)) throw r.fail("not a PLOVER type: " + type);
            String label = r.required("acled_sub_event_type");
            AcledSubEventType sub = AcledSubEventType.ofLabel(label)
                    .orElseThrow(() -> r.fail("not an ACLED sub-event type: " + label));
            rows.add(new Row(type, set(r, "mode"), set(r, "actor_sector"), set(r, "recipient_sector"), r.get("cameo"),
                    set(r, "weapon"), set(r, "object"), set(r, "actor_role"), set(r, "recipient_role"), sub));
        }
    }

    private static Set<String> set(TsvTable.Row r, String column) {
        List<String> values = r.list(column, "|");
        return values.equals(List.of("*")) && !column.equals("weapon") ? Set.of() : Set.copyOf(values);
    }

    /** The ACLED sub-event type of an event, if ACLED would code it. */
    public Optional<AcledSubEventType> code(Cues cues) {
        return rows.stream().filter(r -> r.holds(cues)).map(Row::subEventType).findFirst();
    }
}
