package wirecoder.places;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Place;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Places end to end on sentences written for the purpose: NER, cue words, the GeoNames index, the event's own place. */
class PlacesTest {

    static Place place(ExtractionResult r, String text) {
        return r.places().stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no place '" + text + "' among " + r.places()));
    }

    @Test
    void datelineGivesTheCityItsCountryAndIsNotTheEventPlace() {
        ExtractionResult r = Fixtures.extract("TRIPOLI, Lebanon (Reuters) - Gunmen attacked an army checkpoint in the "
                + "northern town of Halba on Monday, a security source said.", Fixtures.THURSDAY);
        Place tripoli = place(r, "TRIPOLI");
        assertEquals(266826L, tripoli.geonameid());
        assertTrue(tripoli.dateline());
        EventRecord e = Fixtures.find(r.events(), "attack", x -> x.eventType().equals("ASSAULT"));
        assertEquals("Halba", e.location().text());
        assertEquals("LBN", e.location().country());
    }

    @Test
    void tripoliInLibya() {
        ExtractionResult r = Fixtures.extract("Militias clashed in Tripoli on Sunday as Libya's rival governments traded "
                + "accusations.", Fixtures.THURSDAY);
        assertEquals(2210247L, place(r, "Tripoli").geonameid());
        EventRecord e = Fixtures.find(r.events(), "clash", x -> x.eventType().equals("ASSAULT") || x.eventType().equals("COERCE"));
        assertEquals("LBY", e.location().country());
    }

    @Test
    void qualifierPicksTheTexasParis() {
        ExtractionResult r = Fixtures.extract("Police arrested two men in Paris, Texas, after a shooting at a gas station.",
                Fixtures.THURSDAY);
        Place paris = place(r, "Paris");
        assertEquals("USA", paris.country());
        assertEquals("Texas", paris.admin1());
    }

    @Test
    void countriesAndContinentsResolveAsSuch() {
        ExtractionResult r = Fixtures.extract("The envoy toured Africa and then flew to Chad and Jordan for talks.",
                Fixtures.THURSDAY);
        assertEquals("region", place(r, "Africa").precision());
        assertEquals("TCD", place(r, "Chad").country());
        assertEquals("country", place(r, "Jordan").precision());
    }

    @Test
    void aCommonWordIsNeverACountry() {
        ExtractionResult r = Fixtures.extract("They ate turkey and drank from china cups near the dam.", Fixtures.THURSDAY);
        assertTrue(r.places().isEmpty(), r.places().toString());
    }

    @Test
    void theEventPlaceIsTheOneItHappenedAtNotAnotherPlaceNamed() {
        ExtractionResult r = Fixtures.extract("Rebels who had fled from Homs shelled the town of Khan Sheikhoun in Idlib "
                + "province on Tuesday, the Syrian Observatory for Human Rights said.", Fixtures.THURSDAY);
        EventRecord e = Fixtures.find(r.events(), "shelling", x -> x.eventType().equals("ASSAULT"));
        assertNotNull(e.location());
        assertEquals(168325L, e.location().geonameid());
        assertEquals("town", e.location().precision());
    }

    @Test
    void areaWordsAndVariantSpellingsReachTheTown() {
        ExtractionResult r = Fixtures.extract("Syrian troops advanced in Jroud Arsal and shelled positions in Hodeidah, officials in "
                + "Yemen and Lebanon said.", Fixtures.THURSDAY);
        assertEquals("Arsal", place(r, "Jroud Arsal").name());
        assertEquals(79415L, place(r, "Hodeidah").geonameid());
        List<String> precisions = r.places().stream().map(Place::precision).toList();
        assertFalse(precisions.contains("unresolved"), r.places().toString());
    }

