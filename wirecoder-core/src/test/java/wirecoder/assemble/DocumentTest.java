package wirecoder.assemble;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Factuality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed article's behaviours on other wording: a fixture article written for this test
 * (fixtures/saada-truce.txt), published on Wednesday 2024-05-15.
 */
class DocumentTest {

    private static List<EventRecord> events;

    @BeforeAll
    static void extract() throws IOException {
        String text;
        try (InputStream in = DocumentTest.class.getResourceAsStream("/fixtures/saada-truce.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ExtractionResult r = Fixtures.extract(text, LocalDate.of(2024, 5, 15));
        events = r.events();
        assertTrue(r.errors().isEmpty());
    }

    private static EventRecord find(String what, Predicate<EventRecord> p) {
        return Fixtures.find(events, what, p);
    }

    @Test
    void truceTookEffectBetweenTheTwoSidesToday() {
        EventRecord e = find("truce", x -> "ceasefire".equals(x.mode()));
        assertEquals("RETREAT", e.eventType());
        assertEquals("0871", e.cameo());
        assertEquals(List.of("Saudi Arabia"), Fixtures.names(e.actor()));
        assertEquals(List.of("Houthis"), Fixtures.names(e.recipient()));
        assertEquals("2024-05-13", e.date().value());
        assertEquals(Factuality.ASSERTED, e.factuality());
        assertNull(e.attribution());
        // the second mention ("The truce began") is the same event, not a new record
        assertEquals(1, events.stream().filter(x -> "ceasefire".equals(x.mode())).count(), Fixtures.describe(events));
    }

    @Test
    void safePassageIsAConcessionAttributedToTheSource() {
        EventRecord e = find("safe passage", x -> x.trigger().text().contains("accept"));
        // "ready to accept": a concession, coded as the stated intention (AGREE) under PLOVER's convention
        assertTrue(e.eventType().equals("CONCEDE") || e.eventType().equals("AGREE"), e.eventType());
        assertEquals(List.of("Houthis"), Fixtures.names(e.actor()));
        assertEquals("2024-05-15", e.date().value());
        assertEquals("an official familiar with the Omani-brokered talks", e.attribution().source());
    }

    @Test
    void offensiveOnSaturdayReportedByTheNewsAgency() {
        EventRecord e = find("offensive", x -> x.trigger().text().contains("offensive"));
        assertEquals("ASSAULT", e.eventType());
        assertEquals(List.of("Saudi Arabia"), Fixtures.names(e.actor()));
        assertEquals(List.of("Houthis"), Fixtures.names(e.recipient()));
        assertEquals("2024-05-11", e.date().value());
        assertEquals("a military news agency run by the Saudi government", e.attribution().source());
        // "Saada" is the GeoNames town Sa'dah, Yemen, by an alternate spelling.
        assertEquals("Saada", e.location().text());
        assertEquals(71334L, e.location().geonameid());
        assertEquals("YEM", e.location().country());
        assertEquals("town", e.location().precision());
    }

    @Test
    void deadCountedPerSide() {
        EventRecord saudi = find("Saudi dead", x -> x.size().dead() != null && Fixtures.names(x.recipient()).contains("Saudi Arabia military"));
        EventRecord rebels = find("rebel dead", x -> x.size().dead() != null && Fixtures.names(x.recipient()).contains("Houthis"));
        assertEquals(36L, saudi.size().dead());
        assertEquals(200L, rebels.size().dead());
        assertEquals("Military sources", saudi.attribution().source());
    }

    @Test
    void negotiationsOnFridayAttributedToTheMinister() {
        EventRecord e = find("negotiations", x -> x.eventType().equals("CONSULT"));
        assertEquals("046", e.cameo());
        assertEquals(List.of("Saudi Arabia government"), Fixtures.names(e.actor()));
        assertEquals(List.of("Houthis"), Fixtures.names(e.recipient()));
        assertEquals("2024-05-10", e.date().value());
        assertEquals("Khalid bin Salman", e.attribution().name());
    }

    @Test
    void expectedAttackUnlessTheyWithdrawIsNeverAsserted() {
        EventRecord e = find("expected attack", x -> x.trigger().text().equals("targeted"));
        assertEquals("ASSAULT", e.eventType());
        assertTrue(e.factuality() == Factuality.FUTURE || e.factuality() == Factuality.HYPOTHETICAL);
        assertEquals(List.of("al Qaeda"), Fixtures.names(e.recipient()));
        assertEquals(List.of("Saudi Arabia"), Fixtures.names(e.actor()));
        assertTrue(events.stream().filter(x -> x.sentence() == e.sentence()).allMatch(x -> x.factuality() != Factuality.ASSERTED));
    }

    @Test
    void historicalAbductionKeepsNoPublicationDate() {
        EventRecord e = find("abduction", x -> x.trigger().text().equals("abducting"));
        assertEquals("181", e.cameo());
        assertTrue(Fixtures.names(e.actor()).containsAll(List.of("Houthis", "al Qaeda")), Fixtures.describe(events));
        assertTrue(Fixtures.names(e.recipient()).contains("Saudi Arabia military"), Fixtures.describe(events));
        assertNotNull(e.date());
        assertEquals("2015", e.date().value());
    }

    @Test
    void captivesStillHeld() {
        EventRecord e = find("captives", x -> x.size().captured() != null && x.size().captured() == 7L);
        assertEquals("ASSAULT", e.eventType());
        assertEquals("abduct", e.mode());
        assertEquals(List.of("al Qaeda"), Fixtures.names(e.actor()));
        assertEquals(List.of("Saudi Arabia military"), Fixtures.names(e.recipient()));
        assertTrue(e.date() == null || e.date().value() == null, "a time 'at that time' never becomes the publication date");
    }

    @Test
    void severedTiesInAGivenYear() {
        EventRecord e = find("severed ties", x -> x.eventType().equals("SANCTION"));
        assertEquals(List.of("Houthis"), Fixtures.names(e.actor()));
        assertEquals("2017", e.date().value());
        assertEquals("year", e.date().precision());
    }
}
