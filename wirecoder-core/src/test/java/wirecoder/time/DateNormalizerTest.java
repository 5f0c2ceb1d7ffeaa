package wirecoder.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wirecoder.TestSentences;
import wirecoder.model.Sentence;
import wirecoder.model.TimeRef;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateNormalizerTest {

    private final TimeFinder finder = new TimeFinder();
    private final DateNormalizer normalizer = new DateNormalizer();

    private TimeRef resolve(String tagged, String published, boolean future) {
        Sentence s = TestSentences.tagged(tagged);
        List<TimeExpression> found = finder.find(s);
        assertEquals(1, found.size(), "one time expression in " + tagged + ": " + found);
        return normalizer.normalize(found.get(0), published.isEmpty() ? null : LocalDate.parse(published), future);
    }

    @ParameterizedTest(name = "{0} published {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // the seed's case: "on Friday" in a Thursday article is the Friday before
            "on/IN Friday/NNP | 2017-07-27 | false | 2017-07-21 | day",
            // the same weekday as publication is the publication day
            "on/IN Thursday/NNP | 2017-07-27 | false | 2017-07-27 | day",
            "on/IN Tuesday/NNP | 2017-07-27 | false | 2017-07-25 | day",
            // across a month boundary
            "on/IN Sunday/NNP | 2024-03-01 | false | 2024-02-25 | day",
            // across a year boundary (2025-01-01 is a Wednesday)
            "on/IN Saturday/NNP | 2025-01-01 | false | 2024-12-28 | day",
            "last/JJ Wednesday/NNP | 2025-01-01 | false | 2024-12-25 | day",
            // future events point forward, also across the year
            "on/IN Friday/NNP | 2024-12-30 | true | 2025-01-03 | day",
            "next/JJ Monday/NNP | 2024-12-30 | false | 2025-01-06 | day",
            "yesterday/NN | 2024-03-01 | false | 2024-02-29 | day",
            "tomorrow/NN | 2024-12-31 | false | 2025-01-01 | day",
            "now/RB | 2017-07-27 | false | 2017-07-27 | day",
            "last/JJ week/NN | 2024-05-16 | false | 2024-05-06 | week",
            "last/JJ month/NN | 2024-01-10 | false | 2023-12 | month",
            "last/JJ year/NN | 2017-07-27 | false | 2016 | year",
            "next/JJ month/NN | 2023-12-05 | false | 2024-01 | month",
            "three/CD days/NNS ago/RB | 2024-03-02 | false | 2024-02-28 | day",
            "two/CD years/NNS ago/RB | 2024-03-02 | false | 2022 | year",
            // month-day without a year takes the publication year...
            "on/IN March/NNP 3/CD | 2024-03-10 | false | 2024-03-03 | day",
            // ...or the year before when it would otherwise lie well after publication
            "on/IN December/NNP 28/CD | 2025-01-02 | false | 2024-12-28 | day",
            "on/IN January/NNP 4/CD | 2024-12-20 | true | 2025-01-04 | day",
            "July/NNP 26/CD ,/, 2017/CD | 2017-07-27 | false | 2017-07-26 | day",
            "12/CD March/NNP 2019/CD | 2024-01-01 | false | 2019-03-12 | day",
            "in/IN 2014/CD | 2017-07-27 | false | 2014 | year",
            "in/IN September/NNP | 2022-10-20 | false | 2022-09 | month",
            "2023-11-05/CD | 2024-01-01 | false | 2023-11-05 | day",
    })
    void anchorsOnThePublicationDate(String tagged, String published, boolean future, String value, String precision) {
        TimeRef t = resolve(tagged, published, future);
        assertEquals(value, t.value());
        assertEquals(precision, t.precision());
    }

    @ParameterizedTest
    @CsvSource({"on/IN Friday/NNP", "yesterday/NN", "last/JJ year/NN"})
    void withoutAPublicationDateRelativeTimesStayUnresolved(String tagged) {
        assertNull(resolve(tagged, "", false).value());
    }

    @ParameterizedTest
    @CsvSource({"at/IN that/DT time/NN", "back/RB then/RB"})
    void aReferenceToAnEarlierTimeHasNoValueAndIsHistorical(String tagged) {
        Sentence s = TestSentences.tagged(tagged);
        TimeExpression e = finder.find(s).get(0);
        assertNull(normalizer.normalize(e, LocalDate.of(2017, 7, 27), false).value());
        assertEquals(true, DateNormalizer.isHistorical(e, LocalDate.of(2017, 7, 27)));
    }

    @ParameterizedTest
    @CsvSource({"the/DT march/NN began/VBD", "he/PRP may/MD go/VB", "4000/CD people/NNS", "6/CD a.m./NN"})
    void ordinaryWordsAreNotDates(String tagged) {
        assertEquals(List.of(), finder.find(TestSentences.tagged(tagged)));
    }
}
