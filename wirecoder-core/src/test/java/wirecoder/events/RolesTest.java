package wirecoder.events;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actor and recipient from syntax: voice, prepositions, coordination, apposition. */
class RolesTest {

    @Test
    void passiveAgentActsOnTheSubject() {
        EventRecord e = Fixtures.only("Three Afghan soldiers were killed by Taliban fighters on Monday.");
        assertEquals(List.of("Taliban"), Fixtures.names(e.actor()));
        assertEquals(List.of("Afghanistan military"), Fixtures.names(e.recipient()));
    }

    @Test
    void betweenGivesBothSides() {
        EventRecord e = Fixtures.only("Talks between Armenia and Azerbaijan resumed in Washington.");
        assertEquals(List.of("Armenia"), Fixtures.names(e.actor()));
        assertEquals(List.of("Azerbaijan"), Fixtures.names(e.recipient()));
    }

    @Test
    void againstGivesTheRecipientOfANominalEvent() {
        EventRecord e = Fixtures.only("The Taliban launched an offensive against Pakistani troops.");
        assertEquals(List.of("Taliban"), Fixtures.names(e.actor()));
        assertEquals(List.of("Pakistan military"), Fixtures.names(e.recipient()));
    }

    @Test
    void coordinatedSubjectsAreSeveralActors() {
        EventRecord e = Fixtures.only("Israel and Egypt signed a security agreement.");
        assertEquals(List.of("Israel", "Egypt"), Fixtures.names(e.actor()));
    }

    @Test
    void appositionDoesNotHideTheActor() {
        List<EventRecord> events = Fixtures.events("Hamas, the Islamist group that runs Gaza, fired rockets at Israel.");
        EventRecord e = events.stream().filter(x -> x.eventType().equals("ASSAULT")).findFirst().orElseThrow();
        assertEquals(List.of("Hamas"), Fixtures.names(e.actor()));
        assertTrue(Fixtures.names(e.recipient()).contains("Israel"), Fixtures.describe(events));
    }

    @Test
    void aParticipleTakesTheSubjectOfItsClause() {
        List<EventRecord> events = Fixtures.events("Boko Haram stormed the village, abducting 40 women.");
        EventRecord abduct = events.stream().filter(x -> "abduct".equals(x.mode())).findFirst()
                .orElseThrow(() -> new AssertionError(Fixtures.describe(events)));
        assertEquals(List.of("Boko Haram"), Fixtures.names(abduct.actor()));
        assertEquals(40L, abduct.size().captured());
    }

    @Test
    void oneEventMentionedTwiceInASentenceIsOneRecord() {
        List<EventRecord> events = Fixtures.events("The Houthis are still holding twelve Saudi soldiers captured in 2019.");
        List<EventRecord> abductions = events.stream().filter(x -> "abduct".equals(x.mode())).toList();
        assertEquals(1, abductions.size(), Fixtures.describe(events));
        assertEquals(12L, abductions.get(0).size().captured());
        assertEquals(List.of("Houthis"), Fixtures.names(abductions.get(0).actor()));
    }

    @Test
    void aRequestAbsorbsWhatItAsksFor() {
        List<EventRecord> events = Fixtures.events("The United States called on both sides to agree to a truce.");
        assertEquals(1, events.size(), Fixtures.describe(events));
        assertEquals("REQUEST", events.get(0).eventType());
    }

    @Test
    void aGenericWordRefersToTheGroupTheArticleIsAbout() {
        List<EventRecord> events = Fixtures.events("Al-Shabaab claimed the bombing in Mogadishu. "
                + "Somali troops later clashed with the militants near the port.");
        EventRecord clash = events.stream().filter(x -> x.trigger().text().contains("clash")).findFirst()
                .orElseThrow(() -> new AssertionError(Fixtures.describe(events)));
        assertEquals(List.of("al-Shabaab"), Fixtures.names(clash.recipient()));
    }
}
