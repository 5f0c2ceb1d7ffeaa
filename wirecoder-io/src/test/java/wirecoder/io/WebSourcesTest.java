package wirecoder.io;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.model.ErrorCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds served over HTTP or saved, and WARC captures, become articles with their links, dates and text. */
class WebSourcesTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Wire Service</title><link>https://wire.example/</link>
            <item><title>Rebels attack army base near Goma</title><link>https://wire.example/goma</link>
              <pubDate>Mon, 13 May 2024 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said.&lt;/p&gt;</description></item>
            <item><title>Police arrest protesters in Aden</title><link>https://wire.example/aden</link>
              <pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate>
              <description>Police arrested 14 protesters in Aden on Tuesday.</description></item>
            </channel></rss>""";

    private static List<InputItem> read(String input) {
        List<InputItem> out = new ArrayList<>();
        new ArticleReader(LocalDate.of(2024, 1, 1)).read(List.of(input), new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    @Test
    void aFeedServedOnALoopbackPortGivesOneArticlePerEntry() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.rss", x -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/story.html", x -> {
            byte[] body = "<html><head><title>Goma</title></head><body><p>Rebels attacked an army base near Goma on Monday.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            var page = read(url + "/story.html").get(0).article();
            assertEquals(url + "/story.html", page.url(), "a page read by URL keeps it, so a rerun skips it");
            assertEquals("Rebels attacked an army base near Goma on Monday.", page.text().strip());
            List<InputItem> items = read(url + "/feed.rss");
            assertEquals(List.of("https://wire.example/goma", "https://wire.example/aden"), items.stream().map(InputItem::id).toList());
            var goma = items.get(0).article();
            assertEquals(LocalDate.of(2024, 5, 13), goma.published());
            assertEquals("Wire Service", goma.source());
            assertEquals("https://wire.example/goma", goma.url());
            assertEquals("Rebels attack army base near Goma\n\nRebels attacked an army base near Goma on Monday, killing four soldiers, "
                    + "officials said.", goma.text());
            List<InputItem> missing = read(url + "/nothing");
            assertNull(missing.get(0).article());
            assertEquals(ErrorCode.UNREADABLE, missing.get(0).errors().get(0).code());
            assertTrue(missing.get(0).errors().get(0).message().contains("HTTP 404"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSavedFeedAndABrokenOneAreRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("wire.rss"), RSS);
        assertEquals(2, read(dir.resolve("wire.rss").toString()).size());
        // A feed in Latin-1, as its declaration says: "Bogotá" is one byte E1, not UTF-8.
        Files.write(dir.resolve("latin1.rss"), RSS.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("Aden on Tuesday", "Bogotá on Tuesday").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(read(dir.resolve("latin1.rss").toString()).get(1).article().text().contains("Bogotá on Tuesday"));
        Files.writeString(dir.resolve("broken.xml"), "<rss><channel><item>");
        InputItem broken = read(dir.resolve("broken.xml").toString()).get(0);
        assertEquals(ErrorCode.NOT_FEED, broken.errors().get(0).code());
    }

    /** A WARC file written by hand, as a crawler writes one: a request, an HTML response, an image response. */
    @Test
    void aWarcFileGivesItsHtmlResponses(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        record("request", "https://news.example/goma", "GET /goma HTTP/1.1\r\nHost: news.example\r\n\r\n", "application/http; msgtype=request", warc);
        String html = "<html><head><title>Goma</title></head><body><article><h1>Attack near Goma</h1>"
                + "<p>Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said.</p></article></body></html>";
        record("response", "https://news.example/goma", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html, "application/http; msgtype=response", warc);
        record("response", "https://news.example/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\nPNG!",
                "application/http; msgtype=response", warc);
        Path file = Files.write(dir.resolve("crawl.warc"), warc.toByteArray());
        List<InputItem> items = read(file.toString());
        assertEquals(1, items.size(), items.toString());
        assertEquals("https://news.example/goma", items.get(0).id());
        assertEquals(LocalDate.of(2024, 5, 13), items.get(0).article().published());
        assertEquals("Attack near Goma\n\nRebels attacked an army base near Goma on Monday, killing four soldiers, officials said.",
                items.get(0).article().text());
    }

    private static void record(String type, String uri, String block, String contentType, ByteArrayOutputStream out) throws Exception {
        byte[] b = block.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-13T12:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + b.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(b);
        out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
