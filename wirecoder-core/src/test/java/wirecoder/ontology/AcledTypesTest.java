package wirecoder.ontology;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ACLED's sub-event types beside PLOVER's: the table's conditions, and end to end on sentences ACLED tells apart. */
class AcledTypesTest {

    private static final AcledTypes TYPES = new AcledTypes();

    private static AcledSubEventType code(String type, String mode, String weapon, Set<String> objects, Set<String> recipientRoles) {
        return TYPES.code(new AcledTypes.Cues(type, mode, null, Set.of(), Set.of(), Set.of(), recipientRoles, weapon, objects))
                .orElse(null);
    }

    @Test
    void conditionsTellSubEventsApart() {
        assertEquals(AcledSubEventType.GRENADE, code("ASSAULT", "explosives", "grenade", Set.of(), Set.of()));
        assertEquals(AcledSubEventType.REMOTE_EXPLOSIVE, code("ASSAULT", "explosives", "ied", Set.of(), Set.of()));
        assertEquals(AcledSubEventType.DISRUPTED_WEAPONS_USE, code("COERCE", "seize", null, Set.of("firearm"), Set.of()));
        assertEquals(AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION, code("COERCE", "seize", null, Set.of("cattle"), Set.of()));
        assertEquals(AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, code("ASSAULT", "firearms", null, Set.of(), Set.of("protesters")));
        assertEquals(AcledSubEventType.PROTEST_WITH_INTERVENTION, code("COERCE", "arrest", null, Set.of(), Set.of("protesters")));
        assertEquals(AcledSubEventType.ARRESTS, code("COERCE", "arrest", null, Set.of(), Set.of("journalists")));
        assertNull(code("CONSULT", null, null, Set.of(), Set.of()), "ACLED codes no meeting");
        assertEquals("Explosions/Remote violence", AcledSubEventType.GRENADE.eventType());
    }

    private static EventRecord coded(String text, String trigger) {
        List<EventRecord> events = Fixtures.extract(text, Fixtures.THURSDAY).events();
        return Fixtures.find(events, trigger, e -> e.trigger().text().contains(trigger));
    }

    @Test
    void grenadesAndChemicalWeaponsAreTheirOwnSubEvents() {
        EventRecord grenade = coded("Militants carried out a grenade attack on a police camp in Srinagar, injuring two officers.", "attack");
        assertEquals("grenade", grenade.weapon());
        assertEquals(AcledSubEventType.GRENADE, grenade.acled());
        EventRecord gas = coded("Government forces attacked the town of Douma with poison gas on Saturday, killing 40 civilians.", "attacked");
        assertEquals("unconventional", gas.mode());
        assertEquals(AcledSubEventType.CHEMICAL_WEAPON, gas.acled());
    }

    @Test
    void weaponsSeizedOrFoundAreDisruptedWeaponsUse() {
        assertEquals(AcledSubEventType.DISRUPTED_WEAPONS_USE,
                coded("Police seized seven illegal firearms and 200 rounds of ammunition in Kingston on Sunday.", "seized").acled());
        assertEquals(AcledSubEventType.DISRUPTED_WEAPONS_USE,
                coded("Soldiers discovered an arms cache in a village near Kandahar.", "discovered").acled());
        assertEquals(AcledSubEventType.DISRUPTED_WEAPONS_USE,
                coded("An arms cache containing hand grenades has been discovered in the city of Pryluky.", "discovered").acled());
    }

    @Test
    void basesForcesAndMobs() {
        assertEquals(AcledSubEventType.HEADQUARTERS_ESTABLISHED,
                coded("Turkish forces have set up a new observation post in Idlib province.", "set").acled());
        assertEquals(AcledSubEventType.NON_VIOLENT_TERRITORY_TRANSFER,
                coded("Somali army forces withdrew from the town of Baidoa on Monday.", "withdrew").acled());
        EventRecord mob = coded("An angry mob vandalized five temples in Comilla on Sunday.", "vandalized");
        assertEquals(AcledSubEventType.MOB_VIOLENCE, mob.acled(), Fixtures.describe(List.of(mob)));
        EventRecord force = coded("Security forces opened fire on protesters in Nasiriyah, killing six people.", "opened");
        assertEquals(AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, force.acled(), Fixtures.describe(List.of(force)));
        assertTrue(force.actor().stream().anyMatch(a -> "MIL".equals(a.sector()) || "COP".equals(a.sector())));
    }

    @Test
    void suicideBombersBlowingThemselvesUpAreASuicideBombing() {
        EventRecord e = coded("Three suicide bombers blew themselves up near the police headquarters in Damascus on Wednesday.", "blew");
        assertEquals("suicide-attack", e.mode());
        assertEquals(AcledSubEventType.SUICIDE_BOMB, e.acled());
    }
}
