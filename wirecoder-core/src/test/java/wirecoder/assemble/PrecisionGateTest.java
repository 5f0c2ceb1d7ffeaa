package wirecoder.assemble;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a trigger finds that is no political event, end to end; and what must survive the gate. */
class PrecisionGateTest {

    private static List<EventRecord> events(String text) {
        return Fixtures.extract(text, Fixtures.THURSDAY).events();
    }

    @Test
    void aVoteOrAGameWonIsNoBlow() {
        assertTrue(events("Trump narrowly beat Clinton in Wisconsin.").isEmpty());
        assertTrue(events("Madrid beat Barcelona 3-1 in the cup final on Sunday.").isEmpty());
    }

    @Test
    void anAccidentOrADisasterHasNoAttacker() {
        assertTrue(events("Three people were killed when a truck collided with a bus on the highway near Lahore.").isEmpty());
        assertTrue(events("At least two people died and 55 others were injured in a gas explosion at a noodle restaurant.").isEmpty());
        assertTrue(events("Two strong earthquakes struck north-western Iran, leaving at least 180 people dead.").isEmpty());
    }

    @Test
    void weatherAndProductWarningsAreNoThreats() {
        assertTrue(events("The Met Office warned of cloudy weather throughout Saturday evening in London.").isEmpty());
        assertTrue(events("The Canadian Food Inspection Agency is warning people not to eat a recalled chicken product.").isEmpty());
    }

    @Test
    void aThanksgivingTurkeyIsNoPrisoner() {
        assertTrue(events("Barack Obama pardoned his last turkey as U.S. president on Wednesday.").isEmpty());
    }

    @Test
    void attacksByArmedMenAndWordsAgainstAPolicyStay() {
        EventRecord bomb = Fixtures.find(events("Gunmen killed three soldiers when they attacked a checkpoint near the crash site."),
                "attack", e -> e.eventType().equals("ASSAULT"));
        assertTrue(bomb.actor().stream().anyMatch(a -> "REB".equals(a.sector())), Fixtures.describe(List.of(bomb)));
        EventRecord words = Fixtures.find(events("Haley strongly attacked Trump's proposal on immigration."), "attacked",
                e -> e.trigger().text().equals("attacked"));
        assertEquals("ACCUSE", words.eventType());
    }

    @Test
    void aPrizeWonIsNoCapture() {
        assertTrue(events("She also captured four medals at the world championships.").isEmpty());
    }

    @Test
    void wordSensesThatAreNoEvents() {
        assertTrue(events("A teenaged swimmer surfaced to capture the national imagination.").isEmpty());
        assertTrue(events("Canadian athletes have demonstrated incredible prowess this year.").isEmpty());
        assertTrue(events("\"You pick yourself up and you start all over,\" added Taylor.").isEmpty());
        assertTrue(events("Alberta looks beyond the U.S. and its increasing opposition to free trade.").stream().noneMatch(e -> e.eventType().equals("RETREAT")));
        assertTrue(events("On Friday evening, city police were called to check on the well-being of a woman.").isEmpty());
        assertTrue(events("For more information, call the city museum at 806-423-1253.").isEmpty());
        assertTrue(events("The global energy shortage is particularly threatening to South Africa.").isEmpty());
    }

    @Test
    void opinionsCompaniesAndALifetimeAreNoEvents() {
        assertTrue(events("The FBI agrees with the CIA's conclusion that Russia's goal was to help Trump win.").isEmpty());
        assertTrue(events("Starbucks agreed to buy out its joint venture partner Uni-President for $1.3bn.").isEmpty());
        assertTrue(events("Fidel Castro defied the United States for decades.").isEmpty());
    }

    @Test
    void roadAccidentsAndFallingTreesHaveNoAttacker() {
        assertTrue(events("A woman was killed and five others were injured when a large tree fell on a wedding party in Los Angeles.").isEmpty());
        assertTrue(events("A four-year-old boy riding a scooter was killed on a road in Kingston on Sunday.").isEmpty());
        assertTrue(events("Collision investigators will close Rest Acres Road for several hours.").isEmpty());
    }

