package wirecoder.eval;

import org.junit.jupiter.api.Test;
import wirecoder.model.ActorRef;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;
import wirecoder.model.Lead;
import wirecoder.model.Place;
import wirecoder.model.Size;
import wirecoder.model.Span;
import wirecoder.model.TimeRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each scorer on hand-made gold: perfect output scores 1, empty output 0, one known miss the expected fraction. */
class ScorerArithmeticTest {

    private static final double EPS = 1e-9;

    private static EventRecord event(String type, String mode, String actorCountry, String actorSector, Long dead,
                                     String date, String placeCountry) {
        List<ActorRef> actors = actorCountry == null ? List.of()
                : List.of(new ActorRef("x", "x", actorCountry, actorSector, 0, 1, "table"));
        Place place = placeCountry == null ? null
                : new Place("p", "p", 0, 1, null, null, null, placeCountry, null, null, "country", false);
        return coded(new EventRecord("e", type, mode, List.of(), "190", "material_conflict", actors, List.of(),
                date == null ? null : new TimeRef(date, date, "day", 0, 1, "text"), place,
                dead == null ? Size.EMPTY : Size.EMPTY.with("dead", dead, dead.toString()), Factuality.ASSERTED, null, null,
                new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()));
    }

    private static final wirecoder.ontology.AcledTypes ACLED = new wirecoder.ontology.AcledTypes();

    /** The event with the ACLED sub-event type extract would give it. */
    static EventRecord coded(EventRecord e) {
        var sub = ACLED.code(wirecoder.ontology.AcledTypes.Cues.of(e.eventType(), e.mode(), e.cameo(), e.actor(), e.recipient(),
                e.weapon(), java.util.Set.of()));
        return new EventRecord(e.id(), e.eventType(), e.mode(), e.context(), e.cameo(), e.quadClass(), e.actor(), e.recipient(),
                e.date(), e.location(), e.size(), e.factuality(), e.factualityCue(), e.attribution(), e.trigger(), e.sentence(),
                e.evidence(), e.explanation(), e.depth(), e.weapon(), sub.orElse(null), e.mentions());
    }

    @Test
    void labelScoresPerfectEmptyAndOneMiss() {
        LabelScores perfect = new LabelScores();
        perfect.add("A", "A");
        perfect.add("B", "B");
        assertEquals(1.0, perfect.macroF1(), EPS);
        assertEquals(1.0, perfect.accuracy(), EPS);
        LabelScores empty = new LabelScores();
        empty.add("A", null);
        empty.add("B", null);
        assertEquals(0.0, empty.macroF1(), EPS);
        assertEquals(0.0, empty.accuracy(), EPS);
        LabelScores miss = new LabelScores();
        miss.add("A", "A");
        miss.add("A", "A");
        miss.add("B", "B");
        miss.add("B", "A");
        // A: tp 2, fp 1, fn 0 -> P 2/3, R 1, F1 0.8. B: tp 1, fn 1 -> P 1, R 0.5, F1 2/3.
        assertEquals(0.8, miss.get("A").f1(), EPS);
        assertEquals(2.0 / 3, miss.get("B").f1(), EPS);
        assertEquals((0.8 + 2.0 / 3) / 2, miss.macroF1(), EPS);
        assertEquals(0.75, miss.accuracy(), EPS);
    }

    private static PloverGsrSuite.Gold gsr(String type, String mode, String code, Long dead) {
        return new PloverGsrSuite.Gold("t", type, mode, Set.of(code), Set.of("GOV"), Set.of(), Set.of(), dead, null);
    }

