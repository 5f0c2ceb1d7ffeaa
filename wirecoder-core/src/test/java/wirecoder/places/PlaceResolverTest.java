package wirecoder.places;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirecoder.actors.ActorTable;
import wirecoder.geo.AreaTable;
import wirecoder.geo.Gazetteer;
import wirecoder.geo.GeoName;
import wirecoder.geo.NameKey;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Article;
import wirecoder.model.Place;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The resolution rules on a small hand-made gazetteer (real GeoNames ids), without NLP or the index. */
class PlaceResolverTest {

    static final GeoName TRIPOLI_LB = town(266826, "Tripoli", 34.43, 35.84, "PPLA", "LB", "09", 229_398);
    static final GeoName TRIPOLI_LY = town(2210247, "Tripoli", 32.88, 13.18, "PPLC", "LY", "77", 1_150_989);
    static final GeoName PARIS_FR = town(2988507, "Paris", 48.85, 2.35, "PPLC", "FR", "11", 2_138_551);
    /** The seat of Lamar County (admin2 277 of Texas). */
    static final GeoName PARIS_TX = new GeoName(4717560L, "Paris", 33.66, -95.55, "P", "PPLA2", "US", "TX", "277", 24_782,
            List.of("Paris"));
    static final GeoName AFRICA_TN = town(999001, "Africa", 35.5, 11.0, "PPL", "TN", "00", 5_000);
    static final GeoName KHAN_SHAYKHUN = town(168325, "Khan Shaykhun", 35.44, 36.65, "PPLA3", "SY", "12", 48_975);
    static final GeoName KHAN_SHAYKHUN_FAKE_ELSEWHERE = town(999002, "Kan Sakan", 10.0, 10.0, "PPL", "NG", "01", 90_000);

    static final GeoName CHARLOTTE = town(4460243, "Charlotte", 35.23, -80.84, "PPLA2", "US", "NC", 874_579);
    /** Towns named like countries: Palestine, seat of Anderson County (admin2 001), Texas, and Russia, Ohio. */
    static final GeoName PALESTINE_TX = new GeoName(4717232L, "Palestine", 31.76, -95.63, "P", "PPLA2", "US", "TX", "001", 18_288,
            List.of("Palestine"));
    static final GeoName RUSSIA_OH = new GeoName(5168839L, "Russia", 40.23, -84.41, "P", "PPL", "US", "OH", "149", 656,
            List.of("Russia"));
    /** Towns that share a name with a site: Heathrow, Florida, and White House, Tennessee. */
    static final GeoName HEATHROW_FL = town(4158865, "Heathrow", 28.76, -81.37, "PPL", "US", "FL", 6_000);
    static final GeoName LUTON = town(2643339, "Luton", 51.88, -0.42, "PPLA2", "GB", "ENG", 258_018);
    static final GeoName WHITE_HOUSE_TN = town(4664565, "White House", 36.47, -86.65, "PPL", "US", "TN", 11_000);
    /** A made-up big Nigerian city whose name shares the skeleton of "Khan Sheikhoun". */
    static final GeoName KAN_SHAKOON_BIG = town(999005, "Kan Shakoon", 11.0, 8.0, "PPL", "NG", "01", 2_000_000);
    static final GeoName LONDON_GB = town(2643743, "London", 51.51, -0.13, "PPLC", "GB", "ENG", 8_961_989);
    static final GeoName LONDON_AR = town(4119025, "London", 35.33, -93.25, "PPL", "US", "AR", 1_039);
    static final GeoName QUEBEC_CITY = town(6325494, "Québec", 46.81, -71.21, "PPLA", "CA", "10", 531_902);
    static final GeoName ATLANTIC_IA = town(4846960, "Atlantic", 41.40, -95.01, "PPLA2", "US", "IA", 6_792);
    static final GeoName ORLANDO = town(4167147, "Orlando", 28.54, -81.38, "PPLA2", "US", "FL", 307_573);
    static final GeoName KABUL = town(1138958, "Kabul", 34.53, 69.17, "PPLC", "AF", "13", 4_434_550);

    static final GeoName ATLANTA = town(4180439, "Atlanta", 33.75, -84.39, "PPLA", "US", "GA", 498_715);
    static final GeoName SAVANNAH = town(4221552, "Savannah", 32.08, -81.10, "PPLA2", "US", "GA", 147_780);
    static final GeoName TBILISI = town(611717, "Tbilisi", 41.69, 44.83, "PPLC", "GE", "TB", 1_049_498);
    static final GeoName TYLER = town(4738214, "Tyler", 32.35, -95.30, "PPLA2", "US", "TX", 104_798);
    static final GeoName LONGVIEW = town(4707814, "Longview", 32.50, -94.74, "PPLA2", "US", "TX", 81_638);

