package wirecoder.io;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Article text from the markup real pages use; each case is a shape met in news sites' HTML. */
class HtmlTextTest {

    @Test
    void textInDivsSplitByBreaksBecomesParagraphs() {
        String page = "<html><body><div id=nav><a href=/>Home</a> <a href=/w>World</a> <a href=/s>Sport</a></div>"
                + "<div class=story>GOMA, Congo (AP) \u2014 Rebels attacked an army base near Goma on Monday, killing four soldiers, "
                + "officials said.<br><br>The army said it had repelled the attack.<br>Residents fled the area.</div></body></html>";
        assertEquals("GOMA, Congo (AP) \u2014 Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said."
                + "\n\nThe army said it had repelled the attack.\n\nResidents fled the area.", HtmlText.of(page).text());
    }

    @Test
    void wireCopyInPreKeepsItsParagraphsAndJoinsItsWrappedLines() {
        String page = "<html><body><pre>\nKABUL, Afghanistan (Reuters) - Police arrested five\nmen in Kabul on Monday after a bomb"
                + " attack on a\nmarket, officials said.\n\n   The men were taken to a police station.\n</pre></body></html>";
        assertEquals("KABUL, Afghanistan (Reuters) - Police arrested five men in Kabul on Monday after a bomb attack on a market, "
                + "officials said.\n\nThe men were taken to a police station.", HtmlText.of(page).text());
    }

    @Test
    void tableCellsAreParagraphs() {
        String page = "<html><body><table><tr><td>Gunmen kidnapped two aid workers near Marib on Sunday, officials said.</td>"
                + "<td>The workers were employed by a local charity.</td></tr></table></body></html>";
        assertEquals("Gunmen kidnapped two aid workers near Marib on Sunday, officials said.\n\nThe workers were employed by a local charity.",
                HtmlText.of(page).text());
    }

    @Test
    void paragraphsWrappedOneByOneBesideTheStoryAreKept() {
        // The lead in a wrapper of its own, beside the container of the rest (a shape of a British paper's pages).
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < 6; i++) rest.append("<p>Witnesses said the fire spread quickly through the market, and shops were lost.</p>");
        String page = "<html><body><div id=main><div class=firstPar><p>Emergency services were called to the market on "
                + "Monday after a fire broke out near the main entrance, officials said.</p></div><div class=body>" + rest
                + "</div></div><div class=footer-links><a href=/a>About us</a> <a href=/c>Contact</a></div></body></html>";
        String text = HtmlText.of(page).text();
        assertTrue(text.startsWith("Emergency services were called"), text);
        assertFalse(text.contains("About us"), text);
    }

    @Test
    void boilerplateAndLinkListsAreDropped() {
        String page = "<html><head><title>Site | Story</title></head><body><header>The Daily Paper</header>"
                + "<article><h1>Troops withdraw</h1><div class=share>Share</div>"
                + "<p>Troops withdrew from the town on Monday, officials said, ending a month of fighting.</p>"
                + "<!-- ad slot --><ul><li><a href=/1>Related: more troops</a></li><li><a href=/2>Weather</a></li></ul>"
                + "<p>Residents returned to their homes in the evening, a local official said.</p></article>"
                + "<footer>Copyright 2024</footer></body></html>";
        HtmlText.Page p = HtmlText.of(page);
        assertEquals("Troops withdraw", p.title());
        assertEquals("Troops withdraw\n\nTroops withdrew from the town on Monday, officials said, ending a month of fighting."
                + "\n\nResidents returned to their homes in the evening, a local official said.", p.text());
    }

    @Test
    void aPageNestedAHundredThousandDeepIsRead() {
        String page = "<html><body>" + "<div>".repeat(100_000) + "<p>Police arrested five men in Kabul on Monday, officials said.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        // A guard against a walk over every ancestor per element, which took minutes on this page.
        String text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HtmlText.of(page).text());
        assertEquals("Police arrested five men in Kabul on Monday, officials said.", text);
    }

    @Test
    void aPageWrappedWholeInAFormWithItsStoryInASpanIsRead() {
        String page = "<html><body><form action=/default.aspx><input type=hidden name=state value=x>"
                + "<div class=entry-content><span class=articleText>The council voted on Monday to close the market, officials said."
                + "<br><br>Traders protested outside the town hall after the vote, witnesses said.</span></div></form></body></html>";
        assertEquals("The council voted on Monday to close the market, officials said.\n\n"
                + "Traders protested outside the town hall after the vote, witnesses said.", HtmlText.of(page).text());
    }
}
