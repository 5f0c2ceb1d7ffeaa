package wirecoder.counts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wirecoder.TestSentences;
import wirecoder.model.Sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "some/DT two/CD dozen/NN | 24 | some two dozen",
            "nearly/RB 150/CD | 150 | nearly 150",
            "at/IN least/JJS 12/CD | 12 | at least 12",
            "more/JJR than/IN 1,200/CD | 1200 | more than 1,200",
            "a/DT dozen/NN | 12 | a dozen",
            "three/CD hundred/CD | 300 | three hundred",
            "two/CD thousand/CD five/CD hundred/CD | 2500 | two thousand five hundred",
            "about/RB 30/CD | 30 | about 30",
            "dozens/NNS | null | dozens",
            "hundreds/NNS | null | hundreds",
            "nine/CD | 9 | nine",
            "1.5/CD million/CD | 1500000 | 1.5 million",
    })
    void normalisesVagueAndWrittenNumbers(String tagged, Long value, String text) {
        Sentence s = TestSentences.tagged(tagged + " people/NNS");
        NumberPhrase n = parser.endingAt(s.tokens(), s.size() - 2);
        assertEquals(value, n.value());
        assertEquals(text, n.text());
    }
}
