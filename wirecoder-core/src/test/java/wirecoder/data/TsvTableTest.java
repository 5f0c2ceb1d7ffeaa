package wirecoder.data;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvTableTest {

    private static TsvTable read(String text, List<String> columns) throws Exception {
        return TsvTable.read("test.tsv", new StringReader(text), columns);
    }

    @Test
    void readsRowsSkippingCommentsAndBlankLines() throws Exception {
        TsvTable t = read("# comment\nname\tcode\n\nHezbollah\tLBN\n# another\nHamas\tPSE\n", List.of("name", "code"));
        assertEquals(2, t.rows().size());
        assertEquals("PSE", t.rows().get(1).get("code"));
        assertEquals(6, t.rows().get(1).line());
    }

    @Test
    void missingTrailingCellsReadAsEmpty() throws Exception {
        TsvTable t = read("a\tb\tc\nx\n", List.of("a"));
        assertEquals("", t.rows().get(0).get("c"));
        assertEquals(List.of(), t.rows().get(0).list("b", ";"));
    }

    @Test
    void rejectsAHeaderWithoutARequiredColumn() {
        DataFileException e = assertThrows(DataFileException.class, () -> read("name\n", List.of("name", "code")));
        assertTrue(e.getMessage().startsWith("test.tsv:1: header lacks column 'code'"), e.getMessage());
    }

    @Test
    void rejectsARowWithTooManyCellsNamingFileAndLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> read("a\tb\n1\t2\n1\t2\t3\n", List.of("a")));
        assertTrue(e.getMessage().startsWith("test.tsv:3: 3 cells"), e.getMessage());
    }

    @Test
    void rejectsAFileWithNoRows() {
        assertThrows(DataFileException.class, () -> read("# only a comment\na\tb\n", List.of("a")));
        assertThrows(DataFileException.class, () -> read("", List.of("a")));
    }

    @Test
    void requiredCellMustNotBeEmpty() throws Exception {
        TsvTable t = read("a\tb\n\tx\n", List.of("a"));
        DataFileException e = assertThrows(DataFileException.class, () -> t.rows().get(0).required("a"));
        assertTrue(e.getMessage().contains("test.tsv:2: empty a"), e.getMessage());
    }
}