    /** Made-up towns: one bears the name, the other has it as an old alternate name. */
    static final GeoName BEARS_THE_NAME = town(999003, "Quillerton", 35.55, -77.05, "PPL", "US", "NC", 9_744);
    static final GeoName ONCE_CALLED_SO = new GeoName(999004L, "South Brook", 40.45, -74.39, "P", "PPL", "US", "NJ", "", 16_008,
            List.of("South Brook", "Quillerton"));
    /** Washington, D.C., and Washington, Iowa, a town of 7,000 named like a state of 7 million elsewhere. */
    static final GeoName WASHINGTON_DC = town(4140963, "Washington", 38.90, -77.04, "PPLC", "US", "DC", 689_545);
    static final GeoName WASHINGTON_IA = new GeoName(4881346L, "Washington", 41.30, -91.69, "P", "PPLA2", "US", "IA", "183", 7_266,
            List.of("Washington"));
    /** A big city with an old alternate name that a bigger city bears (GeoNames lists "Manchester" for Richmond). */
    static final GeoName MANCHESTER_GB = town(2643123, "Manchester", 53.48, -2.24, "PPLA2", "GB", "ENG", 395_515);
    static final GeoName RICHMOND_VA = new GeoName(4781708L, "Richmond", 37.55, -77.46, "P", "PPLA", "US", "VA", "760", 226_610,
            List.of("Richmond", "Manchester"));

    static ActorTable actors;
    static AreaTable areas;
    static PlaceResolver resolver;

    @BeforeAll
    static void setUp() {
        actors = ActorTable.load();
        areas = AreaTable.load(actors);
        List<GeoName> all = new ArrayList<>(areas.entries());
        all.addAll(List.of(TRIPOLI_LB, TRIPOLI_LY, PARIS_FR, PARIS_TX, AFRICA_TN, KHAN_SHAYKHUN, KHAN_SHAYKHUN_FAKE_ELSEWHERE,
                ORLANDO, ATLANTIC_IA, QUEBEC_CITY, LONDON_GB, LONDON_AR, KAN_SHAKOON_BIG, CHARLOTTE, HEATHROW_FL, WHITE_HOUSE_TN, LUTON, PALESTINE_TX, RUSSIA_OH, KABUL, ATLANTA, SAVANNAH, TBILISI, TYLER, LONGVIEW, BEARS_THE_NAME, ONCE_CALLED_SO,
                MANCHESTER_GB, RICHMOND_VA, WASHINGTON_DC, WASHINGTON_IA));
        resolver = new PlaceResolver(actors, areas, new InMemory(all));
    }

    static GeoName town(long id, String name, double lat, double lon, String code, String cc, String adm1, long pop) {
        return new GeoName(id, name, lat, lon, "P", code, cc, adm1, "", pop, List.of(name));
    }

    /** Exact keys and skeletons over a list: the Gazetteer contract without Lucene. */
    record InMemory(List<GeoName> all) implements Gazetteer {
        public List<GeoName> byName(String key) {
            return all.stream().filter(g -> g.names().stream().anyMatch(n -> NameKey.of(n).equals(key))).toList();
        }

        public List<GeoName> bySkeleton(String skeleton) {
            return all.stream().filter(g -> g.names().stream()
                    .anyMatch(n -> NameKey.skeleton(NameKey.of(n)).equals(skeleton))).toList();
        }
    }

    static Toponym name(String text, int at) {
        return new Toponym(text, at, at + text.length(), 0, 0, 0, Toponym.Origin.NER, text, null, List.of(), false, false);
    }

    /** A name followed by an area word ("Idlib province", "the Charlotte region"). */
    static Toponym area(String text, int at) {
        return new Toponym(text, at, at + text.length(), 0, 0, 0, Toponym.Origin.NER, text, null, List.of(), false, true);
    }

    static Toponym country(String text, String iso3, int at, String... qualifier) {
        return new Toponym(text, at, at + text.length(), 0, 0, 0, Toponym.Origin.COUNTRY, text, iso3, List.of(qualifier), false, false);
    }

