package wirecoder.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a sentence too long to parse at once is cut. */
class LongSentencesTest {

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void aSentenceThatFitsIsOnePiece() {
        List<LongSentences.Piece> p = LongSentences.pieces(words("Rebels attacked the town , killing 12 ."), 150);
        assertEquals(List.of(new LongSentences.Piece(0, 8, false)), p);
    }

    @Test
    void aSemicolonBeatsAClauseOpenerWhichBeatsAComma() {
        List<String> w = words("a b c d e f g h ; x y z k l , while m n o p , r s t");
        assertEquals(9, LongSentences.pieces(w, 20).get(0).to(), "cut after the semicolon");
        List<String> opener = words("a b c d e f g h , x y z k l , while m n o p , r s t u v w");
        assertEquals(15, LongSentences.pieces(opener, 22).get(0).to(), "cut before 'while'");
    }

    @Test
    void aParticipleStaysWithTheClauseItCounts() {
        // "..., killing 12 soldiers" is not an opener: the cut goes before "and", which is.
        List<String> w = words("rebels attacked army positions east of the capital on Saturday , and gunmen fired on a bus near the port , killing 12 soldiers and wounding 30 others in the town");
        List<LongSentences.Piece> p = LongSentences.pieces(w, 24);
        assertEquals("and", w.get(p.get(0).to()), p.toString());
    }

    @Test
    void everyTokenIsInExactlyOnePieceAndNoneIsTooLong() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 700; i++) b.append(i % 23 == 22 ? ", " : "w ");
        List<String> w = words(b.toString().trim());
        List<LongSentences.Piece> p = LongSentences.pieces(w, 150);
        int next = 0;
        for (LongSentences.Piece x : p) {
            assertEquals(next, x.from());
            assertTrue(x.size() <= 150 && x.size() > 0, x.toString());
            assertFalse(x.unparsed(), x.toString());
            next = x.to();
        }
        assertEquals(w.size(), next);
    }

    @Test
    void aStretchWithoutBoundaryIsMarkedUnparsed() {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < 320; i++) w.add("w");
        List<LongSentences.Piece> p = LongSentences.pieces(w, 150);
        assertEquals(List.of(new LongSentences.Piece(0, 150, true), new LongSentences.Piece(150, 300, true),
                new LongSentences.Piece(300, 320, false)), p);
    }
}
