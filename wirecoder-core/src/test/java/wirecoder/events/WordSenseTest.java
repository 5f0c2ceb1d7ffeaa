package wirecoder.events;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trigger words whose other senses are no event: the month March, a driver's yield, a baby held, an award picked up. */
class WordSenseTest {

    private static List<EventRecord> events(String text) {
        return Fixtures.events(text);
    }

    private static boolean none(List<EventRecord> events, String type) {
        return events.stream().noneMatch(e -> e.eventType().equals(type));
    }

    @Test
    void theMonthIsNoMarch() {
        assertTrue(none(events("He was killed March 22 while on patrol in Helmand province."), "PROTEST"));
        assertTrue(none(events("The council met in March to discuss the budget."), "PROTEST"));
        assertEquals("PROTEST", Fixtures.find(events("Thousands of teachers joined a march to the capitol on Monday."), "march",
                e -> e.eventType().equals("PROTEST")).eventType());
    }

    @Test
    void aDriverWhoFailsToYieldConcedesNothing() {
        assertTrue(none(events("The driver failed to yield to a pedestrian at the intersection."), "CONCEDE"));
        assertEquals("CONCEDE", Fixtures.find(events("The government yielded to pressure from the unions on Friday."), "yielded",
                e -> e.eventType().equals("CONCEDE")).eventType());
    }

    @Test
    void holdingIsCaptivityOnlyWhenCaptorsHoldPeople() {
        assertTrue(none(events("The father was holding his newborn daughter in the photo."), "ASSAULT"));
        assertEquals("abduct", Fixtures.find(events("The gunmen held the engineers for three weeks."), "held",
                e -> e.eventType().equals("ASSAULT")).mode());
        // Held in jail or on bond: a detention, not a kidnapping.
        EventRecord jail = Fixtures.find(events("The suspect was held in jail on Monday."), "held", e -> e.trigger().text().equals("held"));
        assertEquals("COERCE", jail.eventType());
        assertEquals("arrest", jail.mode());
    }

    @Test
    void anAwardPickedUpIsNoArrest() {
        assertTrue(none(events("The mayor picked up an award for the city's recycling programme."), "COERCE"));
        assertEquals("COERCE", Fixtures.find(events("Police picked up three suspects in Lagos on Tuesday."), "picked",
                e -> e.eventType().equals("COERCE")).eventType());
    }
}
