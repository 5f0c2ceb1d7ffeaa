package wirecoder.veto;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.Article;
import wirecoder.model.ExtractionResult;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learned veto: its arithmetic, its reach, the bundled model, and what it drops end to end. */
class EventVetoTest {

    @Test
    void theChanceIsTheLogisticOfTheWeightsThatFire() {
        EventVeto v = new EventVeto(Map.of("lemma=offer", 2.0, "actor-sector=GOV", -3.0, "word=gym", 0.5), -1.0, 0.6);
        assertEquals(1 / (1 + Math.exp(-1.0)), v.notEvent(List.of("lemma=offer", "unknown=feature")), 1e-12);
        EventVeto.Verdict shop = v.judge(List.of("lemma=offer", "word=gym"));
        assertTrue(shop.vetoed());
        // The reasons are the features that pushed towards "no event", strongest first.
        assertEquals(List.of("lemma=offer", "word=gym"), shop.reasons());
        assertTrue(shop.rule().startsWith("learned-veto p=0.82 (lemma=offer, word=gym)"), shop.rule());
        assertFalse(v.judge(List.of("lemma=offer", "actor-sector=GOV")).vetoed());
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EventVeto(Map.of(), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EventVeto(Map.of(), 0, 1.5));
    }

    @Test
    void materialConflictAndWhatDidNotHappenAreLeftToTheRules() {
        assertFalse(EventVeto.reaches(Fixtures.only("Police arrested 12 protesters in the capital on Monday.")));
        assertTrue(EventVeto.reaches(Fixtures.find(Fixtures.events("The European Union called on Iran to release the detained aid worker."),
                "request", e -> e.eventType().equals("REQUEST"))));
        // A meeting that did not take place is a record the factuality stage owns.
        assertFalse(EventVeto.reaches(Fixtures.only("No talks were held between the two sides.")));
    }

    @Test
    void theBundledModelLoads() {
        EventVeto v = EventVeto.load();
        assertTrue(v.size() > 100, "features: " + v.size());
        assertTrue(v.threshold() > 0.5 && v.threshold() < 1, "threshold " + v.threshold());
    }

    private static ExtractionResult extract(String text) {
        return Fixtures.extract(text, Fixtures.THURSDAY);
    }

    @Test
    void privateAndCommercialAgreementsAreSetAsideWithTheVetosReasons() {
        for (String text : List.of("The library agreed to host the book club every second Tuesday, the volunteers said.",
                "The company agreed to provide free parking to shoppers during the holidays.")) {
            ExtractionResult r = extract(text);
            assertTrue(r.events().isEmpty(), text + ": " + Fixtures.describe(r.events()));
            assertEquals(1, r.setAside().size(), text);
            assertTrue(r.setAside().get(0).rule().startsWith("learned-veto p="), r.setAside().get(0).rule());
        }
    }

    @Test
    void politicalActsAndProtestsStay() {
        assertEquals("CONSULT", Fixtures.only("Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Moscow on Tuesday.")
                .eventType());
        // Civilians protesting: material conflict, which the veto does not judge.
        ExtractionResult interns = extract("Medical interns protested in Haifa on Saturday, demanding shorter shifts.");
        assertEquals("PROTEST", interns.events().get(0).eventType());
        assertTrue(interns.setAside().isEmpty());
    }

    @Test
    void withTheVetoOffTheRulesEventsAreAllEmittedAndReadable() {
        var extractor = new wirecoder.Extractor(wirecoder.Extractor.Config.defaults().withLearnedVeto(false));
        Article a = Article.of("t", Fixtures.THURSDAY, "The company agreed to provide free parking to shoppers during the holidays.");
        assertEquals("AGREE", extractor.extract(a).events().get(0).eventType());
        var readings = extractor.vetoReadings(a);
        assertEquals(1, readings.size());
        assertTrue(readings.get(0).features().contains("lemma=agree"), readings.get(0).features().toString());
        assertEquals(null, readings.get(0).verdict());
        assertTrue(extractor.veto().isEmpty());
    }
}
