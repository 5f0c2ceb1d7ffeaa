package wirecoder.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.model.ErrorCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(LocalDate.of(2024, 1, 2));

    private List<InputItem> read(Path dir, String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        List<InputItem> out = new ArrayList<>();
        reader.read(List.of(f.toString()), new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    @Test
    void jsonLinesWithEveryKindOfBadLineGoOnToTheNext(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("{\"id\":\"ok\",\"published\":\"2017-07-27T10:00:00Z\",\"text\":\"Police arrested five men.\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write("this is not json\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"notext\",\"title\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write("\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"bytes\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[]{(byte) 0xC3, (byte) 0x28});
        b.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write("{\"id\":\"last\",\"text\":\"Rebels attacked a base.\"}".getBytes(StandardCharsets.UTF_8));
        List<InputItem> items = read(dir, "in.jsonl", b.toByteArray());
        assertEquals(5, items.size());
        assertEquals("ok", items.get(0).id());
        assertEquals(LocalDate.of(2017, 7, 27), items.get(0).article().published());
        assertEquals(ErrorCode.NOT_JSON, items.get(1).errors().get(0).code());
        assertTrue(items.get(1).errors().get(0).message().startsWith("in.jsonl:2"), items.get(1).errors().get(0).message());
        assertNull(items.get(1).article());
        assertEquals("notext", items.get(2).id());
        assertEquals(ErrorCode.MISSING_TEXT, items.get(2).errors().get(0).code());
        assertEquals(ErrorCode.UNDECODABLE_BYTES, items.get(3).errors().get(0).code());
        assertTrue(items.get(3).article().text().contains("\uFFFD"));
        assertEquals("last", items.get(4).id());
        assertEquals(LocalDate.of(2024, 1, 2), items.get(4).article().published(), "--published fills a line without a date");
    }

    @Test
    void htmlLosesItsBoilerplate(@TempDir Path dir) throws Exception {
        String page = "<html><head><title>T</title><script>var x='tracking';</script></head><body>"
                + "<nav>Home | World | Sport</nav><article><h1>Troops withdraw</h1>"
                + "<p>Troops withdrew from the town on Monday, officials said.</p></article>"
                + "<footer>Copyright 2024</footer></body></html>";
        List<InputItem> items = read(dir, "page.html", page.getBytes(StandardCharsets.UTF_8));
        String text = items.get(0).article().text();
        assertEquals("page", items.get(0).id());
        assertTrue(text.startsWith("Troops withdraw\n\nTroops withdrew from the town"), text);
        assertFalse(text.contains("tracking"));
        assertFalse(text.contains("Copyright"));
        assertFalse(text.contains("Sport"));
    }

    @Test
    void plainTextTakesItsFileNameAsId(@TempDir Path dir) throws Exception {
        List<InputItem> items = read(dir, "arsal.txt", "A ceasefire took effect.".getBytes(StandardCharsets.UTF_8));
        assertEquals("arsal", items.get(0).id());
        assertEquals(LocalDate.of(2024, 1, 2), items.get(0).article().published());
    }

    @Test
    void standardInputMayBePlainTextOrJsonLines() throws Exception {
        List<InputItem> out = new ArrayList<>();
        reader.read(List.of("-"), new ByteArrayInputStream("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n"
                .getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals(List.of("a", "b"), out.stream().map(InputItem::id).toList());
        out.clear();
        reader.read(List.of(), new ByteArrayInputStream("Plain words.".getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals("stdin", out.get(0).id());
    }

    @Test
    void aMissingFileIsAnErrorNotACrash() throws Exception {
        List<InputItem> out = new ArrayList<>();
        reader.read(List.of("/no/such/file.txt"), new ByteArrayInputStream(new byte[0]), out::add);
        assertEquals(ErrorCode.NOT_FOUND, out.get(0).errors().get(0).code());
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bom);
        b.write("{\"id\":\"w\",\"text\":\"Police arrested five men.\"}\n".getBytes(StandardCharsets.UTF_8));
        List<InputItem> items = read(dir, "windows.jsonl", b.toByteArray());
        assertEquals("w", items.get(0).id());
        assertTrue(items.get(0).errors().isEmpty(), items.get(0).errors().toString());
        b.reset();
        b.write(bom);
        b.write("Police arrested five men.".getBytes(StandardCharsets.UTF_8));
        InputItem txt = read(dir, "windows.txt", b.toByteArray()).get(0);
        assertEquals("Police arrested five men.", txt.article().text(), "no U+FEFF left in the text");
    }

    @Test
    void aTextThatIsNotAStringIsBadText(@TempDir Path dir) throws Exception {
        String lines = "{\"id\":\"n\",\"text\":12345}\n{\"id\":\"o\",\"text\":{\"body\":\"x\"}}\n{\"id\":\"a\",\"text\":[\"x\"]}\n"
                + "{\"id\":\"t\",\"text\":true}\n{\"id\":{\"x\":1},\"text\":\"Police arrested five men.\"}\n{\"id\":7,\"text\":\"Rebels attacked.\"}\n";
        List<InputItem> items = read(dir, "types.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 4; i++) {
            assertNull(items.get(i).article());
            assertEquals(ErrorCode.BAD_TEXT, items.get(i).errors().get(0).code(), items.get(i).toString());
        }
        assertTrue(items.get(0).errors().get(0).message().contains("the number 12345"));
        assertEquals("types.jsonl:5", items.get(4).id(), "an object id gives way to where the line was");
        assertEquals(ErrorCode.BAD_ID, items.get(4).errors().get(0).code());
        assertEquals("7", items.get(5).id(), "a numeric id is an id");
    }

    @Test
    void aRepeatedIdGetsAFreshIdAndAnEntry(@TempDir Path dir) throws Exception {
        String lines = "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a1\",\"text\":\"y\"}\n{\"id\":\"a1~2\",\"text\":\"z\"}\n{\"id\":\"a1\",\"text\":\"w\"}\n";
        List<InputItem> items = read(dir, "dup.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a1", "a1~2", "a1~2~2", "a1~3"), items.stream().map(InputItem::id).toList());
        assertTrue(items.get(0).errors().isEmpty());
        assertEquals(ErrorCode.DUPLICATE_ID, items.get(1).errors().get(0).code());
        assertTrue(items.get(1).errors().get(0).message().contains("coded as 'a1~2'"), items.get(1).errors().get(0).message());
        assertEquals(ErrorCode.DUPLICATE_ID, items.get(3).errors().get(0).code());
    }

    @Test
    void binaryDataIsNotTextButAStrayControlCharacterIs(@TempDir Path dir) throws Exception {
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        InputItem image = read(dir, "photo.txt", png).get(0);
        assertNull(image.article());
        assertEquals(ErrorCode.NOT_TEXT, image.errors().get(0).code());
        InputItem text = read(dir, "nul.txt", "Police\u0000 arrested five men in Kabul on Monday.".getBytes(StandardCharsets.UTF_8)).get(0);
        assertTrue(text.article() != null, "one NUL does not make a story binary");
    }

    @Test
    void foldersAreReadRecursivelyAndOtherFilesAreListed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("a.txt"), "Police arrested five men.");
        Files.writeString(dir.resolve("notes.md"), "# notes");
        Files.writeString(dir.resolve("sub/b.html"), "<p>Rebels attacked a base near Goma on Monday, officials said.</p>");
        Files.writeString(dir.resolve("sub/deeper/c.jsonl"), "{\"id\":\"c\",\"text\":\"Troops withdrew.\"}\n");
        Files.writeString(dir.resolve("sub/deeper/report.pdf"), "%PDF-1.4");
        List<InputItem> out = new ArrayList<>();
        ArticleReader r = new ArticleReader(null);
        r.read(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), out::add);
        assertEquals(List.of("a", "b", "c"), out.stream().map(InputItem::id).toList());
        assertEquals(List.of(dir.resolve("notes.md"), dir.resolve("sub/deeper/report.pdf")), r.skipped());
    }

    @Test
    void aPageWithNoReadableTextIsEmptyText(@TempDir Path dir) throws Exception {
        InputItem page = read(dir, "blank.html", "<html><body><nav>Home | World</nav><script>x()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertNull(page.article());
        assertEquals(ErrorCode.EMPTY_TEXT, page.errors().get(0).code());
    }

    @Test
    void standardInputMayBeHtml() throws Exception {
        List<InputItem> out = new ArrayList<>();
        reader.read(List.of("-"), new ByteArrayInputStream("<html><body><div>Rebels attacked a base near Goma on Monday.<br>The army said it repelled them.</div></body></html>"
                .getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals("Rebels attacked a base near Goma on Monday.\n\nThe army said it repelled them.", out.get(0).article().text());
    }

    @Test
    void theNumberOfArticlesIsKnownBeforehandForFilesOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"1\",\"text\":\"x\"}\n\n{\"id\":\"2\",\"text\":\"y\"}\n{\"id\":\"3\"}\n");
        Files.writeString(dir.resolve("b.txt"), "Police arrested five men.");
        Files.writeString(dir.resolve("c.html"), "<p>Rebels attacked.</p>");
        Files.writeString(dir.resolve("d.md"), "# notes");
        assertEquals(java.util.OptionalLong.of(5), ArticleReader.estimate(List.of(dir.toString())));
        assertEquals(java.util.OptionalLong.empty(), ArticleReader.estimate(List.of(dir.toString(), "-")));
        assertEquals(java.util.OptionalLong.empty(), ArticleReader.estimate(List.of("https://example.org/feed.rss")));
    }
}