    @Test
    void ploverGsrScorer() {
        List<PloverGsrSuite.Gold> gold = List.of(gsr("ASSAULT", "aerial", "ISR", 3L), gsr("PROTEST", "", "FRA", null),
                gsr("AGREE", "", "USA", null), gsr("REQUEST", "", "EGY", null));
        List<List<EventRecord>> perfect = List.of(List.of(event("ASSAULT", "aerial", "ISR", "GOV", 3L, null, null)),
                List.of(event("PROTEST", null, "FRA", "GOV", null, null, null)),
                List.of(event("AGREE", null, "USA", "GOV", null, null, null)),
                List.of(event("REQUEST", null, "EGY", "GOV", null, null, null)));
        SuiteResult r = PloverGsrSuite.score(gold, perfect, 1);
        assertEquals(1.0, r.metric("type_macro_f1").value(), EPS);
        assertEquals(1.0, r.metric("mode_accuracy").value(), EPS);
        assertEquals(1.0, r.metric("actor_country_accuracy").value(), EPS);
        assertEquals(1.0, r.metric("dead_exact").value(), EPS);
        SuiteResult none = PloverGsrSuite.score(gold, List.of(List.of(), List.of(), List.of(), List.of()), 1);
        assertEquals(0.0, none.metric("type_macro_f1").value(), EPS);
        assertEquals(0.0, none.metric("actor_country_accuracy").value(), EPS);
        List<List<EventRecord>> oneMiss = List.of(perfect.get(0), perfect.get(1), perfect.get(2),
                List.of(event("AGREE", null, "SYR", "GOV", null, null, null)));
        SuiteResult miss = PloverGsrSuite.score(gold, oneMiss, 1);
        // AGREE: tp 1, fp 1 -> F1 2/3; REQUEST: F1 0; ASSAULT, PROTEST: 1. Macro over the 4 gold types.
        assertEquals((1 + 1 + 2.0 / 3 + 0) / 4, miss.metric("type_macro_f1").value(), EPS);
        assertEquals(0.75, miss.metric("type_accuracy").value(), EPS);
        assertEquals(0.75, miss.metric("actor_country_accuracy").value(), EPS);
    }

    @Test
    void acledScorer() {
        AcledMapping mapping = new AcledMapping();
        LocalDate d = LocalDate.of(2020, 5, 9);
        List<AcledSuite.Gold> gold = List.of(
                new AcledSuite.Gold("On 9 May 2020, jets struck.", d, "Explosions/Remote violence", "Military Forces of Israel", 2, "ISR"),
                new AcledSuite.Gold("On 9 May 2020, people protested.", d, "Protests", "Protesters (Lebanon)", 0, "LBN"));
        List<List<EventRecord>> perfect = List.of(
                List.of(event("ASSAULT", "aerial", "ISR", "MIL", 2L, "2020-05-09", "ISR")),
                List.of(event("PROTEST", "demo", "LBN", "CVL", null, "2020-05-09", "LBN")));
        SuiteResult r = AcledSuite.score(gold, perfect, mapping, 1);
        assertEquals(1.0, r.metric("event_type_accuracy").value(), EPS);
        assertEquals(1.0, r.metric("fatalities_exact").value(), EPS);
        assertEquals(1.0, r.metric("date_exact").value(), EPS);
        assertEquals(1.0, r.metric("location_country_accuracy").value(), EPS);
        SuiteResult none = AcledSuite.score(gold, List.of(List.of(), List.of()), mapping, 1);
        assertEquals(0.0, none.metric("event_type_accuracy").value(), EPS);
        assertEquals(0.0, none.metric("date_exact").value(), EPS);
        // Nothing found and 0 fatalities is right for the protest: 1 of 2.
        assertEquals(0.5, none.metric("fatalities_exact").value(), EPS);
        List<List<EventRecord>> oneMiss = List.of(perfect.get(0), List.of(event("ASSAULT", "firearms", "LBN", "MIL", null, "2020-05-08", "LBN")));
        SuiteResult miss = AcledSuite.score(gold, oneMiss, mapping, 1);
        assertEquals(0.5, miss.metric("event_type_accuracy").value(), EPS);
        assertEquals(0.5, miss.metric("date_exact").value(), EPS);
    }

