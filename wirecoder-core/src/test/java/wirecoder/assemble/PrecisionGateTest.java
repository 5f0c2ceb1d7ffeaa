package wirecoder.assemble;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a trigger finds that is no political event, end to end; and what must survive the gate. */
class PrecisionGateTest {

    private static List<EventRecord> events(String text) {
        return Fixtures.extract(text, Fixtures.THURSDAY).events();
    }

    @Test
    void aVoteOrAGameWonIsNoBlow() {
        assertTrue(events("Trump narrowly beat Clinton in Wisconsin.").isEmpty());
        assertTrue(events("Madrid beat Barcelona 3-1 in the cup final on Sunday.").isEmpty());
    }

    @Test
    void anAccidentOrADisasterHasNoAttacker() {
        assertTrue(events("Three people were killed when a truck collided with a bus on the highway near Lahore.").isEmpty());
        assertTrue(events("At least two people died and 55 others were injured in a gas explosion at a noodle restaurant.").isEmpty());
        assertTrue(events("Two strong earthquakes struck north-western Iran, leaving at least 180 people dead.").isEmpty());
    }

    @Test
    void weatherAndProductWarningsAreNoThreats() {
        assertTrue(events("The Met Office warned of cloudy weather throughout Saturday evening in London.").isEmpty());
        assertTrue(events("The Canadian Food Inspection Agency is warning people not to eat a recalled chicken product.").isEmpty());
    }

    @Test
    void aThanksgivingTurkeyIsNoPrisoner() {
        assertTrue(events("Barack Obama pardoned his last turkey as U.S. president on Wednesday.").isEmpty());
    }

    @Test
    void attacksByArmedMenAndWordsAgainstAPolicyStay() {
        EventRecord bomb = Fixtures.find(events("Gunmen killed three soldiers when they attacked a checkpoint near the crash site."),
                "attack", e -> e.eventType().equals("ASSAULT"));
        assertTrue(bomb.actor().stream().anyMatch(a -> "REB".equals(a.sector())), Fixtures.describe(List.of(bomb)));
        EventRecord words = Fixtures.find(events("Haley strongly attacked Trump's proposal on immigration."), "attacked",
                e -> e.trigger().text().equals("attacked"));
        assertEquals("ACCUSE", words.eventType());
    }

    @Test
    void aPrizeWonIsNoCapture() {
        assertTrue(events("She also captured four medals at the world championships.").isEmpty());
    }
}
