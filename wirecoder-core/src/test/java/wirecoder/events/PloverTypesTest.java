package wirecoder.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several written sentences per PLOVER type: type, mode, CAMEO root and the two sides. */
class PloverTypesTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // AGREE
            "Iran agreed to cooperate with the inspectors. | AGREE | - | 03 | Iran | -",
            "Sudan's army offered a truce to the Rapid Support Forces. | AGREE | - | 03 | Sudan military | Rapid Support Forces",
            // CONSULT
            "Egyptian officials held talks with Hamas in Cairo. | CONSULT | - | 04 | Egypt government | Hamas",
            "The Turkish foreign minister visited Baghdad. | CONSULT | visit | 04 | Turkey government | Iraq",
            "Negotiations began between Ethiopia and Egypt. | CONSULT | - | 04 | Ethiopia | Egypt",
            // SUPPORT
            "Qatar and Egypt signed an agreement on gas exports. | SUPPORT | - | 05 | Qatar | -",
            "The African Union praised Kenya for its election. | SUPPORT | - | 05 | African Union | Kenya",
            "The United States defended the right of Russian troops to fire on militants. | SUPPORT | - | 05 | United States | -",
            // CONCEDE
            "The president pardoned 200 prisoners. | CONCEDE | - | 08 | government | -",
            "The government withdrew the controversial tax bill. | CONCEDE | - | 08 | government | -",
            // COOPERATE
            "Jordan and the United States conducted joint military exercises. | COOPERATE | - | 06 | Jordan | -",
            "Spain extradited the suspect to Morocco. | COOPERATE | - | 06 | Spain | -",
            // AID
            "The United Nations delivered food aid to Gaza. | AID | - | 07 | United Nations | -",
            "Germany sent weapons to Ukraine. | AID | - | 07 | Germany | -",
            // RETREAT
            "Hamas released three hostages on Sunday. | RETREAT | release | 08 | Hamas | hostages",
            "Russian troops withdrew from Kherson. | RETREAT | withdraw | 08 | Russia military | -",
            "A ceasefire between Israel and Hezbollah took effect on Wednesday. | RETREAT | ceasefire | 08 | Israel | Hezbollah",
            // REQUEST
            "The Arab League called for a ceasefire in Gaza. | REQUEST | yield | 10 | Arab League | -",
            "Protesters demanded the resignation of the prime minister. | REQUEST | - | 10 | protesters | -",
            "The United States called on both sides to agree to a truce. | REQUEST | - | 10 | United States | -",
            // ACCUSE
            "Iran accused Israel of sabotage. | ACCUSE | allege | 11 | Iran | Israel",
            "The European Union condemned the attack. | ACCUSE | disapprove | 11 | European Union | -",
            "Prosecutors opened an investigation into the minister. | ACCUSE | investigate | 09 | judiciary | -",
            // REJECT
            "Hamas rejected the proposal. | REJECT | - | 12 | Hamas | -",
            "Russia vetoed the resolution. | REJECT | - | 12 | Russia | -",
            // THREATEN
            "North Korea threatened South Korea with nuclear strikes. | THREATEN | - | 13 | North Korea | South Korea",
            "The Houthis issued an ultimatum to Saudi Arabia. | THREATEN | relations | 13 | Houthis | -",
            // PROTEST
            "Thousands of students protested in Dhaka on Monday. | PROTEST | demo | 14 | Bangladesh students | -",
            "Workers went on strike at the port of Mombasa. | PROTEST | strike | 14 | Kenya workers | -",
            "Rioters clashed with police in Paris. | PROTEST | riot | 14 | France rioters | France police",
            // SANCTION
            "Morocco severed diplomatic ties with Iran. | SANCTION | discontinue | 16 | Morocco | Iran",
            "Niger expelled the French ambassador. | SANCTION | expel | 16 | Niger | France government",
            // MOBILIZE
            "India deployed troops along the border. | MOBILIZE | troops | 15 | India | India military",
            "Russia mobilized 300,000 reservists. | MOBILIZE | troops | 15 | Russia | -",
            // COERCE
            "Police arrested 20 protesters in Nairobi on Tuesday. | COERCE | arrest | 17 | Kenya police | Kenya protesters",
            "The authorities imposed a curfew in Dushanbe. | COERCE | curfew | 17 | Tajikistan government | -",
            "The junta banned the opposition party. | COERCE | restrict | 17 | - | opposition",
            "The Israeli army forced out 1,000 Palestinian refugees from their homes. | COERCE | deport | 17 | Israel military | Palestine refugees",
            // ASSAULT
            "Israeli aircraft bombed a school in Gaza. | ASSAULT | aerial | 19 | Israel military | -",
            "Gunmen kidnapped 30 students in Kaduna. | ASSAULT | abduct | 18 | Nigeria gunmen | Nigeria students",
            "Militants attacked a police station in Peshawar. | ASSAULT | - | 19 | Pakistan militants | -",
            "Al-Shabaab fighters ambushed a Somali army convoy. | ASSAULT | firearms | 19 | al-Shabaab | Somalia military",
    })
    void codesEachPloverType(String sentence, String type, String mode, String cameoRoot, String actor, String recipient) {
        List<EventRecord> events = Fixtures.events(sentence);
        EventRecord e = events.stream().filter(x -> x.eventType().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in '" + sentence + "': " + Fixtures.describe(events)));
        if (mode != null) assertEquals(mode, e.mode(), Fixtures.describe(events));
        assertTrue(e.cameo().startsWith(cameoRoot), e.cameo() + " does not start with " + cameoRoot);
        if (actor != null) assertTrue(Fixtures.names(e.actor()).contains(actor), "actor " + actor + ": " + Fixtures.describe(events));
        if (recipient != null) {
            assertTrue(Fixtures.names(e.recipient()).contains(recipient), "recipient " + recipient + ": " + Fixtures.describe(events));
        }
        assertEquals(Factuality.ASSERTED, e.factuality());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The talks over the withdrawal of troops continued. | RETREAT",
            "He gave a speech about the history of the offensive. | ASSAULT",
            "The ceasefire was fragile. | RETREAT",
    })
    void nounsWithoutAnEventContextAreNotEvents(String sentence, String type) {
        List<EventRecord> events = Fixtures.events(sentence);
        assertTrue(events.stream().noneMatch(e -> e.eventType().equals(type)), Fixtures.describe(events));
    }

    @org.junit.jupiter.api.Test
    void aConvertedCameoVerbCodesWhatPoliticalActorsDoToEachOther() {
        EventRecord ratified = Fixtures.find(Fixtures.extract("Canada ratified the trade agreement with the European Union on Tuesday.",
                Fixtures.THURSDAY).events(), "ratified", e -> e.cameo().equals("031"));
        assertEquals("AGREE", ratified.eventType());
        EventRecord ceded = Fixtures.find(Fixtures.extract("Rebels ceded the airport to government forces on Monday.",
                Fixtures.THURSDAY).events(), "ceded", e -> e.eventType().equals("CONCEDE"));
        assertEquals("080", ceded.cameo());
        // The same dictionary's verbs say nothing between a doctor and a board.
        assertTrue(Fixtures.extract("Dr Smith is certified by the American Board of Radiology.", Fixtures.THURSDAY).events().isEmpty());
    }
}
