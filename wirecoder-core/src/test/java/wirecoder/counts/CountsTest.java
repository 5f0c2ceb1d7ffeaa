package wirecoder.counts;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts attach to the event and the side they belong to. */
class CountsTest {

    @Test
    void deadAndInjuredOfOneAttack() {
        EventRecord e = Fixtures.only("A suicide bomber killed at least 17 worshippers and wounded 40 at a mosque in Kabul.");
        assertEquals(17L, e.size().dead());
        assertEquals(40L, e.size().injured());
        assertEquals("suicide-attack", e.mode());
    }

    @Test
    void countsForTwoSidesMakeTwoRecords() {
        List<EventRecord> events = Fixtures.events("Officials say nearly three dozen Iraqi soldiers have been killed, "
                + "and some 200 Islamic State fighters.");
        assertEquals(2, events.size(), Fixtures.describe(events));
        EventRecord soldiers = events.stream().filter(e -> Fixtures.names(e.recipient()).contains("Iraq military")).findFirst().orElseThrow();
        EventRecord is = events.stream().filter(e -> Fixtures.names(e.recipient()).contains("Islamic State")).findFirst().orElseThrow();
        assertEquals(36L, soldiers.size().dead());
        assertEquals(200L, is.size().dead());
    }

    @Test
    void vagueCountsKeepTheirWordsWithoutANumber() {
        EventRecord e = Fixtures.only("Police arrested dozens of protesters in Tbilisi.");
        assertNull(e.size().arrested());
        assertEquals("dozens", e.size().text().get("arrested"));
    }

    @Test
    void capturedCountsGoToCaptured() {
        EventRecord e = Fixtures.only("Rebels captured 14 soldiers near Goma.");
        assertEquals(14L, e.size().captured());
        assertTrue(e.size().dead() == null);
    }

    @Test
    void agesAddressesAndWeaponNamesAreNoCounts() {
        assertEquals(2L, Fixtures.only("Police arrested two teenagers aged 15 and 17 on Friday.").size().arrested());
        assertNull(Fixtures.only("Police also arrested Vernon Adkins, 40, of McKee.").size().arrested());
        assertNull(Fixtures.only("A man was injured in a stabbing in the 200 block of Froom Crescent, police said.").size().injured());
        assertNull(Fixtures.only("Police arrested a man carrying an AK-47 rifle near the mosque.").size().arrested());
    }

    @Test
    void numbersOfThingsAreNoCounts() {
        assertNull(Fixtures.only("Police seized 10,000 rounds of ammunition in a raid on the farm.").size().captured());
        assertEquals(12L, Fixtures.only("Police arrested 12 people and seized 3 vehicles.").size().arrested());
    }
}
