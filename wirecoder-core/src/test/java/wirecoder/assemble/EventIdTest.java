package wirecoder.assemble;

import org.junit.jupiter.api.Test;
import wirecoder.Extractor;
import wirecoder.Fixtures;
import wirecoder.model.Article;
import wirecoder.model.EventIds;
import wirecoder.model.EventRecord;
import wirecoder.model.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event's id is the article's id and what the event is, not where it falls in the list. */
class EventIdTest {

    private static final String TEXT = "Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said. "
            + "Police arrested 14 protesters in Aden on Tuesday. The United Nations envoy urged both sides to return to talks.";

    private static List<String> ids(Extractor x, String text) {
        return x.extract(Article.of("a1", Fixtures.THURSDAY, text)).events().stream().map(EventRecord::id).toList();
    }

    @Test
    void theSameArticleGivesTheSameIdsEveryTime() {
        List<String> first = ids(Fixtures.extractor(), TEXT);
        assertTrue(first.size() >= 3, first.toString());
        assertEquals(first, ids(Fixtures.extractor(), TEXT));
        for (String id : first) assertTrue(id.matches("a1-[0-9a-f]{10}"), id);
    }

    @Test
    void anEventKeepsItsIdWhenAnotherIsAddedAfterIt() {
        List<String> before = ids(Fixtures.extractor(), TEXT);
        List<String> after = ids(Fixtures.extractor(), TEXT + " Gunmen kidnapped two aid workers near Marib on Sunday.");
        assertEquals(before, after.subList(0, before.size()));
        assertEquals(before.size() + 1, after.size());
    }

    @Test
    void aCollisionGetsASuffixAndTypesDiffer() {
        Set<String> taken = new HashSet<>();
        Span t = new Span("attacked", 7, 15);
        String a = EventIds.of("x", "ASSAULT", t, taken);
        assertEquals(a + "-2", EventIds.of("x", "ASSAULT", t, taken));
        assertNotEquals(a, EventIds.of("x", "COERCE", t, taken));
        assertNotEquals(a, EventIds.of("y", "ASSAULT", t, new HashSet<>()));
    }
}
