package wirecoder.actors;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.ActorRef;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who did what to whom on the patterns real news writes: each role pattern and each wrong-actor pattern of issue 11. */
class DyadTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 3);

    private static EventRecord event(String text, LocalDate day, Predicate<EventRecord> which) {
        return Fixtures.find(Fixtures.extract(text, day).events(), "event", which);
    }

    private static EventRecord event(String text, String type) {
        return event(text, DAY, e -> e.eventType().equals(type));
    }

    private static List<String> countries(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::country).toList();
    }

    // Recipients of verbal and material events.

    @Test
    void thePossessorOfTheObjectIsTheRecipient() {
        EventRecord e = event("Modi rejected Islamabad's offer of talks.", "REJECT");
        assertEquals("IND", e.actor().get(0).country());
        assertEquals(List.of("PAK"), countries(e.recipient()));
    }

    @Test
    void aComplementsToPhraseIsTheRecipientOfAThreat() {
        EventRecord e = event("Iran threatened to close the strait to U.S. ships.", "THREATEN");
        assertEquals(List.of("USA"), countries(e.recipient()));
    }

    @Test
    void aDemonymOnTheObjectNamesWhoseDeedIsCondemned() {
        EventRecord e = event("The Somali president condemned the Ethiopian raid.", "ACCUSE");
        assertEquals("SOM", e.actor().get(0).country());
        assertEquals(List.of("ETH"), countries(e.recipient()));
    }

    @Test
    void aPledgeToAStateHasItAsRecipient() {
        EventRecord e = event("Japan pledged $50 million to Sudan.", "AGREE");
        assertEquals(List.of("SDN"), countries(e.recipient()));
    }

    @Test
    void theAgentOfACondemnedDeedIsTheRecipient() {
        EventRecord e = event("The African Union condemned the abduction of schoolgirls by bandits.", "ACCUSE");
        assertEquals(List.of("bandits"), Fixtures.names(e.recipient()));
    }

    @Test
    void whoStruckIsTheRecipientOfTheCondemnation() {
        EventRecord e = event("Gunmen from al-Shabaab attacked a hotel in Mogadishu on Friday. The African Union condemned the attack.",
                "ACCUSE");
        assertEquals(List.of("al-Shabaab"), Fixtures.names(e.recipient()));
    }

    @Test
    void everyCondemnationOfTheDeedNamesItsDoer() {
        List<EventRecord> events = Fixtures.extract("Gunmen from al-Shabaab attacked a hotel in Mogadishu on Friday. The African "
                + "Union condemned the attack. Kenya also condemned the attack.", DAY).events();
        List<EventRecord> condemnations = events.stream().filter(e -> e.eventType().equals("ACCUSE")).toList();
        assertEquals(2, condemnations.size(), Fixtures.describe(events));
        for (EventRecord e : condemnations) assertEquals(List.of("al-Shabaab"), Fixtures.names(e.recipient()), Fixtures.describe(events));
    }

    @Test
    void anArrestedMinisterIsTheGovernment() {
        EventRecord e = event("Soldiers arrested the interior minister in Niamey.", "COERCE");
        assertEquals("MIL", e.actor().get(0).sector());
        assertEquals("GOV", e.recipient().get(0).sector());
        assertEquals("NER", e.recipient().get(0).country());
    }

    @Test
    void aDemandIsMadeOfTheSubjectOfWhatIsDemanded() {
        EventRecord e = event("The PRC on Tuesday demanded that the US cancel plans to sell weapons to Taiwan.", "REQUEST");
        assertEquals(List.of("USA"), countries(e.recipient()));
    }

    @Test
    void aThreatIsMadeToWhoeverMustMeetItsCondition() {
        EventRecord e = event("Iran threatened to launch a new offensive unless Baghdad accepted its conditions.", "THREATEN");
        assertEquals(List.of("IRQ"), countries(e.recipient()));
    }

    @Test
    void anEventDoneToAPlaceIsReceivedByItsState() {
        EventRecord e = event("Turkish authorities imposed a curfew in the town of Cizre on Tuesday.", "COERCE");
        assertEquals(List.of("TUR"), countries(e.recipient()));
        assertEquals("place", e.recipient().get(0).resolvedBy());
    }

    // Actors outside the subject.

    @Test
    void thePassiveAgentActs() {
        EventRecord e = event("Four aid workers were kidnapped by al-Shabaab fighters near Kismayo.", "ASSAULT");
        assertEquals(List.of("al-Shabaab"), Fixtures.names(e.actor()));
        assertEquals("SOM", e.recipient().get(0).country());
    }

    @Test
    void aNamedCompoundOfANominalEventActs() {
        EventRecord e = event("An ISWAP raid on an army post killed nine soldiers in Borno.", "ASSAULT");
        assertEquals(List.of("Islamic State West Africa Province"), Fixtures.names(e.actor()));
    }

    @Test
    void aStateLedCoalitionIsThatStates() {
        EventRecord e = event("The U.S.-led coalition stepped up strikes on Islamic State positions near Raqqa.", "ASSAULT");
        assertEquals("USA", e.actor().get(0).country());
        assertEquals(List.of("Islamic State"), Fixtures.names(e.recipient()));
    }

    @Test
    void aHyphenatedLeaderOwnsTheCoalitionAlsoWhenTheParserHangsItOnTheEvent() {
        EventRecord e = event("On 9 May 2020, 8 Saudi-led coalition airstrikes reportedly targeted various areas in Qaatabah district.", "ASSAULT");
        assertEquals("SAU", e.actor().get(0).country(), Fixtures.describe(List.of(e)));
        EventRecord us = event("The US-led coalition stepped up strikes on Islamic State positions near Raqqa.", "ASSAULT");
        assertEquals("USA", us.actor().get(0).country());
    }

    @Test
    void proAndAntiNameTheSideNotTheOwner() {
        EventRecord hadi = event("On 4 May 2020, joint pro-Hadi forces reportedly shot down a drone over Qaatabah.", "ASSAULT");
        assertEquals("YEM", hadi.actor().get(0).country(), Fixtures.describe(List.of(hadi)));
        EventRecord houthi = event("On 3 May 2020, pro-Houthi forces reportedly shelled houses in Qaatabah.", "ASSAULT");
        assertEquals(List.of("Houthis"), Fixtures.names(houthi.actor()));
        ExtractionResult anti = Fixtures.extract("Anti-US protesters burned flags outside the embassy in Baghdad.", DAY);
        EventRecord protest = Fixtures.find(anti.events(), "protest", x -> x.eventType().equals("PROTEST"));
        assertEquals("IRQ", protest.actor().get(0).country(), Fixtures.describe(anti.events()));
        assertTrue(anti.places().stream().noneMatch(p -> "USA".equals(p.country())), "anti-US is no place");
    }

    @Test
    void aCurrencyIsNeitherPlaceNorSide() {
        ExtractionResult r = Fixtures.extract("Protesters demonstrating against the high US dollar exchange rate blocked a road "
                + "in Beirut. The Lebanese pound has lost 60 percent of its value.", DAY);
        EventRecord e = Fixtures.find(r.events(), "protest", x -> x.eventType().equals("PROTEST"));
        assertEquals("LBN", e.actor().get(0).country(), Fixtures.describe(r.events()));
        assertTrue(e.recipient().stream().noneMatch(a -> "USA".equals(a.country())), Fixtures.describe(r.events()));
        assertTrue(r.places().stream().noneMatch(p -> "USA".equals(p.country())), "the US dollar is no place");
    }

    @Test
    void aByAgentMakesARootParticiplePassive() {
        EventRecord e = event("On 9 May 2020, a landmine planted by an unidentified armed group in al Khalsiyeh in rural Ein Issa "
                + "in Ar-Raqqa detonated killing a civilian.", "ASSAULT");
        assertEquals("REB", e.actor().get(0).sector(), Fixtures.describe(List.of(e)));
    }

    @Test
    void aFartherPathIsReadWhenTheObjectNamesNoActor() {
        EventRecord e = event("President Bush has threatened further action against Russia in a television program.",
                LocalDate.of(2003, 5, 3), x -> x.eventType().equals("THREATEN"));
        assertEquals(List.of("RUS"), countries(e.recipient()), Fixtures.describe(List.of(e)));
    }

    @Test
    void aThreatsConditionMayHangOnAComplementOfAComplement() {
        EventRecord e = event("Russia has threatened to stop negotiations to reduce nuclear weapons if the United States goes "
                + "ahead with the deployment of new missiles in Europe.", "THREATEN");
        assertEquals(List.of("USA"), countries(e.recipient()), Fixtures.describe(List.of(e)));
    }

    @Test
    void aProtestWithNoTargetNamedIsAimedAtTheGovernmentWhereItIsHeld() {
        EventRecord e = event("Up to 100 ethnic Albanians demonstrated in Serbia on Tuesday, Belgrade radio said.",
                LocalDate.of(1999, 5, 3), x -> x.eventType().equals("PROTEST"));
        assertEquals(List.of("SRB"), countries(e.recipient()), Fixtures.describe(List.of(e)));
        assertEquals("place", e.recipient().get(0).resolvedBy());
    }

    @Test
    void theOnPhraseOfTheObjectAndTheToPhraseOfTheSupportVerbReceive() {
        EventRecord lift = event("Algeria's president said he is prepared to lift the ban on the Islamic Salvation Front.",
                LocalDate.of(1999, 5, 3), x -> !x.recipient().isEmpty() || x.eventType().equals("AGREE"));
        assertEquals(List.of("Islamic Salvation Front"), Fixtures.names(lift.recipient()), Fixtures.describe(List.of(lift)));
        EventRecord asylum = event("Uganda has granted political asylum to 18 Rwandan rebels.", "AID");
        assertEquals(List.of("RWA"), countries(asylum.recipient()), Fixtures.describe(List.of(asylum)));
    }

    @Test
    void aPromiseToActOnAPlaceIsReceivedByItsState() {
        EventRecord e = event("Under the disengagement plan, Israel will evacuate all 21 settlements in the Gaza Strip in mid-August.",
                LocalDate.of(2005, 5, 3), x -> x.eventType().equals("AGREE"));
        assertEquals(List.of("PSE"), countries(e.recipient()), Fixtures.describe(List.of(e)));
    }

    @Test
    void whoseResignationIsDemandedIsTheDemandsTarget() {
        EventRecord e = event("Rwandan rebels demanded the removal of President Juvenal Habyarimana at the fourth round of talks.",
                LocalDate.of(1993, 1, 10), x -> x.eventType().equals("REQUEST"));
        assertEquals(List.of("Juvenal Habyarimana"), Fixtures.names(e.recipient()), Fixtures.describe(List.of(e)));
        EventRecord call = event("Protesters gathered in Cairo. They called for the resignation of the interior minister.",
                LocalDate.of(2017, 1, 10), x -> x.eventType().equals("REQUEST"));
        assertEquals(List.of("EGY"), countries(call.recipient()), Fixtures.describe(List.of(call)));
    }

    @Test
    void aHeInABodysAllegationIsNotTheBody() {
        EventRecord e = event("A 23-year-old man is in a Winnipeg jail on human trafficking charges after police allege he kidnapped a "
                + "woman last year.", LocalDate.of(2017, 1, 10), x -> x.eventType().equals("ASSAULT"));
        assertTrue(e.actor().stream().noneMatch(a -> "COP".equals(a.sector())), Fixtures.describe(List.of(e)));
    }

    @Test
    void aWeaponIsNoActor() {
        EventRecord e = event("On 3 May 2020, an IED exploded near a mosque in Al Bab city, killing the driver.", "ASSAULT");
        // Not the IED: the unidentified group that planted it.
        assertEquals(List.of("Syria unidentified armed group"), e.actor().stream().map(ActorRef::name).toList(),
                Fixtures.describe(List.of(e)));
        assertEquals("SYR", e.location().country(), "'Al Bab city' is the town Al Bab");
    }

    @Test
    void aGroupThatFightsIsWhereTheArticlesPlacesAre() {
        EventRecord e = event("On 3 May 2020, IS fighters shot dead a regime's fighter in the desert of Deir-ez-Zor.", "ASSAULT");
        assertEquals(List.of("Islamic State"), Fixtures.names(e.actor()));
        assertEquals("SYR", e.actor().get(0).country(), Fixtures.describe(List.of(e)));
    }

    @Test
    void aDemonymAdjectiveOnAnAttackIsTheState() {
        EventRecord e = event("A Russian missile attack on Kyiv killed two people.", "ASSAULT");
        assertEquals(List.of("Russia"), Fixtures.names(e.actor()));
    }

    @Test
    void anAppositionDoesNotHideTheSubject() {
        EventRecord e = event("Al-Shabaab, the Somali militant group, attacked a military base in Lower Shabelle.", "ASSAULT");
        assertEquals(List.of("al-Shabaab"), Fixtures.names(e.actor()));
    }

    @Test
    void aMeetingHasBothSides() {
        EventRecord e = event("Putin met Erdogan in Sochi.", "CONSULT");
        assertEquals(List.of("RUS"), countries(e.actor()));
        assertEquals(List.of("TUR"), countries(e.recipient()));
    }

    // Wrong actors.

    @Test
    void aDatelineIsNoActor() {
        EventRecord e = event("KABUL - Taliban fighters attacked a police checkpoint in Kunduz province on Tuesday.", "ASSAULT");
        assertEquals(List.of("Taliban"), Fixtures.names(e.actor()));
        assertTrue(e.recipient().stream().noneMatch(r -> r.text().contains("KABUL")), e.recipient().toString());
    }

    @Test
    void aSubjectSeveralClausesUpActsWhenTheNearOneNamesNoActor() {
        EventRecord e = event("A Turkish policeman shot the envoy on Monday and then, pacing near the body of his victim, appeared "
                + "to condemn Russia's role in Syria.", LocalDate.of(2016, 12, 19), x -> x.eventType().equals("ACCUSE"));
        assertEquals(List.of("TUR"), countries(e.actor()));
        assertEquals(List.of("RUS"), countries(e.recipient()));
        EventRecord shot = event("A Turkish policeman shot the envoy on Monday in Ankara.", LocalDate.of(2016, 12, 19),
                x -> x.eventType().equals("ASSAULT"));
        assertTrue(shot.recipient().stream().noneMatch(r -> "TUR".equals(r.country())), "a diplomat serves abroad: " + shot.recipient());
    }

    @Test
    void aCreditInBracketsIsNoSide() {
        EventRecord e = event("(The Washington Post) President-elect Donald Trump and President Obama met for the first time Thursday.",
                LocalDate.of(2016, 11, 11), x -> x.eventType().equals("CONSULT"));
        assertTrue(Fixtures.names(e.actor()).stream().noneMatch(n -> n.contains("Washington Post")), Fixtures.describe(List.of(e)));
    }

    @Test
    void theOwnerOfAThingIsNoSideOfBlamingIt() {
        List<EventRecord> events = Fixtures.extract("Hillary Clinton blamed her defeat on FBI Director James Comey.",
                LocalDate.of(2016, 11, 13)).events();
        for (EventRecord e : events) assertFalse(Fixtures.names(e.recipient()).contains("Hillary Clinton"), Fixtures.describe(events));
    }

    @Test
    void theSpeakersPronounIsTheSpeakerNotThePersonNamedLast() {
        String text = "President Barack Obama has said that he ordered Russia's Vladimir Putin to stop the hacking. "
                + "The president said he had warned Mr Putin of serious consequences.";
        EventRecord e = event(text, LocalDate.of(2016, 12, 16), x -> x.eventType().equals("THREATEN"));
        assertEquals(List.of("Barack Obama"), Fixtures.names(e.actor()));
        assertEquals(List.of("Vladimir Putin"), Fixtures.names(e.recipient()));
    }

    @Test
    void anOrganisationNamedEarlierIsNotALaterSentencesSubject() {
        String text = "The United Nations said aid convoys reached Aleppo on Monday. Gunmen attacked a convoy near Idlib on Tuesday.";
        EventRecord e = event(text, DAY, x -> x.eventType().equals("ASSAULT"));
        assertFalse(Fixtures.names(e.actor()).contains("United Nations"), Fixtures.describe(List.of(e)));
        assertEquals("REB", e.actor().get(0).sector());
    }

    @Test
    void theVictimIsNoActorOfTheSameShooting() {
        String text = "Gunmen carried out a series of attacks in central Jordan on Sunday, killing four members of the "
                + "Jordanian security forces. Two policemen were wounded and the assailants fled in a car.";
        for (EventRecord e : Fixtures.extract(text, LocalDate.of(2016, 12, 18)).events()) {
            if (!e.eventType().equals("ASSAULT")) continue;
            assertTrue(e.actor().stream().noneMatch(a -> "COP".equals(a.sector()) || "MIL".equals(a.sector())),
                    "the police are victims here: " + Fixtures.describe(List.of(e)));
        }
    }

    @Test
    void aBombNoOneClaimsIsAnUnidentifiedArmedGroupsWhereItExploded() {
        EventRecord e = event("An improvised explosive device planted on a police vehicle exploded in Kirkuk on Monday, "
                + "wounding two officers.", "ASSAULT");
        assertEquals("unidentified armed group", e.actor().get(0).name().replace("Iraq ", ""), Fixtures.describe(List.of(e)));
        assertEquals("IRQ", e.actor().get(0).country());
    }

    @Test
    void aBlastWithNoWeaponNamedHasNoAttacker() {
        for (EventRecord e : Fixtures.extract("An explosion at a noodle restaurant in Hangzhou injured 20 people on Monday; "
                + "officials suspect a gas leak.", DAY).events()) {
            assertTrue(e.actor().stream().noneMatch(a -> a.name().contains("unidentified")), Fixtures.describe(List.of(e)));
        }
    }

    @Test
    void anUnnamedAttackerWithNoPlaceTakesTheCountryOfWhoItFought() {
        EventRecord e = event("Unknown gunmen shot and killed a Syrian Democratic Forces fighter on Tuesday.", "ASSAULT");
        assertEquals(List.of("SYR"), countries(e.actor()), Fixtures.describe(List.of(e)));
        assertTrue(e.actor().get(0).resolvedBy().endsWith("+opponent"), e.actor().get(0).resolvedBy());
    }

    @Test
    void aReportedMustIsADemandOfWhoeverMustActWhateverTheVerb() {
        EventRecord e = event("The Red Cross said US and British forces must ensure security in the city.", "REQUEST");
        assertTrue(e.actor().get(0).name().contains("Red Cross"), Fixtures.describe(List.of(e)));
        assertEquals(List.of("USA", "GBR"), countries(e.recipient()), Fixtures.describe(List.of(e)));
        EventRecord r = event("Russia said on Tuesday that Sudan must return a helicopter.", "REQUEST");
        assertEquals(List.of("RUS"), countries(r.actor()), Fixtures.describe(List.of(r)));
        // The helicopter is what is to be returned, not a party to the demand.
        assertEquals(List.of("SDN"), countries(r.recipient()), Fixtures.describe(List.of(r)));
    }

    @Test
    void aGuessOrAnObligationOfOnesOwnIsNoDemand() {
        for (EventRecord e : Fixtures.extract("Officials said the attackers must have known the route. The minister said we must "
                + "remain calm.", DAY).events()) {
            assertFalse(e.eventType().equals("REQUEST"), Fixtures.describe(List.of(e)));
        }
    }

    @Test
    void aProtestIsAimedAtWhomItsDemandIsMadeOf() {
        EventRecord strike = event("Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian "
                + "President Ahmed Ben Bella.", LocalDate.of(1964, 4, 4), e -> e.eventType().equals("PROTEST"));
        assertEquals(List.of("DZA"), countries(strike.recipient()), Fixtures.describe(List.of(strike)));
        EventRecord refugees = event("A group of Chechen refugees are continuing a hunger strike in protest of the Russian "
                + "government's refusal to accept the independence of Chechnya.", DAY, e -> e.eventType().equals("PROTEST"));
        assertEquals(List.of("RUS"), countries(refugees.recipient()), Fixtures.describe(List.of(refugees)));
    }

    @Test
    void aRoleWordTakesTheOneCountryTheSentenceNamesButNotTheOtherSidesNorAPersonAPlacesCountry() {
        EventRecord e = event("Police arrested two men in a raid on Monday, Egypt's interior ministry said.", "COERCE");
        assertEquals(List.of("EGY"), countries(e.actor()), Fixtures.describe(List.of(e)));
        EventRecord arrest = event("Police arrested a Turkish man on Friday.", "COERCE");
        assertTrue(arrest.actor().stream().noneMatch(a -> "TUR".equals(a.country())), Fixtures.describe(List.of(arrest)));
        // A spokeswoman speaks of places abroad: Eastern Ghouta does not make Zakharova Syrian.
        EventRecord call = event("Zakharova called on the UN organizations to continue to provide aid for the civilians in "
                + "Eastern Ghouta.", "REQUEST");
        assertTrue(call.actor().stream().noneMatch(a -> "SYR".equals(a.country())), Fixtures.describe(List.of(call)));
    }

    @Test
    void anotherStatesInstitutionIsNotTheOneItsNameIsAnAliasOf() {
        EventRecord e = event("The Mexican Senate unanimously condemned the offensive statements on Tuesday.", "ACCUSE");
        assertEquals(List.of("MEX"), countries(e.actor()), Fixtures.describe(List.of(e)));
    }

    @Test
    void aPlaceHitWithNoVictimNamedIsReceivedByItsCountry() {
        EventRecord e = event("Israeli tanks fired four shells at targets in Jericho, witnesses said.", "ASSAULT");
        assertEquals(List.of("PSE"), countries(e.recipient()), Fixtures.describe(List.of(e)));
        EventRecord bomb = event("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.", "ASSAULT");
        assertEquals(List.of("IRQ"), countries(bomb.actor()), Fixtures.describe(List.of(bomb)));
    }

    @Test
    void whoeverRepelsAnAttackIsAttackedByItsAgent() {
        EventRecord by = event("Government forces repelled an attack by Houthi fighters near Marib.", "ASSAULT");
        assertEquals(List.of("Houthis"), by.actor().stream().map(ActorRef::name).toList(), Fixtures.describe(List.of(by)));
        EventRecord of = event("Pro-Hadi forces thwarted an attack of pro-Houthi forces west of Taizz on Monday.", "ASSAULT");
        assertEquals(List.of("Houthis"), of.actor().stream().map(ActorRef::name).toList(), Fixtures.describe(List.of(of)));
        assertEquals(List.of("YEM"), countries(of.recipient()), Fixtures.describe(List.of(of)));
    }

    @Test
    void aBodyOfPeopleStandsForThePeopleItsOfNames() {
        EventRecord talks = event("A delegation of Hamas officials held talks with Egyptian intelligence chiefs in Cairo.", "CONSULT");
        assertEquals(List.of("Hamas"), talks.actor().stream().map(ActorRef::name).toList(), Fixtures.describe(List.of(talks)));
        EventRecord shelling = event("A convoy of Turkish troops shelled Kurdish positions near Afrin.", "ASSAULT");
        assertEquals(List.of("TUR"), countries(shelling.actor()), Fixtures.describe(List.of(shelling)));
    }

    @Test
    void aModifierTakesALeaderOutOfGovernment() {
        EventRecord e = event("Evangelical leaders praised Trump on Monday.", "SUPPORT");
        assertEquals(List.of("CVL"), e.actor().stream().map(ActorRef::sector).toList(), Fixtures.describe(List.of(e)));
        EventRecord officials = event("Iraqi officials accused the rebels of the attack.", "ACCUSE");
        assertEquals(List.of("GOV"), officials.actor().stream().map(ActorRef::sector).toList(), Fixtures.describe(List.of(officials)));
    }
}