    @Test
    void aNameInParenthesesAfterAPlaceIsItsArea() {
        // ACLED's style: the district, then its governorate in parentheses. "Marib" is both the governorate and
        // its capital; in parentheses it is the governorate, and the air raids lie in the district.
        ExtractionResult r = Fixtures.extract("On 5 May 2020, five Saudi-led coalition air raids were reported on Sirwah "
                + "district west of Marib city (Marib) with no report of fatalities.", Fixtures.THURSDAY);
        assertEquals("admin1", place(r, "Marib").precision());
        EventRecord e = Fixtures.find(r.events(), "air raids", x -> x.eventType().equals("ASSAULT"));
        assertEquals("Sirwah", e.location().name());
    }

    @Test
    void everyAreaOfTheParenthesisHoldsTheName() {
        // "Old City" alone would be Jerusalem's; the governorate after it and the capital's size keep Sanaa in Yemen.
        ExtractionResult r = Fixtures.extract("On 4 May 2020, dozens of employees protested in Sanaa (Old City, Amanat al Asimah) "
                + "against the coalition.", Fixtures.THURSDAY);
        assertEquals("YEM", place(r, "Sanaa").country());
        assertEquals("admin1", place(r, "Amanat al Asimah").precision(), "a particle written apart stays in the name");
    }

    @Test
    void statesAndStateFormsOfCountries() {
        ExtractionResult r = Fixtures.extract("Gunmen attacked a village in Borno State on Monday. The Republic of Armenia "
                + "protested, and crowds marched across Mexico.", Fixtures.THURSDAY);
        Place borno = place(r, "Borno State");
        assertEquals("Borno", borno.name());
        assertEquals("admin1", borno.precision());
        assertEquals("ARM", place(r, "Armenia").country());
        // Mexico is the country, not the state of México inside it.
        assertEquals("country", place(r, "Mexico").precision());
        assertTrue(r.places().stream().noneMatch(p -> p.text().startsWith("Republic")), r.places().toString());
    }

    @Test
    void aListOfPlacesIsNoQualifier() {
        ExtractionResult r = Fixtures.extract("After stops in Washington, New York and Boston, the crown prince flew to "
                + "Paris.", Fixtures.THURSDAY);
        assertEquals("Washington, D.C.", place(r, "Washington").admin1());
        assertEquals("Massachusetts", place(r, "Boston").admin1());
    }

    @Test
    void aLocalGovernmentAreaIsItsAdmin2Area() {
        // As a given span: the NER takes "Guma LGA of Benue State" for an organisation.
        String text = "Herdsmen killed 12 villagers in Guma LGA of Benue State on Monday.";
        int at = text.indexOf("Guma LGA");
        Place guma = Fixtures.extractor().places(Article.of("lga", Fixtures.THURSDAY, text), List.of(new int[]{at, at + 8}))
                .given().get(0);
        assertEquals("admin2", guma.precision());
        assertEquals("Benue", guma.admin1());
    }

    @Test
    void aGivenSpanNamingABodyByItsPlaceIsThatPlace() {
        String text = "The Bank of Mexico raised rates on Thursday, a banker in Wheeling, W.Va., said.";
        int bank = text.indexOf("Bank of Mexico");
        int wva = text.indexOf("W.Va.");
        List<Place> given = Fixtures.extractor().places(Article.of("bank", Fixtures.THURSDAY, text),
                List.of(new int[]{bank, bank + 14}, new int[]{wva, wva + 5})).given();
        assertEquals("MEX", given.get(0).country());
        assertEquals("country", given.get(0).precision());
        assertEquals("Bank of Mexico", given.get(0).text());
        // An abbreviation the area table knows is read as itself.
        assertEquals("West Virginia", given.get(1).name());
    }

    @Test
    void aPlaceTheGazetteerLacksTakesThePointOfThePlaceTheTextPutsItIn() {
        ExtractionResult r = Fixtures.extract("On 9 May 2020, 2 Saudi-led coalition airstrikes reportedly targeted Al Yasbil "
                + "areas in Qaniyah (As Sawdiyah, Al Bayda). Medical interns protested in Habima Square in Tel Aviv city.",
                Fixtures.THURSDAY);
        Place qaniyah = place(r, "Qaniyah");
        Place bayda = place(r, "Al Bayda");
        assertNull(qaniyah.geonameid());
        assertEquals(bayda.lat(), qaniyah.lat());
        assertEquals("admin1", qaniyah.precision());
        assertEquals("Al Bayda", qaniyah.admin1());
        EventRecord strike = Fixtures.find(r.events(), "airstrikes", x -> x.eventType().equals("ASSAULT"));
        assertEquals("Qaniyah", strike.location().text());
        Place square = place(r, "Habima Square");
        assertEquals(place(r, "Tel Aviv").lat(), square.lat());
        assertEquals("town", square.precision());
    }