    static List<Place> resolve(Toponym... toponyms) {
        AnnotatedArticle doc = new AnnotatedArticle(Article.of("t", null, "x"), List.of());
        return resolver.resolve(doc, List.of(toponyms));
    }

    @Test
    void tripoliAloneIsTheLibyanCapital() {
        assertEquals(2210247L, resolve(name("Tripoli", 0)).get(0).geonameid());
    }

    @Test
    void tripoliInAnArticleAboutLebanonIsTheLebaneseCity() {
        List<Place> p = resolve(name("Tripoli", 0), country("Lebanon", "LBN", 20));
        assertEquals(266826L, p.get(0).geonameid());
        assertEquals("LBN", p.get(0).country());
        assertEquals("town", p.get(0).precision());
    }

    @Test
    void everyMentionOfOneNameResolvesAlike() {
        List<Place> p = resolve(name("Tripoli", 0), country("Lebanon", "LBN", 20), name("Tripoli", 40));
        assertEquals(p.get(0).geonameid(), p.get(2).geonameid());
    }

    @Test
    void aQualifierWinsOverSize() {
        Toponym paris = new Toponym("Paris", 0, 5, 0, 0, 0, Toponym.Origin.NER, "Paris", null, List.of("Texas"), false, false);
        assertEquals(4717560L, resolve(paris).get(0).geonameid());
        Toponym parisTex = new Toponym("Paris", 0, 5, 0, 0, 0, Toponym.Origin.NER, "Paris", null, List.of("Tex."), false, false);
        assertEquals(4717560L, resolve(parisTex).get(0).geonameid());
        assertEquals(2988507L, resolve(name("Paris", 0)).get(0).geonameid());
    }

    @Test
    void aPhraseThatImpliesACountryHoldsTheNameToIt() {
        Toponym t = new Toponym("Tripoli", 0, 7, 0, 0, 0, Toponym.Origin.NER, "Tripoli", "LBN", List.of(), false, false);
        assertEquals(266826L, resolve(t).get(0).geonameid());
        Toponym nowhere = new Toponym("Paris", 0, 5, 0, 0, 0, Toponym.Origin.NER, "Paris", "LBN", List.of(), false, false);
        Place p = resolve(nowhere).get(0);
        assertNull(p.geonameid(), "no Paris in Lebanon: unresolved, not a Paris elsewhere");
        assertEquals("LBN", p.country());
    }

    @Test
    void continentsAndCountriesAreNotHomonymousTowns() {
        Place africa = resolve(name("Africa", 0)).get(0);
        assertEquals(6255146L, africa.geonameid());
        assertEquals("region", africa.precision());
        Place georgia = resolve(name("Georgia", 0)).get(0);
        assertEquals("country", georgia.precision());
        Place georgiaInUs = resolve(name("Georgia", 0), name("Atlanta", 10), name("Texas", 20), country("United States", "USA", 30)).get(0);
        assertEquals("admin1", georgiaInUs.precision(), "with the United States named, Georgia is the state");
    }

    @Test
    void aSpellingVariantCountsOnlyInACountryTheArticleNames() {
        Place alone = resolve(name("Khan Sheikhoun", 0)).get(0);
        assertNull(alone.geonameid());
        List<Place> withSyria = resolve(name("Khan Sheikhoun", 0), country("Syria", "SYR", 30));
        assertEquals(168325L, withSyria.get(0).geonameid());
        // Only in the country the article is most about: Nigeria named once in an article on Syria is not enough.
        List<Place> mostlySyria = resolve(name("Khan Sheikhoun", 0), country("Syria", "SYR", 30),
                country("Syrians", "SYR", 40), country("Nigeria", "NGA", 60));
        assertEquals(168325L, mostlySyria.get(0).geonameid());
        // Two consonants at least: "Oahu" is not "Ohio" (both "oa").
        assertNull(resolve(name("Oahu", 0), country("United States", "USA", 20)).get(0).geonameid());
    }

    @Test
    void aCountyResolvesAsAnAdmin2AreaThePopulousOneAlone() {
        Place p = resolve(name("Orange County", 0)).get(0);
        assertEquals(5379524L, p.geonameid());
        assertEquals("admin2", p.precision());
        assertEquals("California", p.admin1());
    }

    @Test
    void aCountyNextToATownOfItsStateIsThatStatesCounty() {
        List<Place> p = resolve(name("Orange County", 0), name("Orlando", 30));
        assertEquals(4167060L, p.get(0).geonameid());
        assertEquals("Florida", p.get(0).admin1());
    }