    @Test
    void ploverGsrReadsIgoAndOldCameoCodes() {
        List<PloverGsrSuite.Gold> gold = List.of(gsr("AGREE", "", "IGO", null), gsr("AGREE", "", "JPN", null));
        List<List<EventRecord>> predicted = List.of(List.of(event("AGREE", "", "UN", "IGO", null, null, null)),
                List.of(event("AGREE", "", "JPN", "GOV", null, null, null)));
        // The gold writes the UN "IGO" and Japan, in CAMEO, "JAP": both count as Wirecoder writes them.
        assertEquals(1.0, PloverGsrSuite.score(gold, predicted, 1).metric("actor_country_accuracy").value(), EPS);
        assertEquals("JPN", PloverGsrSuite.OLD_CODES.get("JAP"));
    }

    @Test
    void acledActorNamesGiveCountries() {
        assertEquals("LBN", AcledSuite.acledCountry("Protesters (Lebanon)"));
        assertEquals("SYR", AcledSuite.acledCountry("Military Forces of Syria (2000-)"));
        assertEquals("YEM", AcledSuite.acledCountry("Military Forces of Yemen (2016-) Supreme Political Council"));
        assertEquals("TUR", AcledSuite.acledCountry("Police Forces of Turkey (2016-)"));
        assertEquals("PSE", AcledSuite.acledCountry("Civilians (Palestine)"));
        assertEquals(null, AcledSuite.acledCountry("Operation Restoring Hope"));
        assertEquals(null, AcledSuite.acledCountry("National Resistance Forces"));
    }

    @Test
    void acledActorCountryAndSector() {
        AcledMapping mapping = new AcledMapping();
        LocalDate d = LocalDate.of(2020, 5, 9);
        List<AcledSuite.Gold> gold = List.of(
                new AcledSuite.Gold("a", d, "Protests", "Protesters (Lebanon)", 0, "LBN", null, null, "6", "", "0"),
                new AcledSuite.Gold("b", d, "Battles", "Operation Restoring Hope", 0, "YEM", null, null, "8",
                        "Military Forces of Yemen (2012-)", "1"));
        List<List<EventRecord>> predicted = List.of(
                List.of(event("PROTEST", "demo", "LBN", "CVL", null, "2020-05-09", "LBN")),
                List.of(event("ASSAULT", "aerial", "SAU", "MIL", null, "2020-05-09", "YEM")));
        SuiteResult r = AcledSuite.score(gold, predicted, mapping, 1);
        // Only the first row's actor1 names a country; it is right.
        assertEquals(1.0, r.metric("actor1_country").value(), EPS);
        assertEquals(1, r.metric("actor1_country").n());
        assertEquals(1.0, r.metric("actor1_sector").value(), EPS);
        // The second row's actor2 names Yemen; the event has no recipient.
        assertEquals(0.0, r.metric("actor2_country").value(), EPS);
        assertEquals(1, r.metric("actor2_country").n());
    }

    @Test
    void acledFatalitiesSkipSplitRows() {
        AcledSuite.Gold split = new AcledSuite.Gold("20 fatalities split up between 3 events.", LocalDate.of(2020, 5, 9),
                "Battles", "x", 7, "YEM");
        assertEquals(false, split.fatalitiesUsable());
    }

