package wirecoder.assemble;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long sentences of wire copy are coded; what cannot be parsed is named in the errors. */
class LongSentenceTest {

    static final String WIRE = "Houthi rebels attacked army positions in the Nihm district east of Sanaa on Saturday, killing at "
            + "least 12 soldiers and wounding 30 others, while the Saudi-led coalition said its aircraft struck rebel weapons "
            + "depots and command centres in Saada province in response, and the United Nations envoy for Yemen, who arrived "
            + "in the capital on Friday for talks with both parties on a prisoner exchange and the reopening of the airport, "
            + "urged both sides to exercise maximum restraint and return to negotiations without preconditions as soon as possible.";

    @Test
    void aNinetySixTokenSentenceCodesTheAttackAndTheStrikes() {
        ExtractionResult r = Fixtures.extract(WIRE, Fixtures.THURSDAY);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        List<EventRecord> e = r.events();
        EventRecord attack = Fixtures.find(e, "the attack", x -> x.trigger().text().equals("attacked"));
        assertEquals(12L, attack.size().dead());
        assertEquals(30L, attack.size().injured());
        // The aircraft belongs to the coalition's clause, not to the rebels' attack.
        assertNull(attack.weapon(), Fixtures.describe(e));
        EventRecord strikes = Fixtures.find(e, "the strikes", x -> x.trigger().text().equals("struck"));
        assertEquals("ASSAULT", strikes.eventType());
        assertEquals("aerial", strikes.mode());
    }

    @Test
    void aSentenceLongerThanTheParsersReachIsCutAtClausesAndCoded() {
        StringBuilder b = new StringBuilder(WIRE.substring(0, WIRE.length() - 1));
        for (int i = 0; i < 6; i++) {
            b.append(", and police arrested 14 protesters in Aden after clashes near the port")
                    .append(", while gunmen kidnapped two aid workers on the road to Marib");
        }
        ExtractionResult r = Fixtures.extract(b.append('.').toString(), Fixtures.THURSDAY);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertTrue(r.sentences() > 1, "cut into pieces");
        assertTrue(r.events().stream().anyMatch(x -> x.eventType().equals("COERCE") && Long.valueOf(14).equals(x.size().arrested())),
                Fixtures.describe(r.events()));
        assertTrue(r.events().stream().anyMatch(x -> x.trigger().text().equals("kidnapped")), Fixtures.describe(r.events()));
    }

    @Test
    void aStretchWithNoClauseBoundaryIsNamedInTheErrorsAndTheRestIsCoded() {
        String run = "Gunmen attacked the village " + "alpha ".repeat(300).trim() + ". Police arrested five men in Kabul on Monday.";
        ExtractionResult r = Fixtures.extract(run, Fixtures.THURSDAY);
        assertTrue(r.errors().stream().anyMatch(x -> x.code() == wirecoder.model.ErrorCode.SENTENCE_NOT_PARSED && x.message().startsWith("sentence 0 ")
                && !x.fatal()), r.errors().toString());
        assertTrue(r.events().stream().anyMatch(x -> x.eventType().equals("COERCE")), Fixtures.describe(r.events()));
    }
}