    @Test
    void aPlaceTheTextPutsInAnotherStaysInThatOnesCountry() {
        // GeoNames knows "Hole" only as another name of Holetown, Barbados.
        ExtractionResult r = Fixtures.extract("On 8 May 2020, QSD raided the section of foreign IS families in Hole camp in "
                + "al-Hasakeh and detained several women.", Fixtures.THURSDAY);
        Place hole = place(r, "Hole");
        assertEquals("SYR", hole.country());
        assertNull(hole.geonameid());
    }

    @Test
    void aVillageTheGazetteerLacksIsStillTheEventsPlace() {
        EventRecord e = Fixtures.only("At least 7 civilians were killed on Saturday in an air raid on the village of "
                + "Sheikh Najjar in the eastern countryside of Aleppo province.");
        assertEquals("Sheikh Najjar", e.location().text());
        assertEquals("SYR", e.location().country());
    }

    @Test
    void aNeighbourhoodOfACityIsWhereTheEventIs() {
        EventRecord e = Fixtures.only("In the south Baghdad neighbourhood of Al-Bayaa, a roadside bomb killed one civilian.");
        assertEquals("Al-Bayaa", e.location().text());
        assertEquals("IRQ", e.location().country());
    }

    @Test
    void aTownNamingAnOperationPlacesItButACountryDoesNot() {
        EventRecord manbij = Fixtures.only("More than 200 fighters have been killed in the Manbij campaign so far.");
        assertEquals("Manbij", manbij.location().text());
        EventRecord strike = Fixtures.only("A U.S. airstrike killed 12 militants on Tuesday.");
        assertNull(strike.location());
    }

    @Test
    void aStateThatActsIsNotWhereItsActHappened() {
        // The sentence's only place is its subject: Israel acting, not a place; the sentence says not where.
        EventRecord e = Fixtures.only("Israel captured the eastern sector of the city in the 1967 war.");
        assertNull(e.location());
    }

    @Test
    void theAreaThatHoldsTheSentencesPlaceIsNoSecondPlace() {
        EventRecord e = Fixtures.only("On 9 May 2020, 8 Saudi-led coalition airstrikes reportedly targeted various areas in "
                + "Qaatabah district (Ad Dali).");
        assertEquals("Qaatabah", e.location().text());
    }

    @Test
    void anotherTransliterationOfAGazetteerNameIsThatPlace() {
        // ACLED's spellings, in notes that name no country.
        ExtractionResult r = Fixtures.extract("QSD fighters raided houses in Basira city in Deir-ez-Zor countryside. Unknown "
                + "gunmen shot a QSD member in al-Hasakeh.", Fixtures.THURSDAY);
        assertEquals("SYR", place(r, "Deir-ez-Zor").country());
        assertEquals("SYR", place(r, "al-Hasakeh").country());
        assertEquals("SYR", place(r, "Basira").country());
        // Beside a small town that bears the name exactly (a Turkish village is also "Anbar").
        ExtractionResult anbar = Fixtures.extract("Iraqi forces killed 15 IS militants in Anbar province.", Fixtures.THURSDAY);
        assertEquals("IRQ", place(anbar, "Anbar province").country());
        // A province or a big city stays itself in an article that names only another country.
        ExtractionResult raqqa = Fixtures.extract("Turkish forces shelled a QSD position in Ar-Raqqa.", Fixtures.THURSDAY);
        assertEquals("SYR", place(raqqa, "Ar-Raqqa").country());
    }

    @Test
    void aPlaceInAReasonPhraseIsNotWhereTheEventIs() {
        EventRecord e = Fixtures.only("On Monday, hundreds of people in Aden took part in a demonstration in support of the "
                + "independence of South Yemen.");
        assertEquals("Aden", e.location().text());
    }

