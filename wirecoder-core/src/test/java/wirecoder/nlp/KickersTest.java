package wirecoder.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class KickersTest {

    private final Kickers kickers = Kickers.load();

    @Test
    void blanksListedLabelsKeepingOffsets() {
        String text = "Security measures: On 30 April 2020, Turkey and Russia conducted a joint patrol.";
        String blanked = kickers.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals("                   On 30 April 2020, Turkey and Russia conducted a joint patrol.", blanked);
        assertEquals("          Rebels seized the town.", kickers.blank("BREAKING: Rebels seized the town."));
    }

    @Test
    void blanksAKickerAtTheStartOfALaterParagraph() {
        String text = "Headline here\n\nLooting: On 1 May 2020, a brigade seized cars.";
        assertEquals("Headline here\n\n         On 1 May 2020, a brigade seized cars.", kickers.blank(text));
    }

    @Test
    void keepsASpeakerLabelAndColonsInsideSentences() {
        String speaker = "Police chief: We will act against the gangs.";
        assertSame(speaker, kickers.blank(speaker));
        String inside = "The minister said one thing: Analysis: no.";
        assertSame(inside, kickers.blank(inside));
        String lower = "Update: ";
        assertSame(lower, kickers.blank(lower));
    }
}
