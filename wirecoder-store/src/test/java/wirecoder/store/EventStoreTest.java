package wirecoder.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.Extractor;
import wirecoder.io.ExtractionRun;
import wirecoder.io.InputItem;
import wirecoder.io.Outcome;
import wirecoder.model.Article;
import wirecoder.model.ExtractionResult;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store keeps each article once, its events with it, and fuses reports of one event across articles. */
class EventStoreTest {

    private static Extractor extractor;
    private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

    private static synchronized Extractor extractor() {
        if (extractor == null) extractor = new Extractor(Extractor.Config.defaults());
        return extractor;
    }

    private static Article article(String id, String source, String text) {
        return new Article(id, TUESDAY, null, text, "https://" + source + "/" + id, source);
    }

    /** Ingests as the command does: items already stored are skipped before extraction. */
    private static void ingest(EventStore store, List<Article> articles) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (ExtractionRun run = new ExtractionRun(extractor(), 2, 60, store, quiet)) {
            for (Article a : articles) {
                InputItem item = InputItem.of(a, List.of());
                if (store.alreadyStored(item).isPresent()) store.skip();
                else run.submit(item);
            }
            run.finish();
        }
    }

    private static List<List<Object>> rows(EventStore store, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(r.getObject(i));
                out.add(row);
            }
        }
        return out;
    }

    private static long count(EventStore store, String sql) throws Exception {
        return ((Number) rows(store, sql).get(0).get(0)).longValue();
    }

    @Test
    void ingestingTwiceStoresEachArticleAndEventOnce(@TempDir Path dir) throws Exception {
        List<Article> batch = List.of(
                article("a", "example.org", "Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said."),
                article("b", "example.org", "Police arrested 14 protesters in Aden on Monday after clashes near the port."),
                // The same story again under another id and URL: its text gives it away.
                new Article("c", TUESDAY, null, "Police  arrested 14 protesters in Aden on Monday after clashes near the PORT.",
                        "https://other.example/c", "other"));
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ingest(store, batch);
            assertEquals(2, count(store, "SELECT count(*) FROM articles"));
            long events = count(store, "SELECT count(*) FROM events");
            assertTrue(events >= 2, "events: " + events);
            ingest(store, batch);
            assertEquals(2, count(store, "SELECT count(*) FROM articles"));
            assertEquals(events, count(store, "SELECT count(*) FROM events"));
            assertEquals(4, store.skipped(), "the repeated text in the first run, all three in the second");
        }
        try (EventStore reopened = EventStore.open(dir.resolve("s.duckdb"))) {
            assertEquals(2, reopened.status(5).articles());
        }
    }

    @Test
    void aBatchThatFailsIsTakenBackAndItsArticlesCanBeStoredInTheSameRun(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.batch(2);
            Article goma = article("g1", "wire.example", "M23 rebels attacked an army base near Goma on Monday, killing four soldiers.");
            ExtractionResult coded = extractor().extract(goma);
            assertFalse(coded.events().isEmpty());
            // A second article whose events carry the first's ids: the batch's insert breaks the key and is rolled back.
            Article aden = article("a1", "wire.example", "Police arrested 14 protesters in Aden on Monday.");
            ExtractionResult clash = new ExtractionResult("a1", coded.published(), false, coded.events(), coded.places(), coded.errors(),
                    coded.tokens(), coded.sentences(), coded.parsedSentences(), coded.lead(), coded.setAside());
            store.accept(new Outcome(InputItem.of(goma, List.of()), coded));
            assertThrows(java.io.IOException.class, () -> store.accept(new Outcome(InputItem.of(aden, List.of()), clash)));
            assertEquals(0, count(store, "SELECT count(*) FROM articles"));
            assertTrue(store.alreadyStored(InputItem.of(goma, List.of())).isEmpty(), "the rolled-back article is not taken as stored");
            store.accept(new Outcome(InputItem.of(goma, List.of()), coded));
            store.commit();
            assertEquals(1, count(store, "SELECT count(*) FROM articles"));
            assertEquals(coded.events().size(), count(store, "SELECT count(*) FROM events"));
        }
    }

    @Test
    void theEventsAndFusedTablesHaveTheColumnsOfEventRowsAndFusedRows(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            List<String> table = rows(store, "SELECT column_name || ' ' || data_type FROM information_schema.columns "
                    + "WHERE table_name = 'events' ORDER BY ordinal_position").stream().map(r -> (String) r.get(0)).toList();
            assertEquals(EventRows.COLUMNS.stream().map(c -> c.name() + " " + c.type()).toList(), table);
            List<String> fused = rows(store, "SELECT column_name || ' ' || data_type FROM information_schema.columns "
                    + "WHERE table_name = 'fused' ORDER BY ordinal_position").stream().map(r -> (String) r.get(0)).toList();
            List<String> expected = new ArrayList<>(List.of("fused_id VARCHAR"));
            for (int i = 0; i < FusedRows.COLUMNS.size(); i++) expected.add(FusedRows.COLUMNS.get(i) + " " + FusedRows.TYPES.get(i));
            expected.addAll(List.of("first_seen TIMESTAMP", "last_seen TIMESTAMP"));
            assertEquals(expected, fused);
        }
    }

    @Test
    void aFusedEventWidenedInThisBatchTakesTheNextDaysReport(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.batch(10);
            String[] tolls = {"four", "five", "six"};
            for (int day = 0; day < 3; day++) {
                Article a = new Article("g" + day, LocalDate.of(2024, 1, 10 + day), null, "M23 rebels attacked an army base near Goma, killing "
                        + tolls[day] + " soldiers, officials said.", "https://wire" + day + ".example/g", "Wire " + day);
                store.accept(new Outcome(InputItem.of(a, List.of()), extractor().extract(a)));
                // The first report is stored on its own; the next two come in one batch: the 11th widens the fused
                // event to the 11th, and the 12th must see it so.
                if (day == 0) store.commit();
            }
            store.commit();
            assertEquals(3, count(store, "SELECT count(*) FROM events WHERE event_type = 'ASSAULT'"));
            assertEquals(1, count(store, "SELECT count(*) FROM fused WHERE event_type = 'ASSAULT'"), "one attack told on three days");
        }
    }

    @Test
    void twoReportsOfOneAttackFuseAndKeepEachFigure(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ingest(store, List.of(
                    article("r1", "reuters.com", "M23 rebels attacked an army base near Goma on Monday, killing four soldiers, officials said."),
                    article("r2", "apnews.com", "Five soldiers were killed when M23 rebels stormed a military base outside Goma on Monday, the army said.")));
            List<List<Object>> fused = rows(store, "SELECT num_articles, num_sources, dead, counts_disagree, count_rule, num_mentions "
                    + "FROM fused WHERE event_type = 'ASSAULT'");
            assertEquals(1, fused.size(), fused.toString() + " / " + rows(store, "SELECT event_id, event_type, actor, place, event_date, dead FROM events"));
            assertEquals(2, ((Number) fused.get(0).get(0)).intValue());
            assertEquals(2, ((Number) fused.get(0).get(1)).intValue());
            assertEquals(4L, ((Number) fused.get(0).get(2)).longValue(), "the lowest figure reported");
            assertEquals(true, fused.get(0).get(3), "the reports' figures differ");
            assertEquals(FusedRows.COUNT_RULE, fused.get(0).get(4));
            List<List<Object>> reports = rows(store, "SELECT dead FROM events WHERE event_type = 'ASSAULT' AND dead IS NOT NULL ORDER BY dead");
            assertEquals(List.of(List.of(4L), List.of(5L)), reports, "each report keeps its own figure");
        }
    }

    @Test
    void twoAttacksOnOneDayInOneCityByDifferentActorsStayApart(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ingest(store, List.of(
                    article("s1", "bbc.co.uk", "Al-Shabaab militants attacked a police station in Mogadishu on Monday, killing three officers."),
                    article("s2", "aljazeera.com", "Ethiopian troops shelled a market in Mogadishu on Monday, killing five civilians, witnesses said.")));
            assertEquals(2, count(store, "SELECT count(*) FROM fused WHERE event_type = 'ASSAULT'"),
                    rows(store, "SELECT event_id, actor, recipient, place, event_date FROM events").toString());
        }
    }

    @Test
    void aSecondProcessIsToldTheStoreIsBusy(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Another JVM, as a second `wirecoder ingest` would be.
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BusyProbe.class.getName(), db.toString())
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), said);
            assertTrue(said.startsWith("busy: the store " + db + " is open in another process"), said);
        }
        assertThrows(IllegalArgumentException.class, () -> new ExtractionRun(extractor(), 0, 1, o -> { }, System.err));
    }

    /** Opens the store given and says whether it was busy. */
    public static final class BusyProbe {
        public static void main(String[] args) throws Exception {
            try (EventStore s = EventStore.open(Path.of(args[0]))) {
                System.out.println("opened");
            } catch (StoreBusyException e) {
                System.out.println("busy: " + e.getMessage());
            }
        }
    }

    @Test
    void everyExportIsReadBackWithEveryFusedEvent(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ingest(store, List.of(
                    article("x1", "reuters.com", "M23 rebels attacked an army base near Goma on Monday, killing four soldiers, officials said."),
                    article("x2", "apnews.com", "Police arrested 14 protesters in Aden on Monday after clashes near the port."),
                    article("x3", "bbc.co.uk", "The United Nations envoy urged both sides to return to talks.")));
            long fused = count(store, "SELECT count(*) FROM fused");
            assertTrue(fused >= 3, "fused: " + fused);
            Exports exports = new Exports(store);
            java.util.Map<Exports.Format, Path> files = new java.util.EnumMap<>(Exports.Format.class);
            for (Exports.Format f : Exports.Format.values()) {
                Path file = dir.resolve("out." + f.label());
                try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
                    assertEquals(fused, exports.write(f, EventFilter.all(), w, file), f.label());
                }
                files.put(f, file);
            }
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            List<String> lines = java.nio.file.Files.readAllLines(files.get(Exports.Format.PLOVER_JSONL));
            assertEquals(fused, lines.size());
            for (String l : lines) assertTrue(json.readTree(l).get("mentions").size() >= 1, l);
            assertEquals(fused, json.readTree(files.get(Exports.Format.GEOJSON).toFile()).get("features").size());
            // DuckDB, a reader of its own, for Parquet and the CSV and TSV files.
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                for (String read : List.of("read_parquet('" + files.get(Exports.Format.PARQUET) + "')",
                        "read_csv('" + files.get(Exports.Format.ACLED_CSV) + "', header = true)",
                        "read_csv('" + files.get(Exports.Format.CSV) + "', header = true)",
                        "read_csv('" + files.get(Exports.Format.GDELT_TSV) + "', header = true, delim = '\t')")) {
                    try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + read)) {
                        r.next();
                        assertEquals(fused, r.getLong(1), read);
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT event_type, fatalities FROM read_csv('" + files.get(Exports.Format.ACLED_CSV)
                        + "', header = true) WHERE sub_event_type = 'Armed clash' OR event_type = 'Battles'")) {
                    assertTrue(r.next(), "the attack is an ACLED battle");
                    assertEquals(4, r.getInt(2));
                }
            }
            EventFilter assaults = new EventFilter("ASSAULT", null, null, null, "COD", null, null, new double[]{28, -3, 31, 0}, "Goma",
                    "asserted", 1);
            assertEquals(1, exports.select(assaults, 0).size());
            assertEquals(0, exports.select(new EventFilter("ASSAULT", null, null, null, "YEM", null, null, null, null, null, 0), 0).size());
        }
    }
}