    @Test
    void aCityOutranksTheDistrictOfItsName() {
        Place p = resolve(name("Kabul", 0)).get(0);
        assertEquals(1138958L, p.geonameid());
        assertEquals("town", p.precision());
    }

    @Test
    void georgiaAmongPlacesOfTheStateIsTheStateAndAmongCaucasusPlacesTheCountry() {
        Place state = resolve(name("Georgia", 0), name("Atlanta", 20), name("Savannah", 40)).get(0);
        assertEquals("admin1", state.precision());
        assertEquals("USA", state.country());
        Place country = resolve(name("Georgia", 0), name("Tbilisi", 20)).get(0);
        assertEquals("country", country.precision());
        assertEquals("GEO", country.country());
        assertEquals("country", resolve(name("Georgia", 0)).get(0).precision());
        // Found as a country name ("Georgia" is in the actor table), it still becomes the state among the state's places.
        assertEquals("admin1", resolve(country("Georgia", "GEO", 0), name("Atlanta", 20), name("Savannah", 40)).get(0).precision());
        assertEquals("country", resolve(country("Georgia", "GEO", 0), name("Tbilisi", 20)).get(0).precision());
    }

    @Test
    void parisAmongTexasTownsIsParisTexasAndNextToOneAmericanCityStillParisFrance() {
        assertEquals(4717560L, resolve(name("Paris", 0), name("Tyler", 20), name("Longview", 40)).get(0).geonameid());
        assertEquals(2988507L, resolve(name("Paris", 0), name("Atlanta", 20)).get(0).geonameid());
    }

    @Test
    void parisBesideTheCountyItIsInIsThatCountysParisAndBesideAnotherCountyStillParisFrance() {
        List<Place> p = resolve(name("Paris", 0), name("Lamar County", 20));
        assertEquals(4717560L, p.get(0).geonameid());
        assertEquals(4705086L, p.get(1).geonameid());
        assertEquals(2988507L, resolve(name("Paris", 0), name("Orange County", 20)).get(0).geonameid());
    }

    @Test
    void anAreaWordPrefersTheAreaButNotAFarAwayParishOverTheArticlesCity() {
        // Kabul is both a city and a province; "Kabul province" is the province.
        Place province = resolve(area("Kabul", 0)).get(0);
        assertEquals("admin1", province.precision());
        assertEquals("AFG", province.country());
        // "Charlotte" is also a parish of Saint Vincent (4,000 people); in an American article the region is Charlotte's.
        assertEquals(4460243L, resolve(area("Charlotte", 0), country("U.S.", "USA", 30)).get(0).geonameid());
    }

    @Test
    void aCountrysNameIsATownOfThatNameOnlyOnLocalEvidence() {
        // Beside its own county in an article on East Texas, and with nothing else for the country, "Palestine"
        // is the Texas town.
        List<Place> local = resolve(country("Palestine", "PSE", 0), name("Anderson County", 20), name("Tyler", 40));
        assertEquals(4717232L, local.get(0).geonameid());
        assertEquals("Texas", local.get(1).admin1());
        assertEquals("country", resolve(country("Palestine", "PSE", 0)).get(0).precision());
        // Another name for the country ("Palestinians") keeps it the country.
        assertEquals("country", resolve(country("Palestine", "PSE", 0), name("Anderson County", 20),
                country("Palestinians", "PSE", 40)).get(0).precision());
        // The admin1 area alone is no local evidence: a state is named in many articles on the country.
        assertEquals("country", resolve(country("Palestine", "PSE", 0), name("Texas", 20), name("Tyler", 30)).get(0).precision());
    }

    @Test
    void aCountrysNameTakesAnAdmin1QualifierButNotACountry() {
        assertEquals(4717232L, resolve(country("Palestine", "PSE", 0, "Texas")).get(0).geonameid());
        // "in Russia, U.S. officials said": no Russia of the United States.
        Place russia = resolve(country("Russia", "RUS", 0, "U.S.")).get(0);
        assertEquals("country", russia.precision());
        assertEquals("RUS", russia.country());
    }

