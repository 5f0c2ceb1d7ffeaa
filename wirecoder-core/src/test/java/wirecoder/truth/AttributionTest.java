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

    @Test
    void aContrastingClauseReportsOnlyItself() {
        // "while the coalition said ..." reports the coalition's strikes, not the rebels' attack beside it; a
        // conjoined clause with its own subject is not reported either.
        java.util.List<EventRecord> events = Fixtures.events("Houthi rebels attacked army positions east of Sanaa on Saturday, "
                + "while the Saudi-led coalition said its aircraft struck rebel weapons depots in Saada province, "
                + "and the United Nations envoy urged both sides to return to talks.");
        EventRecord attack = Fixtures.find(events, "the attack", e -> e.trigger().text().equals("attacked"));
        assertNull(attack.attribution(), Fixtures.describe(events));
        EventRecord strike = Fixtures.find(events, "the strikes", e -> e.trigger().text().equals("struck"));
        assertEquals("the Saudi-led coalition", strike.attribution().source());
        EventRecord urge = Fixtures.find(events, "the appeal", e -> e.trigger().text().equals("urged"));
        assertNull(urge.attribution(), Fixtures.describe(events));
    }

    @Test
    void asOfficialsSaidReportsTheClauseItHangsOn() {
        EventRecord e = Fixtures.only("Gunmen kidnapped two aid workers near Marib on Sunday, as officials said.");
        assertEquals("officials", e.attribution().source());
    }
}
