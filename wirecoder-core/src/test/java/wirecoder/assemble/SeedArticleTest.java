package wirecoder.assemble;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;
import wirecoder.model.Place;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed article (../shared/seed, rows 1-8 and 10 of expected.md). Skipped where ../shared is absent.
 */
class SeedArticleTest {

    private static List<EventRecord> events;
    private static List<Place> places;

    static Path shared() {
        String p = System.getProperty("wirecoder.shared");
        if (p != null) return Path.of(p);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path s = dir.resolveSibling("shared");
            if (Files.isDirectory(s.resolve("seed"))) return s;
        }
        return null;
    }

    @BeforeAll
    static void extract() throws Exception {
        Path shared = shared();
        Assumptions.assumeTrue(shared != null, "../shared not present");
        String text = Files.readString(shared.resolve("seed/arsal-ceasefire.txt"));
        var result = Fixtures.extract(text, LocalDate.of(2017, 7, 27));
        events = result.events();
        places = result.places();
    }

    private static EventRecord find(String what, Predicate<EventRecord> p) {
        return Fixtures.find(events, what, p);
    }

    @Test
    void row1CeasefireTookEffect() {
        EventRecord e = find("ceasefire", x -> "ceasefire".equals(x.mode()));
        assertEquals("RETREAT", e.eventType());
        assertEquals("0871", e.cameo());
        assertEquals(List.of("Hezbollah"), Fixtures.names(e.actor()));
        assertEquals(List.of("Nusra Front"), Fixtures.names(e.recipient()));
        assertEquals("2017-07-27", e.date().value());
        assertEquals(Factuality.ASSERTED, e.factuality());
        assertAtArsal(e);
    }

    /** expected.md: the town in Lebanon at 34.18 N, 36.42 E, not a homonym elsewhere. */
    private static void assertAtArsal(EventRecord e) {
        assertEquals("Arsal", e.location().name());
        assertEquals("LBN", e.location().country());
        assertEquals("town", e.location().precision());
        assertEquals(34.18, e.location().lat(), 0.02);
        assertEquals(36.42, e.location().lon(), 0.02);
    }

    @Test
    void everyPlaceResolves() {
        for (Place p : places) {
            switch (p.text()) {
                case "Syria" -> assertEquals(163843L, p.geonameid());
                case "Lebanon" -> assertEquals(272103L, p.geonameid());
                case "Arsal", "Jroud Arsal" -> assertEquals("Arsal", p.name());
                default -> { }
            }
            if (!p.text().equals("Tahrir")) assertTrue(p.isResolved(), p.text() + " resolves");
        }
    }

    @Test
    void row2SafePassage() {
        EventRecord e = find("safe passage", x -> x.trigger().text().contains("passage") && x.sentence() > 0);
        assertTrue(e.eventType().equals("CONCEDE") || e.eventType().equals("AGREE"));
        assertEquals(List.of("Nusra Front"), Fixtures.names(e.actor()));
        assertEquals("2017-07-27", e.date().value());
        assertTrue(e.attribution().source().startsWith("a source familiar with"));
        assertAtArsal(e); // "passage to ... Syria" is where they go, not where the deal is made
    }

    @Test
    void row3Assault() {
        EventRecord e = find("assault", x -> x.trigger().text().contains("assault"));
        assertEquals("ASSAULT", e.eventType());
        assertTrue(e.cameo().startsWith("19"));
        assertEquals(List.of("Hezbollah"), Fixtures.names(e.actor()));
        assertEquals(List.of("Nusra Front"), Fixtures.names(e.recipient()));
        assertEquals("2017-07-21", e.date().value());
        assertEquals("a military news service run by Hezbollah", e.attribution().source());
        assertAtArsal(e);
    }

    @Test
    void row4DeadPerSide() {
        EventRecord hezbollah = find("Hezbollah dead", x -> Long.valueOf(24).equals(x.size().dead()));
        EventRecord militants = find("militant dead", x -> Long.valueOf(150).equals(x.size().dead()));
        assertEquals(List.of("Hezbollah"), Fixtures.names(hezbollah.recipient()));
        assertEquals(List.of("Nusra Front"), Fixtures.names(militants.recipient()));
        assertEquals("Security sources", hezbollah.attribution().source());
    }

    @Test
    void row5Negotiations() {
        EventRecord e = find("negotiations", x -> x.eventType().equals("CONSULT"));
        assertEquals("046", e.cameo());
        EventRecord lebanon = e;
        assertTrue(Fixtures.names(lebanon.actor()).contains("Lebanon government"));
        assertEquals("GOV", lebanon.actor().get(0).sector());
        assertEquals("LBN", lebanon.actor().get(0).country());
        assertEquals(List.of("Nusra Front"), Fixtures.names(e.recipient()));
        assertEquals("2017-07-25", e.date().value());
        assertEquals("Hassan Nasrallah", e.attribution().name());
    }

    @Test
    void row6ExpectedTargetingIsNotAsserted() {
        EventRecord e = find("targeted", x -> x.trigger().text().equals("targeted"));
        assertEquals("ASSAULT", e.eventType());
        assertNotEquals(Factuality.ASSERTED, e.factuality());
        assertEquals(List.of("Hezbollah"), Fixtures.names(e.actor()));
        assertEquals(List.of("Islamic State"), Fixtures.names(e.recipient()));
    }

    @Test
    void row7Abduction() {
        EventRecord e = find("abduction", x -> x.trigger().text().equals("abducting"));
        assertEquals("181", e.cameo());
        assertEquals(List.of("Nusra Front", "Islamic State"), Fixtures.names(e.actor()));
        assertTrue(Fixtures.names(e.recipient()).containsAll(List.of("Lebanon military", "Lebanon police")));
        assertTrue(e.date() == null || e.date().value() == null || e.date().value().length() == 4);
        assertAtArsal(e);
    }

    @Test
    void row8NineCaptured() {
        EventRecord e = find("captured", x -> Long.valueOf(9).equals(x.size().captured()));
        assertEquals("abduct", e.mode());
        assertEquals(List.of("Islamic State"), Fixtures.names(e.actor()));
        assertEquals("LBN", e.recipient().get(0).country());
        assertEquals("MIL", e.recipient().get(0).sector());
    }

    @Test
    void row10SeveredTies() {
        EventRecord e = find("severed ties", x -> x.eventType().equals("SANCTION"));
        assertEquals(List.of("Nusra Front"), Fixtures.names(e.actor()));
        assertEquals(List.of("al Qaeda"), Fixtures.names(e.recipient()));
        assertEquals("2016", e.date().value());
        assertNull(e.location(), "a past event told as background takes no place from the article");
    }
}
