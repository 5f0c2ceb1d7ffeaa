package wirecoder.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.io.ArticleReader;
import wirecoder.io.ExtractionRun;
import wirecoder.store.EventStore;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job on {@code local[2]} gives, row for row, the events and the fused events {@code ingest} stores for the
 * same articles (the same stable ids, the same columns, the same fusion), and a line that is not an article is an
 * error row, not a failed job. The articles come as JSON Lines and as a WARC file's captures.
 */
class ExtractJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("wirecoder-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void theJobsEventsAreTheStoresEventsRowForRow(@TempDir Path dir) throws Exception {
        // The samples, split into two files (two partitions at least), plus a broken line.
        List<String> lines = Files.readAllLines(Path.of("..", "samples", "articles.jsonl")).stream().filter(l -> !l.isBlank()).toList();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a.jsonl"), lines.subList(0, lines.size() / 2));
        Files.write(in.resolve("b.jsonl"), lines.subList(lines.size() / 2, lines.size()));
        Files.writeString(in.resolve("c.jsonl"), "{\"id\": \"broken\", \"text\": 5}\n");
        // A crawl: two HTML captures of news pages and an image, in a WARC file.
        try (WarcWriter warc = new WarcWriter(in.resolve("d.warc"))) {
            warc.write(capture("https://news.example/goma", MediaType.HTML, "<html><head><title>Attack near Goma</title></head><body>"
                    + "<article><p>M23 rebels attacked an army base near Goma on Monday, killing four soldiers, officials said.</p>"
                    + "</article></body></html>"));
            warc.write(capture("https://news.example/logo.png", MediaType.parse("image/png"), "\u0089PNG"));
            warc.write(capture("https://news.example/aden", MediaType.HTML, "<html><body><p>Police arrested 14 protesters in Aden "
                    + "on Tuesday after clashes near the port, witnesses said.</p></body></html>"));
        }
        // Read twice, in another file (another partition): the same story again, and another story under a used id.
        String firstId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0)).get("id").asText();
        Files.write(in.resolve("e.jsonl"), List.of(lines.get(0),
                "{\"id\": \"" + firstId + "\", \"text\": \"Police arrested 14 protesters in Aden on Tuesday after clashes.\"}"));
        String out = dir.resolve("out").toString();
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(in.toString()), out, null, 120, false);
        assertEquals(lines.size() + 1 + 2 + 1, s.articles(), "the samples, the broken line, the two HTML captures and the renamed story");
        assertTrue(s.events() > 20, "the samples give events: " + s);

        Path db = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.batch(3); // several transactions: later articles fuse with events stored by earlier ones
            try (ExtractionRun run = new ExtractionRun(SharedExtractor.get(), 2, 120, store, new PrintStream(OutputStream.nullOutputStream()))) {
                new ArticleReader(null).read(List.of(in.toString()), new ByteArrayInputStream(new byte[0]), run::submit);
                run.finish();
            }
            store.commit();
            try (Statement q = store.connection().createStatement()) {
                String spark = "(SELECT * FROM read_parquet('" + out + "/events/*.parquet'))";
                String stored = "(SELECT * FROM events)";
                assertEquals(s.events(), one(q, "SELECT count(*) FROM events"), "as many events");
                assertEquals(0, one(q, "SELECT count(*) FROM (" + spark + " EXCEPT ALL " + stored + ")"), "no row the store lacks");
                assertEquals(0, one(q, "SELECT count(*) FROM (" + stored + " EXCEPT ALL " + spark + ")"), "no row Spark lacks");
                // Fused events: the same ids, columns and counts (first_seen and last_seen are each run's own clock).
                String sparkFused = "(SELECT * EXCLUDE (first_seen, last_seen) FROM read_parquet('" + out + "/fused/*.parquet'))";
                String storedFused = "(SELECT * EXCLUDE (first_seen, last_seen) FROM fused)";
                assertEquals(s.fused(), one(q, "SELECT count(*) FROM fused"), "as many fused events");
                assertTrue(s.fused() < s.events(), "some reports fuse: " + s);
                assertEquals(0, one(q, "SELECT count(*) FROM (" + sparkFused + " EXCEPT ALL " + storedFused + ")"), "no fused row the store lacks");
                assertEquals(0, one(q, "SELECT count(*) FROM (" + storedFused + " EXCEPT ALL " + sparkFused + ")"), "no fused row Spark lacks");
                assertEquals(1, one(q, "SELECT count(*) FROM read_parquet('" + out + "/errors/*.parquet') WHERE article_id = 'broken' AND code = 'bad_text'"));
                assertTrue(one(q, "SELECT count(*) FROM read_parquet('" + out + "/places/*.parquet') WHERE geonameid IS NOT NULL") > 10);
                assertTrue(one(q, "SELECT count(*) FROM read_parquet('" + out + "/events/*.parquet') WHERE article_id = 'https://news.example/goma'") > 0,
                        "the WARC capture is coded");
                assertTrue(one(q, "SELECT count(*) FROM read_parquet('" + out + "/events/*.parquet') WHERE article_id = '" + firstId + "~3'") > 0,
                        "the story under a used id is coded as id~3 (the copy before it took id~2 and was left out), as ingest codes it");
                assertEquals(1, one(q, "SELECT count(*) FROM read_parquet('" + out + "/errors/*.parquet') WHERE code = 'duplicate_id'"));
            }
        }
        assertThrows(Exception.class, () -> ExtractJob.run(spark, List.of(in.toString()), out, null, 120, false),
                "an existing output is not overwritten unless asked");
    }

    private static WarcResponse capture(String url, MediaType type, String body) throws Exception {
        return new WarcResponse.Builder(url).date(Instant.parse("2024-05-14T09:00:00Z"))
                .body(new HttpResponse.Builder(200, "OK").body(type, body.getBytes(StandardCharsets.UTF_8)).build()).build();
    }

    private static long one(Statement q, String sql) throws Exception {
        try (ResultSet r = q.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
