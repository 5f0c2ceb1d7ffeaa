package wirecoder.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirecoder.Extractor;
import wirecoder.io.ExtractionRun;
import wirecoder.io.InputItem;
import wirecoder.model.Article;
import wirecoder.store.EventStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API in-process: answers, and a clear 4xx for each kind of bad request. */
class ApiServerTest {

    private static Path dir;
    private static EventStore store;
    private static ApiServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("wirecoder-api");
        store = EventStore.open(dir.resolve("s.duckdb"));
        Extractor extractor = new Extractor(Extractor.Config.defaults());
        LocalDate tuesday = LocalDate.of(2024, 5, 14);
        try (ExtractionRun run = new ExtractionRun(extractor, 2, 60, store, new PrintStream(OutputStream.nullOutputStream()))) {
            for (Article a : List.of(
                    new Article("x1", tuesday, null, "M23 rebels attacked an army base near Goma on Monday, killing four soldiers, officials said.",
                            "https://reuters.example/x1", "Reuters"),
                    new Article("x2", tuesday, null, "Police arrested 14 protesters in Aden on Monday after clashes near the port.",
                            "https://ap.example/x2", "AP"),
                    // An id made from a URL, as feeds, pages and WARC captures give: it holds slashes.
                    new Article("https://wire.example/nairobi", tuesday, null, "Thousands of protesters marched through Nairobi on Monday "
                            + "against a proposed tax increase.", "https://wire.example/nairobi", "Wire"))) {
                run.submit(InputItem.of(a, List.of()));
            }
            run.finish();
        }
        store.commit();
        server = new ApiServer(store, () -> extractor);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static void bad(HttpResponse<String> r, int status, String parameter) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body());
        assertTrue(e.hasNonNull("error"), r.body());
        if (parameter != null) assertEquals(parameter, e.get("parameter").asText(), r.body());
    }

    @Test
    void eventsAreListedFilteredAndOpened() throws Exception {
        JsonNode all = ok(get("/api/events"));
        assertTrue(all.get("total").asLong() >= 2, all.toString());
        JsonNode goma = ok(get("/api/events?type=ASSAULT&country=COD&bbox=28,-3,31,0&min_sources=1&sort=-dead&limit=5"));
        assertEquals(1, goma.get("total").asLong(), goma.toString());
        String id = goma.get("events").get(0).get("id").asText();
        JsonNode one = ok(get("/api/events/" + id));
        assertEquals("x1", one.get("mentions").get(0).get("article").asText());
        assertTrue(one.get("mentions").get(0).get("evidence").asText().startsWith("M23 rebels attacked"));
        JsonNode article = ok(get("/api/articles/x1"));
        assertTrue(article.get("text").asText().startsWith("M23 rebels"));
        int start = article.get("events").get(0).get("trigger").get("start").asInt();
        int end = article.get("events").get(0).get("trigger").get("end").asInt();
        assertEquals(article.get("events").get(0).get("trigger").get("text").asText(), article.get("text").asText().substring(start, end));
        JsonNode stats = ok(get("/api/stats"));
        assertTrue(stats.get("by_type").size() >= 2, stats.toString());
        assertTrue(ok(get("/api/openapi.json")).get("paths").has("/api/events"));
    }

    @Test
    void theMapsPointsAndTheChartsCountsFollowTheFilters() throws Exception {
        JsonNode all = ok(get("/api/points"));
        assertEquals(all.get("placed").asInt(), all.get("points").size());
        assertEquals(all.get("returned").asInt(), all.get("points").size());
        JsonNode one = ok(get("/api/points?limit=1"));
        assertEquals(all.get("placed").asInt(), one.get("placed").asInt(), "placed counts beyond the rows returned");
        JsonNode row = all.get("points").get(0);
        assertEquals(6, row.size(), row.toString());
        assertTrue(row.get(1).isNumber() && row.get(2).isNumber(), row.toString());
        JsonNode goma = ok(get("/api/points?type=ASSAULT&country=COD"));
        assertEquals(1, goma.get("points").size(), goma.toString());
        assertEquals(-1.68, goma.get("points").get(0).get(1).asDouble(), 0.2, "Goma's latitude");
        assertEquals(1, ok(get("/api/points?limit=1")).get("points").size());
        JsonNode assaults = ok(get("/api/stats?type=ASSAULT"));
        assertEquals(1, assaults.get("by_type").size(), assaults.toString());
        assertEquals("ASSAULT", assaults.get("by_type").get(0).get("key").asText());
        assertEquals("material_conflict", assaults.get("by_quad_class").get(0).get("key").asText());
        bad(get("/api/points?limit=0"), 400, "limit");
        bad(get("/api/points?limit=100001"), 400, "limit");
        bad(get("/api/stats?to=yesterday"), 400, "to");
    }

    @Test
    void anArticleComesWithItsSpansAndItsRuleTraceWhenAsked() throws Exception {
        JsonNode article = ok(get("/api/articles/x1"));
        String text = article.get("text").asText();
        assertTrue(article.get("explained").asBoolean(), "ingest keeps the trace");
        assertTrue(article.get("events").get(0).path("explain").isMissingNode(), "the trace only when asked");
        java.util.Map<String, String> marked = new java.util.HashMap<>();
        for (JsonNode a : article.get("annotations")) {
            marked.put(a.get("kind").asText() + ":" + text.substring(a.get("start").asInt(), a.get("end").asInt()), a.get("note").asText());
        }
        assertTrue(marked.get("trigger:attacked").contains("triggers.tsv"), marked.toString());
        assertTrue(marked.containsKey("actor:M23 rebels"), marked.toString());
        assertTrue(marked.get("place:Goma").startsWith("location 'Goma'"), marked.toString());
        assertTrue(marked.containsKey("date:on Monday"), marked.toString());
        assertTrue(marked.get("count:four").startsWith("dead"), marked.toString());
        JsonNode traced = ok(get("/api/articles/x1?explain=true"));
        assertTrue(traced.get("events").get(0).get("explain").size() > 0);
        bad(get("/api/articles/x1?explain=maybe"), 400, "explain");
        bad(get("/api/articles/x1?type=ASSAULT"), 400, "type");
    }

    @Test
    void thePageAndItsPackagesAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("vendor/leaflet/dist/leaflet.js"));
        assertFalse(page.body().matches("(?s).*(https?:)?//(unpkg|cdn|cdnjs)\\..*"), "no CDN");
        List<String> manifest = Files.readAllLines(Path.of("src/main/resources/server/web/vendor/VENDOR.tsv"));
        assertTrue(manifest.size() > 5);
        for (String line : manifest.subList(1, manifest.size())) {
            String[] c = line.split("\t");
            HttpResponse<byte[]> f = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/vendor/" + c[2])).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, f.statusCode(), c[2]);
            assertEquals(c[3], java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(f.body())),
                    c[2] + " is the file of " + c[0] + "@" + c[1] + " (rerun tools/web-vendor.sh)");
        }
        for (String own : List.of("/app.js", "/app.css")) assertEquals(200, get(own).statusCode(), own);
    }

    @Test
    void idsWithSlashesAreOpenedAsParameters() throws Exception {
        String url = java.net.URLEncoder.encode("https://wire.example/nairobi", java.nio.charset.StandardCharsets.UTF_8);
        JsonNode article = ok(get("/api/article?id=" + url + "&explain=true"));
        assertTrue(article.get("text").asText().startsWith("Thousands of protesters"));
        String fused = "f-" + article.get("events").get(0).get("id").asText();
        JsonNode event = ok(get("/api/event?id=" + java.net.URLEncoder.encode(fused, java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("https://wire.example/nairobi", event.get("mentions").get(0).get("article").asText());
        bad(get("/api/event"), 400, "id");
        bad(get("/api/article?id=" + "x".repeat(ApiServer.MAX_ID + 1)), 400, "id");
        bad(get("/api/article?id=nothing"), 404, null);
    }

    @Test
    void badParametersAreFourHundredsThatNameThem() throws Exception {
        bad(get("/api/events?colour=red"), 400, "colour");
        bad(get("/api/events?from=2024-13-01"), 400, "from");
        bad(get("/api/events?limit=5000"), 400, "limit");
        bad(get("/api/events?limit=abc"), 400, "limit");
        bad(get("/api/events?factuality=maybe"), 400, "factuality");
        bad(get("/api/events?bbox=1,2,3"), 400, "bbox");
        bad(get("/api/events?sort=random"), 400, "sort");
        bad(get("/api/events?type=DROP%20TABLE%20fused"), 400, "type");
        bad(get("/api/export?format=xls"), 400, "format");
    }

    @Test
    void unknownIdsAreFourOhFourAndPathCharactersFourHundred() throws Exception {
        bad(get("/api/events/f-nothing"), 404, null);
        bad(get("/api/articles/nothing"), 404, null);
        bad(get("/api/articles/x1%27%20OR%201=1"), 400, "id");
        assertTrue(get("/api/articles/..%2F..%2Fetc%2Fpasswd").statusCode() / 100 == 4);
        assertTrue(get("/api/events/a/b/c").statusCode() / 100 == 4);
    }

    @Test
    void aPastedArticleIsCodedAndBadBodiesRefused() throws Exception {
        JsonNode r = ok(post("/api/extract", "{\"text\":\"Gunmen kidnapped two aid workers near Marib on Sunday.\",\"published\":\"2024-05-16\"}"));
        assertEquals("ASSAULT", r.get("events").get(0).get("event_type").asText(), r.toString());
        assertTrue(r.get("events").get(0).has("explain"));
        assertEquals("COERCE", ok(post("/api/extract", "Police arrested five men in Kabul on Monday.")).get("events").get(0).get("event_type").asText());
        bad(post("/api/extract", ""), 400, "body");
        bad(post("/api/extract", "{\"text\": 5}"), 400, "text");
        bad(post("/api/extract", "{\"text\": "), 400, "body");
        bad(post("/api/extract", "x".repeat(2_000_000)), 413, null);
    }

    @Test
    void exportsStream() throws Exception {
        JsonNode geo = ok(get("/api/export?format=geojson&type=ASSAULT"));
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(1, geo.get("features").size());
        HttpResponse<byte[]> parquet = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/export?format=parquet")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, parquet.statusCode());
        assertEquals("PAR1", new String(parquet.body(), 0, 4));
    }
}
