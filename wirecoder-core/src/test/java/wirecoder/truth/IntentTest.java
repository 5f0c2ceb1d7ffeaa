package wirecoder.truth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An actor's stated intention is coded as the statement (PLOVER): AGREE, THREATEN, REQUEST, REJECT. */
class IntentTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hezbollah vowed to retaliate against Israel and attack its bases. | THREATEN | Hezbollah | -",
            "Iran said it would release the two British soldiers. | AGREE | Iran | -",
            "Russia said on Tuesday that Sudan must release the prisoners. | REQUEST | Russia | Sudan",
            "Ukraine said it would not sign the agreement. | REJECT | Ukraine | -",
            "The rebels are ready to withdraw from the city. | AGREE | rebels | -",
    })
    void statedIntentionsAreCodedAsStatements(String sentence, String type, String actor, String recipient) {
        List<EventRecord> events = Fixtures.events(sentence);
        EventRecord e = Fixtures.find(events, type, x -> x.eventType().equals(type));
        assertEquals("asserted", e.factuality().label());
        assertTrue(Fixtures.names(e.actor()).contains(actor), Fixtures.describe(events));
        if (recipient != null) assertTrue(Fixtures.names(e.recipient()).contains(recipient), Fixtures.describe(events));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Turkey is expected to launch an offensive in Syria. | ASSAULT | future",
            "The rebels will attack the capital. | ASSAULT | future",
    })
    void eventsForetoldByOthersKeepTheirType(String sentence, String type, String factuality) {
        List<EventRecord> events = Fixtures.events(sentence);
        EventRecord e = Fixtures.find(events, type, x -> x.eventType().equals(type));
        assertEquals(factuality, e.factuality().label());
    }
}