    @Test
    void case2021Scorer() {
        AcledMapping mapping = new AcledMapping();
        List<Case2021Suite.Gold> gold = List.of(new Case2021Suite.Gold("a", "AIR_STRIKE"), new Case2021Suite.Gold("b", "ARREST"),
                new Case2021Suite.Gold("c", "NATURAL_DISASTER"));
        List<List<EventRecord>> perfect = List.of(List.of(event("ASSAULT", "aerial", null, null, null, null, null)),
                List.of(event("COERCE", "arrest", null, null, null, null, null)), List.of());
        List<List<wirecoder.model.SetAside>> noneSetAside = List.of(List.of(), List.of(), List.of());
        SuiteResult r = Case2021Suite.score(gold, perfect, noneSetAside, mapping, 1);
        // The disaster has no PLOVER type: OTHER is predicted, so it is the one miss. AIR_STRIKE and ARREST score 1.
        assertEquals(2.0 / 3, r.metric("subtype_macro_f1").value(), EPS);
        assertEquals(1.0, r.metric("subtype_macro_f1_acled").value(), EPS);
        // A flood's killing set aside by the gate names the disaster.
        List<List<wirecoder.model.SetAside>> flood = List.of(List.of(), List.of(), List.of(
                new wirecoder.model.SetAside(0, new Span("killed", 0, 6), "ASSAULT", "natural-disaster")));
        assertEquals(1.0, Case2021Suite.score(gold, perfect, flood, mapping, 1).metric("subtype_macro_f1").value(), EPS);
        SuiteResult none = Case2021Suite.score(gold.subList(0, 2), List.of(List.of(), List.of()), noneSetAside.subList(0, 2), mapping, 1);
        assertEquals(0.0, none.metric("subtype_macro_f1").value(), EPS);
    }

    @Test
    void giveme5w1hScorer() {
        LocalDate pub = LocalDate.of(2016, 11, 9);
        List<Giveme5w1hSuite.Gold> gold = List.of(
                new Giveme5w1hSuite.Gold("t", pub, List.of("2016-11-09"), List.of("Croydon"), List.of("Several people")),
                new Giveme5w1hSuite.Gold("t", pub, List.of("2016-11-08"), List.of("in Paris"), List.of("French police")));
        EventRecord a = coded(new EventRecord("e", "ASSAULT", null, List.of(), "190", "q",
                List.of(new ActorRef("people", "Several people", null, "CVL", 0, 1, "role")), List.of(),
                new TimeRef("2016-11-09", "today", "day", 0, 1, "text"),
                new Place("Croydon", "Croydon", 0, 1, null, null, null, "GBR", null, null, "unresolved", false), Size.EMPTY,
                Factuality.ASSERTED, null, null, new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()));
        EventRecord b = coded(new EventRecord("e", "COERCE", null, List.of(), "173", "q",
                List.of(new ActorRef("France police", "French police", "FRA", "COP", 0, 1, "role")), List.of(),
                new TimeRef("2016-11-09", "today", "day", 0, 1, "text"),
                new Place("Lyon", "Lyon", 0, 1, null, null, null, "FRA", null, null, "unresolved", false), Size.EMPTY,
                Factuality.ASSERTED, null, null, new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()));
        Lead several = new Lead(0, new ActorRef("Several people", "Several people", null, null, 0, 1, "lead-subject"),
                new Span("died", 2, 3), null, "lead-subject", null);
        Lead mayor = new Lead(0, new ActorRef("The mayor", "The mayor", null, null, 0, 1, "lead-subject"),
                new Span("said", 2, 3), null, "lead-subject", null);
        SuiteResult perfect = Giveme5w1hSuite.score(gold.subList(0, 1), List.of(List.of(a)), List.of(several), 1);
        assertEquals(1.0, perfect.metric("when_exact_day").value(), EPS);
        assertEquals(1.0, perfect.metric("where_overlap").value(), EPS);
        assertEquals(1.0, perfect.metric("who_overlap").value(), EPS);
        assertEquals(1.0, perfect.metric("who_event_actor").value(), EPS);
        SuiteResult none = Giveme5w1hSuite.score(gold, List.of(List.of(), List.of()), java.util.Arrays.asList(null, null), 1);
        assertEquals(0.0, none.metric("when_exact_day").value(), EPS);
        assertEquals(0.0, none.metric("who_overlap").value(), EPS);
        // The second article: wrong day and place, right "police" in the event, a wrong lead: when 1/2, where 1/2,
        // who 1/2 by the lead, 2/2 by the event actor.
        SuiteResult mixed = Giveme5w1hSuite.score(gold, List.of(List.of(a), List.of(b)), List.of(several, mayor), 1);
        assertEquals(0.5, mixed.metric("when_exact_day").value(), EPS);
        assertEquals(0.5, mixed.metric("where_overlap").value(), EPS);
        assertEquals(0.5, mixed.metric("who_overlap").value(), EPS);
        assertEquals(1.0, mixed.metric("who_event_actor").value(), EPS);
        assertEquals(0.5, mixed.metric("when_publication_baseline").value(), EPS);
    }