    @Test
    void aWordInsideAGroupsNameIsNoPlace() {
        ExtractionResult r = Fixtures.extract("It now fights as part of the Tahrir al-Sham Islamist alliance, which it dominates.",
                Fixtures.THURSDAY);
        assertTrue(r.places().stream().noneMatch(p -> p.text().contains("Tahrir")), r.places().toString());
    }

    @Test
    void aNewsAgencyInParenthesesAfterADatelineIsNoPlace() {
        ExtractionResult r = Fixtures.extract("WASHINGTON (Reuters) - The Senate voted on the bill on Monday.", Fixtures.THURSDAY);
        assertTrue(r.places().stream().noneMatch(p -> p.text().equals("Reuters")));
    }

    @Test
    void aListWithASerialCommaIsNoQualifier() {
        ExtractionResult r = Fixtures.extract("The firm has offices in Los Angeles, Miami, West Palm Beach, New York, and "
                + "Detroit.", Fixtures.THURSDAY);
        assertEquals("Florida", place(r, "West Palm Beach").admin1());
        assertEquals("town", place(r, "New York").precision());
    }

    @Test
    void aQualifierOrAGovernorsStateIsTheStateNotItsCity() {
        ExtractionResult r = Fixtures.extract("He served at St. Barnabas Hospital in Brooklyn, New York, for a decade. "
                + "Texas Gov. Greg Abbott praised him.", Fixtures.THURSDAY);
        assertEquals("admin1", place(r, "New York").precision());
        assertEquals("admin1", place(r, "Texas").precision());
        ExtractionResult gov = Fixtures.extract("Former New York Gov. Mario Cuomo died on Thursday.", Fixtures.THURSDAY);
        assertEquals("admin1", place(gov, "New York").precision());
        ExtractionResult city = Fixtures.extract("Former Mayor Ed Koch died in New York on Thursday.", Fixtures.THURSDAY);
        assertEquals("town", place(city, "New York").precision());
    }

    @Test
    void theEventPlaceMayLieInTheClauseOrEventThatFramesIt() {
        ExtractionResult r = Fixtures.extract("One Iraqi was killed Saturday while planting a bomb in Taji, just north of "
                + "Baghdad. Three civilians were killed during the shelling on Khan Sheikhoun in November.", Fixtures.THURSDAY);
        EventRecord taji = Fixtures.find(r.events(), "killed", x -> x.sentence() == 0);
        assertEquals("Taji", taji.location().text());
        EventRecord shelling = Fixtures.find(r.events(), "killed", x -> x.sentence() == 1);
        assertEquals(168325L, shelling.location().geonameid());
        assertTrue(r.places().stream().noneMatch(p -> p.text().startsWith("Nov")), r.places().toString());
    }

    @Test
    void aReferencePointYieldsToThePlaceItLocates() {
        ExtractionResult r = Fixtures.extract("A landmine killed two policemen in Nuwakot district, some 50 km northwest "
                + "of Kathmandu, on Monday.", Fixtures.THURSDAY);
        EventRecord e = Fixtures.find(r.events(), "killed", x -> true);
        assertEquals("Nuwakot", e.location().name());
    }

    @Test
    void aStateOrCountyOpeningAPublicBodysNameIsAPlaceMention() {
        ExtractionResult r = Fixtures.extract("A Laurel County High School student sued, and the Ohio Supreme Court heard "
                + "the case before the Texas Rangers played.", Fixtures.THURSDAY);
        assertEquals("admin2", place(r, "Laurel County").precision());
        assertEquals("Ohio", place(r, "Ohio").admin1());
        // A team is not a public body.
        assertTrue(r.places().stream().noneMatch(p -> p.text().equals("Texas")), r.places().toString());
    }