    @Test
    void airportsAndSeatsOfGovernmentOutrankSmallTownsOfTheirName() {
        Place heathrow = resolve(name("Heathrow", 0)).get(0);
        assertEquals("AIRP", heathrow.featureCode());
        assertEquals("GBR", heathrow.country());
        assertEquals("London Heathrow Airport", resolve(name("Heathrow Airport", 0)).get(0).name());
        assertEquals("Lester B. Pearson International Airport", resolve(name("Pearson International Airport", 0)).get(0).name());
        Place whiteHouse = resolve(name("White House", 0), country("United States", "USA", 20)).get(0);
        assertEquals("BLDG", whiteHouse.featureCode());
        assertEquals("Washington, D.C.", whiteHouse.admin1());
        assertEquals("town", whiteHouse.precision());
        // A city bigger than 30,000 keeps its name: Luton is the town, not London Luton Airport.
        assertEquals(2643339L, resolve(name("Luton", 0)).get(0).geonameid());
    }

    @Test
    void anArticleAboutAmericaDoesNotMoveLondonToArkansas() {
        List<Place> p = resolve(name("London", 0), country("U.S.", "USA", 10), country("Americans", "USA", 20),
                name("Orlando", 30), name("Atlanta", 40), name("Charlotte", 50));
        assertEquals(2643743L, p.get(0).geonameid());
    }

    @Test
    void seasAndStraitsAreWatersNotTownsOrProvinces() {
        Place atlantic = resolve(name("Atlantic", 0)).get(0);
        assertEquals("OCN", atlantic.featureCode());
        assertEquals("region", atlantic.precision());
        assertNull(atlantic.country());
        // "Red Sea" is also an Egyptian governorate; alone it is the sea.
        assertEquals("SEA", resolve(name("Red Sea", 0)).get(0).featureCode());
        assertEquals("STRT", resolve(name("Bab el-Mandeb", 0)).get(0).featureCode());
        // Beside another ocean, in an article about America, "Atlantic" is still the ocean.
        List<Place> p = resolve(name("Atlantic", 0), name("Pacific Ocean", 20), country("United States", "USA", 40),
                country("Americans", "USA", 60));
        assertEquals("OCN", p.get(0).featureCode());
    }

    @Test
    void aProvinceNamedLikeItsSmallCapitalIsTheProvince() {
        // Quebec City holds 7% of the province's people: "Quebec" alone is the province. Kabul holds nearly all
        // of Kabul province's, so "Kabul" stays the city (aCityOutranksTheDistrictOfItsName).
        Place quebec = resolve(name("Quebec", 0)).get(0);
        assertEquals("admin1", quebec.precision());
        assertEquals("CAN", quebec.country());
    }

    @Test
    void aNameListedWithStatesIsAState() {
        // "Georgia" in one sentence with two American states is the state (the helpers put every name in sentence 0).
        List<Place> p = resolve(country("Georgia", "GEO", 0), name("Ohio", 9), name("Texas", 19));
        assertEquals("admin1", p.get(0).precision());
        assertEquals("USA", p.get(0).country());
    }

    @Test
    void conflictRegionsAndTheEuResolveAsRegions() {
        Place ghouta = resolve(name("Eastern Ghouta", 0)).get(0);
        assertEquals("region", ghouta.precision());
        assertEquals("SYR", ghouta.country());
        assertEquals("region", resolve(name("South Ossetian", 0)).get(0).precision());
        Place eu = resolve(name("EU", 0)).get(0);
        assertEquals(6255148L, eu.geonameid());
        assertEquals("region", eu.precision());
    }

    @Test
    void aSmallTownFoundByAnAlternateNameRanksBelowOneThatBearsTheName() {
        assertEquals(999003L, resolve(name("Quillerton", 0)).get(0).geonameid());
    }

    @Test
    void aTownNamedLikeAStateElsewhereInItsCountryNeedsItsCounty() {
        // "Iowa" in a Washington-datelined story on a turkey pardon does not make the capital a town of Iowa...
        assertEquals(4140963L, resolve(name("Iowa", 0), name("Washington", 10)).get(1).geonameid());
        // ...but a name in the town's own county does.
        GeoName county = areas.entries().stream().filter(g -> g.isAdmin2() && g.countryCode().equals("US")
                && g.admin1Code().equals("IA") && g.admin2Code().equals("183")).findFirst().orElseThrow();
        assertEquals(4881346L, resolve(name("Iowa", 0), name("Washington", 10), name(county.name(), 30)).get(1).geonameid());
    }

    @Test
    void aCityFoundByAnAlternateNameRanksBelowABiggerOneThatBearsTheName() {
        assertEquals(2643123L, resolve(name("Manchester", 0)).get(0).geonameid());
    }
}