    @Test
    void petrarch2Scorer() {
        List<Petrarch2Suite.Gold> gold = List.of(
                new Petrarch2Suite.Gold("t", null, List.of(new Petrarch2Suite.Triple("ISR", "PSE", "190"))),
                new Petrarch2Suite.Gold("t", null, List.of(new Petrarch2Suite.Triple("USAGOV", "CHN", "040"))));
        EventRecord hit = coded(new EventRecord("e", "ASSAULT", null, List.of(), "190", "q",
                List.of(new ActorRef("Israel", "Israel", "ISR", "GOV", 0, 1, "table")),
                List.of(new ActorRef("Palestine", "Gaza", "PSE", "GOV", 0, 1, "table")), null, null, Size.EMPTY,
                Factuality.ASSERTED, null, null, new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()));
        EventRecord nearMiss = coded(new EventRecord("e", "CONSULT", null, List.of(), "046", "q",
                List.of(new ActorRef("United States government", "US officials", "USA", "GOV", 0, 1, "role")),
                List.of(new ActorRef("China", "China", "CHN", "GOV", 0, 1, "table")), null, null, Size.EMPTY,
                Factuality.ASSERTED, null, null, new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()));
        SuiteResult perfect = Petrarch2Suite.score(gold.subList(0, 1), List.of(List.of(hit)), 1);
        assertEquals(1.0, perfect.metric("exact_f1").value(), EPS);
        SuiteResult none = Petrarch2Suite.score(gold, List.of(List.of(), List.of()), 1);
        assertEquals(0.0, none.metric("root_f1").value(), EPS);
        // 046 against 040: wrong code, right root and countries; exact and country-level match only the first.
        SuiteResult two = Petrarch2Suite.score(gold, List.of(List.of(hit), List.of(nearMiss)), 1);
        assertEquals(0.5, two.metric("exact_recall").value(), EPS);
        assertEquals(0.5, two.metric("country_recall").value(), EPS);
        assertEquals(1.0, two.metric("root_recall").value(), EPS);
        assertEquals(1.0, two.metric("root_precision").value(), EPS);
    }

    @Test
    void cameoCodersScorer() {
        // Three coders: roots 19 and 14 have two votes each; 01 only one.
        CameoCodersSuite.Gold g = new CameoCodersSuite.Gold("t",
                List.of(java.util.Set.of("19", "14"), java.util.Set.of("19", "01"), java.util.Set.of("14")));
        assertEquals(java.util.Set.of("14", "19"), g.majority());
        EventRecord assault = event("ASSAULT", null, null, null, null, null, null);
        EventRecord protest = coded(new EventRecord("e", "PROTEST", "demo", List.of(), "141", "q", List.of(), List.of(), null, null,
                Size.EMPTY, Factuality.ASSERTED, null, null, new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()));
        SuiteResult perfect = CameoCodersSuite.score(List.of(g), List.of(List.of(assault, protest)), 1);
        assertEquals(1.0, perfect.metric("root_f1").value(), EPS);
        SuiteResult none = CameoCodersSuite.score(List.of(g), List.of(List.of()), 1);
        assertEquals(0.0, none.metric("root_f1").value(), EPS);
        SuiteResult half = CameoCodersSuite.score(List.of(g), List.of(List.of(assault)), 1);
        assertEquals(1.0, half.metric("root_precision").value(), EPS);
        assertEquals(0.5, half.metric("root_recall").value(), EPS);
    }