    @Test
    void compassPointsAreNoPlacesAndNewsNamesReachGeoNamesEntries() {
        ExtractionResult r = Fixtures.extract("Russia's relations with the West worsened as fighting in North Darfur "
                + "displaced thousands and storms hit the West Coast of the U.S.", Fixtures.THURSDAY);
        assertTrue(r.places().stream().noneMatch(p -> p.text().equals("West")), r.places().toString());
        assertEquals("Northern Darfur", place(r, "North Darfur").name());
        assertEquals("USA", place(r, "West Coast").country());
        ExtractionResult raid = Fixtures.extract("On 4 May 2020, Israeli forces raided the town of Kfar Aqab north of Jerusalem "
                + "and hurled tear gas at Palestinians.", Fixtures.THURSDAY);
        assertTrue(raid.places().stream().noneMatch(p -> p.text().endsWith("of") || p.text().endsWith("north")),
                raid.places().toString());
    }

    @Test
    void aDemonymPlacesOnlyTheSettlementItDescribes() {
        ExtractionResult r = Fixtures.extract("Gunmen shot the Russian ambassador in Ankara on Monday. Troops later shelled "
                + "the Syrian town of Hama.", Fixtures.THURSDAY);
        assertEquals("TUR", place(r, "Ankara").country());
        assertEquals("SYR", place(r, "Hama").country());
    }

    @Test
    void aMonthOrWeekdayAfterACueWordIsNeverAPlace() {
        ExtractionResult r = Fixtures.extract("In March, they captured the commander in Kandahar. At Easter, militants attacked "
                + "a convoy near Kunduz.", Fixtures.THURSDAY);
        List<String> texts = r.places().stream().map(Place::text).toList();
        assertFalse(texts.contains("March") || texts.contains("Easter"), texts.toString());
        assertTrue(texts.contains("Kandahar") && texts.contains("Kunduz"), texts.toString());
    }

    @Test
    void aPlaceThatModifiesAThingIsNotWhereTheEventHappenedButOneThatModifiesASiteIs() {
        EventRecord fans = Fixtures.find(Fixtures.extract("Last week 25,000 Seville fans demonstrated against the club.",
                Fixtures.THURSDAY).events(), "protest", e -> e.eventType().equals("PROTEST"));
        assertNull(fans.location(), String.valueOf(fans.location()));
        EventRecord shot = Fixtures.find(Fixtures.extract("The diplomat was shot dead outside his Amman home on Monday.",
                Fixtures.THURSDAY).events(), "assault", e -> e.eventType().equals("ASSAULT"));
        assertEquals("Amman", shot.location().text());
    }

    @Test
    void namesWithALowerCaseParticleAreWhole() {
        ExtractionResult r = Fixtures.extract("Fighters were killed in the eastern province of Deir ez-Zor on Monday. Rebels shelled "
                + "positions in al-Bab.", Fixtures.THURSDAY);
        assertEquals("SYR", place(r, "Deir ez-Zor").country());
        // "the province of X" names the area, as "X province" does.
        assertEquals("admin1", place(r, "Deir ez-Zor").precision());
        assertEquals("SYR", place(r, "al-Bab").country());
    }

    @Test
    void hyphenatedNamesAndTheNamesNewsUsesForProvinces() {
        ExtractionResult r = Fixtures.extract("Gunmen killed a man in Ar-Raqqa city. The militants attacked a checkpoint in "
                + "Babylon province and a convoy in Saladin province.", Fixtures.THURSDAY);
        assertEquals("SYR", place(r, "Ar-Raqqa").country());
        assertEquals("IRQ", place(r, "Babylon").country());
        assertEquals("admin1", place(r, "Babylon").precision());
        assertEquals("IRQ", place(r, "Saladin province").country());
    }

    @Test
    void anUnknownHolderPassesTheQuestionToItsOwnHolder() {
        // Tabaj is a Venezuelan town's variant spelling; the note puts it in Iraq through a district the gazetteer lacks.
        ExtractionResult r = Fixtures.extract("Militants shelled an army unit in Tabaj village in Jalawlax district in Kirkuk "
                + "province on Monday.", Fixtures.THURSDAY);
        assertEquals("IRQ", place(r, "Tabaj").country(), r.places().toString());
    }
}
