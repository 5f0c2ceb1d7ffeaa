package wirecoder.truth;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reported speech names its source. */
class AttributionTest {

    @Test
    void subjectOfAReportingVerb() {
        EventRecord e = Fixtures.only("Medical sources said Israeli aircraft bombed a house in Rafah.");
        assertEquals("Medical sources", e.attribution().source());
        assertEquals("said", e.attribution().verb());
    }

    @Test
    void accordingTo() {
        EventRecord e = Fixtures.only("Gunmen kidnapped a priest in Kaduna, according to a local official familiar with the case.");
        assertEquals("a local official familiar with the case", e.attribution().source());
        assertEquals("according to", e.attribution().verb());
    }

    @Test
    void sentenceFinalReportingVerbWithItsSource() {
        EventRecord e = Fixtures.only("Troops shelled the town on Friday, a monitoring group based in London reported.");
        assertEquals("a monitoring group based in London", e.attribution().source());
        assertEquals("reported", e.attribution().verb());
    }

    @Test
    void aPronounSourceIsResolved() {
        EventRecord e = Fixtures.events("Hamas leader Ismail Haniyeh spoke on Tuesday. He said Israeli troops had raided the camp.")
                .stream().filter(x -> x.eventType().equals("ASSAULT")).findFirst().orElseThrow();
        assertEquals("Ismail Haniyeh", e.attribution().source());
        assertEquals("Ismail Haniyeh", e.attribution().name());
    }

    @Test
    void aStatementOfFactHasNoSource() {
        assertNull(Fixtures.only("Israeli aircraft bombed a house in Rafah.").attribution());
    }
}
