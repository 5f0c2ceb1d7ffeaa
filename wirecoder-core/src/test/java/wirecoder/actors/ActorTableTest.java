package wirecoder.actors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.data.DataFileException;
import wirecoder.model.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The actor knowledge base as loaded: aliases, dated standing, office holders, user files. */
class ActorTableTest {

    private static ActorTable table;

    @BeforeAll
    static void load() {
        table = ActorTable.load();
    }

    /** Tokens of a phrase, all tagged as {@code ner} (what CoreNLP gives a name). */
    private static List<Token> tokens(String phrase, String ner) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        int i = 0;
        for (String w : phrase.split(" ")) {
            out.add(new Token(i++, w, w, "NNP", ner, at, at + w.length()));
            at += w.length() + 1;
        }
        return out;
    }

    private static ActorEntry only(String phrase, String ner) {
        List<PhraseMatcher.Match<ActorEntry>> m = table.names().findAll(tokens(phrase, ner));
        assertEquals(1, m.size(), "one match in '" + phrase + "': " + m);
        return m.get(0).value();
    }

    @Test
    void aliasesAndTransliterationsGiveOneActor() {
        assertEquals("Hezbollah", only("Hizballah", "ORGANIZATION").name());
        assertEquals("Nusra Front", only("Jabhat Fateh al-Sham", "ORGANIZATION").name());
        assertEquals("Houthis", only("Ansar Allah", "ORGANIZATION").name());
        assertEquals("Islamic State", only("Daesh", "ORGANIZATION").name());
        assertEquals("Recep Tayyip Erdogan", only("Erdoğan", "PERSON").name());
        assertEquals("Volodymyr Zelensky", only("Zelenskyy", "PERSON").name());
    }

    @Test
    void convertedPhoenixEntriesCarryCameoCodes() {
        ActorEntry fsa = only("Free Syrian Army", "ORGANIZATION");
        assertEquals("SYR", fsa.country());
        assertEquals("REB", fsa.sector());
        ActorEntry karzai = only("Hamid Karzai", "PERSON");
        assertEquals("AFG", karzai.country());
        assertEquals("AFGGOV", karzai.standingOn(LocalDate.of(2005, 1, 1)).code());
        assertEquals("ELI", karzai.standingOn(LocalDate.of(1990, 1, 1)).sector());
    }

    @Test
    void apostropheTokenisedApartStillMatches() {
        // CoreNLP writes "Workers'" as two tokens: "Workers" and "'".
        ActorEntry pkk = only("Kurdistan Workers ' Party", "ORGANIZATION");
        assertEquals("TUR", pkk.country());
    }

    @Test
    void surnameAloneNeedsAPersonTag() {
        assertEquals("Vladimir Putin", only("Putin", "PERSON").name());
        assertTrue(table.names().findAll(tokens("Putin", "O")).isEmpty(), "an untagged word is no surname");
        // The first name of a longer PERSON name is not that person: "Khalid bin Salman" is not King Khalid.
        List<PhraseMatcher.Match<ActorEntry>> m = table.names().findAll(tokens("Khalid bin Sultan", "PERSON"));
        assertTrue(m.stream().noneMatch(x -> x.value().name().equals("Khalid")), m.toString());
    }

    @Test
    void standingFollowsTheArticleDate() {
        ActorEntry erdogan = table.actor("Recep Tayyip Erdogan").orElseThrow();
        assertEquals("GOV", erdogan.standingOn(LocalDate.of(2016, 7, 15)).sector());
        assertEquals("TUR", erdogan.standingOn(LocalDate.of(2016, 7, 15)).country());
        ActorEntry sharaa = table.actor("Ahmed al-Sharaa").orElseThrow();
        assertEquals("REB", sharaa.standingOn(LocalDate.of(2020, 1, 1)).sector());
        assertEquals("GOV", sharaa.standingOn(LocalDate.of(2025, 3, 1)).sector());
    }

    @Test
    void thePresidentIsTheOfficeHolderOfTheDay() {
        assertEquals("Barack Obama", table.officeHolder("USA", "president", LocalDate.of(2016, 6, 1)).orElseThrow().name());
        assertEquals("Donald Trump", table.officeHolder("USA", "president", LocalDate.of(2018, 6, 1)).orElseThrow().name());
        assertEquals("Dmitry Medvedev", table.officeHolder("RUS", "president", LocalDate.of(2010, 6, 1)).orElseThrow().name());
        assertEquals("Vladimir Putin", table.officeHolder("RUS", "prime minister", LocalDate.of(2010, 6, 1)).orElseThrow().name());
        assertEquals("Sergei Lavrov", table.officeHolder("RUS", "foreign minister", LocalDate.of(2019, 6, 1)).orElseThrow().name());
        assertFalse(table.officeHolder("USA", "president", null).isPresent(), "no date, no office holder");
    }

    @Test
    void titlesNameOffices() {
        assertEquals("foreign minister", table.office("minister", Set.of("foreign")).orElseThrow());
        assertEquals("president", table.office("president", Set.of("russian")).orElseThrow());
        assertEquals("vice president", table.office("president", Set.of("vice")).orElseThrow());
        assertFalse(table.office("minister", Set.of("finance")).isPresent());
    }

    @Test
    void userFileOverridesBuiltIns(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "name\taliases\tcountry\tsector\tkind\n"
                + "Hezbollah Lebanon\tHezbollah;Hizballah\tLBN\tPTY\tparty\n");
        ActorTable mine = ActorTable.load(List.of(f));
        List<PhraseMatcher.Match<ActorEntry>> m = mine.names().findAll(tokens("Hezbollah", "ORGANIZATION"));
        assertEquals("Hezbollah Lebanon", m.get(0).value().name());
        assertEquals("PTY", m.get(0).value().sector());
    }

    @Test
    void badUserRowsNameFileAndLine(@TempDir Path dir) throws IOException {
        assertBad(dir, "X\t\tZZZ\tGOV\tgroup\n", "unknown country ZZZ", 2);
        assertBad(dir, "X\t\tLBN\tBOSS\tgroup\n", "unknown sector BOSS", 2);
        assertBad(dir, "X\t\tLBN\tGOV\tclub\n", "unknown kind club", 2);
        assertBad(dir, "X\t\tLBN\tGOV\tperson\t\tLBNGOV:2020-13-01..\n", "tenure dates", 2);
        assertBad(dir, "X\t\tLBN\tGOV\tperson\t\tLBNXYZ:2020-01-01..\n", "names no sector", 2);
        assertBad(dir, "X\t\tLBN\tGOV\tperson\tpresident\t\n", "needs tenures", 2);
    }

    private static void assertBad(Path dir, String row, String message, int line) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "name\taliases\tcountry\tsector\tkind\toffice\ttenures\n" + row);
        DataFileException e = assertThrows(DataFileException.class, () -> ActorTable.load(List.of(f)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains(":" + line), e.getMessage());
    }
}
