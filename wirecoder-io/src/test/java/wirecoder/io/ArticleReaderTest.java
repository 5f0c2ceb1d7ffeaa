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
}