    @Test
    void mappingCoversEveryPloverType() {
        AcledMapping mapping = new AcledMapping();
        for (String t : wirecoder.ontology.Ontology.PLOVER_TYPES) {
            assertEquals(true, mapping.map(event(t, null, null, null, null, null, null)).isPresent(), t);
        }
        assertEquals("Violence against civilians", mapping.map(coded(new EventRecord("e", "ASSAULT", null, List.of(), "190", "q",
                List.of(), List.of(new ActorRef("c", "c", null, "CVL", 0, 1, "role")), null, null, Size.EMPTY,
                Factuality.ASSERTED, null, null, new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()))).orElseThrow().eventType());
    }

    @Test
    void nonEventRates() {
        EventRecord police = coded(new EventRecord("e", "COERCE", "arrest", List.of(), "173", "q",
                List.of(new ActorRef("India police", "police", "IND", "COP", 0, 6, "role")), List.of(), null, null, Size.EMPTY,
                Factuality.ASSERTED, null, null, new Span("arrested", 20, 28), 0, "t", List.of(), 0, null, null, List.of()));
        EventRecord hedged = coded(new EventRecord("e", "ASSAULT", null, List.of(), "190", "q", List.of(), List.of(), null, null,
                Size.EMPTY, Factuality.HYPOTHETICAL, null, null, new Span("t", 0, 1), 0, "t", List.of(), 0, null, null, List.of()));
        // One text of two has an asserted event; a hedged one does not count.
        Ratio r = NonEventSuite.asserted(List.of(List.of(police), List.of(hedged)));
        assertEquals(0.5, r.value(), EPS);
        // The police event lies in the second sentence, which has no police action: a false one; the first has one.
        IndiaPoliceSuite.Doc doc = new IndiaPoliceSuite.Doc("d", null, "x", List.of(
                new IndiaPoliceSuite.Sentence(0, 10, "a", java.util.Set.of()),
                new IndiaPoliceSuite.Sentence(10, 40, "b", java.util.Set.of()),
                new IndiaPoliceSuite.Sentence(40, 50, "c", java.util.Set.of("ANY_ACTION"))));
        Ratio p = NonEventSuite.policeEvents(List.of(doc), List.of(List.of(police)));
        assertEquals(2, p.total());
        assertEquals(1, p.hits());
        SuiteResult s = NonEventSuite.score(r, r, p, 1);
        assertEquals(0.5, s.metric("false_event_rate").value(), EPS);
    }

    @Test
    void goldSpansOffTheirPhraseAreRealigned() {
        String text = "Floods hit Manitoba and Manitoba's north.";
        assertEquals(11, GeoSuite.nearest(text, "Manitoba", 13, 40));
        assertEquals(24, GeoSuite.nearest(text, "Manitoba", 22, 40));
        assertEquals(-1, GeoSuite.nearest(text, "Ontario", 11, 40));
        assertEquals(-1, GeoSuite.nearest(text, "Manitoba", 100, 40));
    }

    @Test
    void mordecai3HeldOutIsTheLastThirtyPercentOfRecognisedSpans() {
        GeoSuite.CorpusScore s = new GeoSuite.CorpusScore();
        for (int i = 0; i < 10; i++) s.recognised.add(i >= 7);
        assertEquals(0.3, s.recognised(1.0).value(), EPS);
        assertEquals(3, s.recognised(GeoSuite.HELD_OUT).total());
        assertEquals(1.0, s.recognised(GeoSuite.HELD_OUT).value(), EPS);
        GeoSuite.Toponym gold = new GeoSuite.Toponym(10, 18, 1L, 0.0, 0.0);
        Place found = new Place("p", "p", 14, 20, null, null, null, null, null, null, "unresolved", false);
        Place elsewhere = new Place("p", "p", 18, 25, null, null, null, null, null, null, "unresolved", false);
        assertEquals(true, GeoSuite.overlapsAny(gold, List.of(elsewhere, found)));
        assertEquals(false, GeoSuite.overlapsAny(gold, List.of(elsewhere)));
    }
}