    @Test
    void aCarBombAndADetentionStay() {
        List<EventRecord> bomb = events("A car bomb killed five people near a market in Kirkuk on Sunday.");
        assertEquals("ASSAULT", Fixtures.find(bomb, "bomb", e -> true).eventType());
        List<EventRecord> held = events("The suspect is being held without bail at the county jail.");
        assertEquals("COERCE", Fixtures.find(held, "held", e -> e.trigger().text().contains("held")).eventType());
    }

    @Test
    void privatePeopleMeetingIsNoEvent() {
        assertTrue(events("Kody Berrey had minor injuries and refused treatment, the Highway Patrol reported.").stream()
                .noneMatch(e -> e.eventType().equals("REJECT")));
        // An organisation the tables do not know may be political: the APEC forum's agreement stays.
        assertEquals("AGREE", Fixtures.find(events("The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy research center in Tokyo."),
                "agreed", e -> true).eventType());
    }

    @Test
    void sanctionsThatTargetOrAreSlappedAreNoAttack() {
        assertTrue(events("The White House has announced new actions targeting Russia over the cyberattacks.").stream()
                .noneMatch(e -> e.eventType().equals("ASSAULT")));
        List<EventRecord> slap = events("US President Joe Biden slapped sanctions on Myanmar's military leaders on Wednesday.");
        assertTrue(slap.stream().noneMatch(e -> e.eventType().equals("ASSAULT")), Fixtures.describe(slap));
        assertTrue(slap.stream().anyMatch(e -> e.eventType().equals("SANCTION")), Fixtures.describe(slap));
    }

    @Test
    void clashesThatEruptAreNoVolcano() {
        List<EventRecord> e = events("Clashes erupted between Syrian troops and rebels near Aleppo on Sunday, killing 12 fighters.");
        assertTrue(e.stream().anyMatch(x -> x.eventType().equals("ASSAULT")), Fixtures.describe(e));
    }

    @Test
    void noCommentAndPickingUpChildrenAreNoEvents() {
        assertTrue(events("A police spokeswoman declined to comment on the case.").isEmpty());
        assertTrue(events("Parents can pick up the children at the school gate at 3 p.m.").isEmpty());
        // Refusing to answer a demand is a rejection.
        assertEquals("REJECT", Fixtures.find(events("Prime Minister Ismail Haniyeh has refused to respond to a demand from the US President."),
                "refused", e -> true).eventType());
    }

    @Test
    void aDiseaseOrAnIllnessKillsWithoutAnAttacker() {
        assertTrue(events("The cholera outbreak has killed 292 people and infected over 4,000.").stream()
                .noneMatch(e -> e.eventType().equals("ASSAULT")));
        assertTrue(events("Bird flu killed several hundred ducks near Moscow last week.").stream()
                .noneMatch(e -> e.eventType().equals("ASSAULT")));
        // Gunmen who kill during an epidemic still kill.
        assertEquals("ASSAULT", Fixtures.find(events("Gunmen killed two health workers at a cholera clinic in Borno on Monday."),
                "killed", e -> e.trigger().text().equals("killed")).eventType());
    }

    @Test
    void aBodyFoundAfterADrowningIsNoKilling() {
        assertTrue(events("A body was found in the river after the man drowned on Sunday.").stream()
                .noneMatch(e -> e.eventType().equals("ASSAULT")));
    }

    @Test
    void criticismAndFirefightingAreNoShooting() {
        assertTrue(events("The premier's travels came under fire from critics during the election campaign.").stream()
                .noneMatch(e -> e.eventType().equals("ASSAULT")));
        assertTrue(events("Firefighters responding to a fire found the house empty.").stream()
                .noneMatch(e -> e.eventType().equals("ASSAULT")));
        assertEquals("ASSAULT", Fixtures.find(events("The convoy came under fire near Kandahar on Tuesday."), "fire",
                e -> e.eventType().equals("ASSAULT")).eventType());
    }

    @Test
    void aMatchIsNoClash() {
        assertTrue(events("The two teams will clash again in the second leg next week.").stream()
                .noneMatch(e -> e.eventType().equals("ASSAULT")));
        // An armed group called a division still clashes.
        assertEquals("ASSAULT", Fixtures.find(events("On 2 May 2020, JaS clashed with Hamza Division near Al Bab."), "clashed",
                e -> e.eventType().equals("ASSAULT")).eventType());
    }
}
