package wirecoder.lead;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Lead;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article's lead: who the news is about and what they did, with or without a PLOVER event. */
class LeadFinderTest {

    private static final LocalDate DAY = LocalDate.of(2016, 11, 9);

    private static Lead lead(String text) {
        ExtractionResult r = Fixtures.extract(text, DAY);
        assertNotNull(r.lead(), "no lead in: " + text);
        return r.lead();
    }

    @Test
    void aStoryWithoutAPoliticalEventStillHasItsWho() {
        Lead l = lead("Toblerone has come under fire after it increased the space between the triangles of its bars. "
                + "Fans of Toblerone were unhappy.");
        assertEquals("Toblerone", l.who().text());
        assertEquals("come", l.what().text());
    }

    @Test
    void theVictimsOfAnAccidentAreItsWho() {
        Lead l = lead("Seven killed as tram derails\n\nAt least seven people were killed when a tram derailed in Croydon. "
                + "The driver was arrested.");
        assertTrue(l.who().text().contains("seven people"), l.who().text());
        assertEquals("lead-subject", l.rule());
    }

    @Test
    void aNamedHeadlineSubjectIsResolved() {
        Lead l = lead("Hezbollah announces ceasefire with Nusra Front\n\nA ceasefire began on Thursday morning in the "
                + "mountains near Arsal, a military news service said. Hezbollah fighters had attacked Nusra positions.");
        assertEquals("Hezbollah", l.who().name());
        assertEquals("LBN", l.who().country());
        assertEquals("headline-subject", l.rule());
    }

    @Test
    void aDatelineOrAnOpeningPhraseIsNoWho() {
        Lead l = lead("U.S. offers mobile device guidelines to curb driver distraction\n\nDETROIT The U.S. Transportation Department "
                + "on Wednesday issued voluntary guidelines for makers of mobile devices. The guidelines ask manufacturers to help.");
        assertEquals("The U.S. Transportation Department", l.who().text());
        Lead steele = lead("Former spy is author of reports on Trump\n\nWASHINGTON Christopher Steele, who wrote reports on Trump, "
                + "is a former officer in Britain's Secret Intelligence Service. Steele spent years in Moscow.");
        assertEquals("Christopher Steele", steele.who().text());
    }

    @Test
    void aRelativePronounIsNoWho() {
        Lead l = lead("Which was expected, said the minister. The Lebanese army deployed troops in Arsal on Friday.");
        assertTrue(!l.who().text().equalsIgnoreCase("which"), l.who().text());
    }

    @Test
    void theLeadHasItsOwnDayOrTheDayItWasPublished() {
        Lead dated = lead("The mayor of Leeds opened a new library on Monday, officials said.");
        assertEquals("2016-11-07", dated.date().value());
        Lead undated = lead("Several people died in a fire at a block of flats, officials said.");
        assertEquals(DAY.toString(), undated.date().value());
        assertEquals("publication", undated.date().basis());
    }

    @Test
    void anUndatedHeadlineTakesTheDayTheFirstBodySentenceGives() {
        // Published on Wednesday 9 November 2016; the body says the crash was on Tuesday morning.
        Lead l = lead("Tram driver blacked out before crash, say passengers\n\nAt least seven people were killed after a tram "
                + "crashed in south London on Tuesday morning. Survivors said people went flying.");
        assertEquals("2016-11-08", l.date().value());
        // With no day in the lead paragraph, the lead's news is the publication day's.
        Lead plain = lead("Clinton blames defeat on FBI director\n\nHillary Clinton has blamed her defeat on the FBI director.");
        assertEquals("2016-11-09", plain.date().value());
    }
}
