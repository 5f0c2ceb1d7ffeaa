package wirecoder.assemble;

import org.junit.jupiter.api.Test;
import wirecoder.Fixtures;
import wirecoder.model.EventRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One record per incident: a story's lead, its toll and its retelling are one event; another incident stays apart. */
class IncidentTest {

    private static List<EventRecord> assaults(String text) {
        return Fixtures.extract(text, Fixtures.THURSDAY).events().stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
    }

    @Test
    void theTollAndTheRetellingJoinTheLeadIncident() {
        List<EventRecord> e = assaults("A gunman shot a police officer dead in Lyon on Wednesday. "
                + "Three other people were wounded in the attack, police said. "
                + "Witnesses said the gunman shot the officer at close range.");
        assertEquals(1, e.size(), Fixtures.describe(e));
        // Each telling is kept: the shooting, the wounded in the attack, the witnesses' account.
        assertEquals(List.of(0, 1, 2), e.get(0).mentions().stream().map(m -> m.sentence()).toList());
    }

    @Test
    void aSeparateOrLaterIncidentStaysApart() {
        List<EventRecord> e = assaults("A gunman shot a police officer dead in Lyon on Wednesday. "
                + "In a separate attack, two soldiers were wounded in Marseille.");
        assertEquals(2, e.size(), Fixtures.describe(e));
        List<EventRecord> later = assaults("Gunmen attacked a police station in Kandahar on Wednesday. "
                + "The attackers were later killed by soldiers.");
        assertEquals(2, later.size(), Fixtures.describe(later));
    }

    @Test
    void anIncidentOnAnotherDayStaysApart() {
        List<EventRecord> e = assaults("A gunman shot a police officer dead in Ankara on Wednesday. "
                + "On Dec. 10, two bombs killed 44 people outside a stadium in Istanbul.");
        assertEquals(2, e.size(), Fixtures.describe(e));
    }

    @Test
    void aChargeRetoldAndAnAssailantNamedLaterAreOneRecord() {
        List<EventRecord> charges = Fixtures.extract("Detectives have charged an Edmonton woman with fraud. "
                + "Police said Morgan was charged with fraud and conspiracy on Tuesday.", Fixtures.THURSDAY).events().stream()
                .filter(e -> e.eventType().equals("ACCUSE")).toList();
        assertEquals(1, charges.size(), Fixtures.describe(charges));
        List<EventRecord> e = assaults("A man carried out a vicious assault on a woman in Edmonton on Wednesday. "
                + "Detectives said Taleh Habibzade stabbed her a number of times.");
        assertEquals(1, e.size(), Fixtures.describe(e));
    }

    @Test
    void aCrimeStorysOnlyChargeToldAgainLaterIsOneRecord() {
        String text = "A Cairns man has been charged with assault after a fight at a bar on Saturday. "
                + "The fight began shortly before midnight. Witnesses said music was loud. The bar closed early. "
                + "Staff called an ambulance. Two patrons left before police arrived. The owner said he was shocked. "
                + "The man was charged with assault and will appear in court soon.";
        List<EventRecord> charges = Fixtures.extract(text, Fixtures.THURSDAY).events().stream()
                .filter(e -> e.trigger().text().equals("charged")).toList();
        assertEquals(1, charges.size(), Fixtures.describe(charges));
        assertEquals(2, charges.get(0).mentions().size());
        // Two people sentenced by name are two records.
        List<EventRecord> sentences = Fixtures.extract("John Smith was sentenced to ten years in prison on Monday. "
                + "Mary Jones was sentenced to five years in prison on Monday.", Fixtures.THURSDAY).events().stream()
                .filter(e -> e.eventType().equals("SANCTION")).toList();
        assertEquals(2, sentences.size(), Fixtures.describe(sentences));
    }
}
