package wirecoder.truth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Negated, hypothetical and future events are never asserted. */
class FactualityTest {

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Israeli jets struck Gaza on Monday. | ASSAULT | asserted",
            "The army did not attack the village. | ASSAULT | negated",
            "Police never arrested the suspects. | COERCE | negated",
            "Russia denied attacking the convoy. | ASSAULT | negated",
            "The rebels failed to capture the town. | COERCE | negated",
            "No talks were held between the two sides. | CONSULT | negated",
            "The rebels will attack the capital. | ASSAULT | future",
            "Turkey is expected to launch an offensive in Syria. | ASSAULT | future",
            "The government plans to deploy troops to the north. | MOBILIZE | future",
            "The army could attack the city. | ASSAULT | hypothetical",
            "If the talks fail, the army will attack the city. | ASSAULT | hypothetical",
            "The militants will be targeted unless they agree to withdraw. | ASSAULT | hypothetical",
            "The militants will be targeted unless they agree to withdraw. | AGREE | hypothetical",
            "The ceasefire was aimed at evacuating both rebels and civilians from Aleppo. | AID | future",
            "Police arrested no protesters on Friday. | COERCE | negated",
    })
    void marksFactuality(String sentence, String type, String factuality) {
        List<EventRecord> events = Fixtures.events(sentence);
        EventRecord e = events.stream().filter(x -> x.eventType().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + ": " + Fixtures.describe(events)));
        assertEquals(factuality, e.factuality().label(), Fixtures.describe(events));
    }
}
