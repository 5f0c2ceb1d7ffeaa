package wirecoder.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.store.EventStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real ingest process killed with SIGKILL mid-run, then run again, leaves every article and event once. */
class IngestCommandTest {

    private static final String[] PLACES = {"Goma", "Aden", "Kabul", "Mogadishu", "Marib", "Kandahar", "Maiduguri", "Mosul"};

    private static Path corpus(Path dir, int n) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String place = PLACES[i % PLACES.length];
            b.append("{\"id\":\"n").append(i).append("\",\"published\":\"2024-05-").append(10 + i % 18)
                    .append("\",\"text\":\"Gunmen attacked a checkpoint in ").append(place).append(" on Monday, killing ").append(i + 2)
                    .append(" policemen, officials said. Police arrested ").append(i + 3).append(" suspects in ").append(place)
                    .append(" later that day.\"}\n");
        }
        return Files.writeString(dir.resolve("news.jsonl"), b);
    }

    private static Process ingest(Path db, Path in) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "wirecoder.cli.Main", "ingest",
                "--db", db.toString(), "--log-every", "5", "--batch", "1", in.toString()).redirectErrorStream(true).start();
    }

    private static TreeSet<String> column(Path db, String sql) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>();
        try (EventStore s = EventStore.open(db); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                all.add(r.getString(1));
                out.add(r.getString(1));
            }
        }
        assertEquals(all.size(), out.size(), "no row twice: " + sql);
        return out;
    }

    @Test
    void aKilledIngestRerunFinishesWithNothingLostOrDoubled(@TempDir Path dir) throws Exception {
        Path in = corpus(dir, 60);
        Path db = dir.resolve("killed.duckdb");
        Process first = ingest(db, in);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("ingest: 10 articles")) {
                // wait until ten articles are stored
            }
            assertTrue(line != null, "the first run ended before storing ten articles");
            first.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no commit
            first.waitFor();
        }
        int afterKill = column(db, "SELECT article_id FROM articles").size();
        assertTrue(afterKill >= 10 && afterKill < 60, "killed mid-run: " + afterKill + " articles stored");

        Process rerun = ingest(db, in);
        String said = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, rerun.waitFor(), said);
        assertTrue(said.contains(afterKill + " skipped as already stored"), said);

        Path clean = dir.resolve("clean.duckdb");
        Process once = ingest(clean, in);
        String onceSaid = new String(once.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, once.waitFor(), onceSaid);

        assertEquals(60, column(db, "SELECT article_id FROM articles").size());
        assertEquals(column(clean, "SELECT event_id FROM events"), column(db, "SELECT event_id FROM events"));
        assertEquals(column(clean, "SELECT fused_id || ' ' || num_mentions FROM fused"), column(db, "SELECT fused_id || ' ' || num_mentions FROM fused"));
    }

    @Test
    void ingestingTheSamplesTwiceGivesTheSameCounts(@TempDir Path dir) throws Exception {
        Path samples = Files.isDirectory(Path.of("samples")) ? Path.of("samples") : Path.of("..", "samples");
        Path db = dir.resolve("samples.duckdb");
        String[] args = {"ingest", "--db", db.toString(), samples.toString()};
        assertEquals(0, Main.commandLine().execute(args));
        EventStore.Status first;
        try (EventStore s = EventStore.open(db)) {
            first = s.status(0);
        }
        assertTrue(first.articles() >= 8 && first.events() > 0 && first.fused() > 0, first.toString());
        assertEquals(0, Main.commandLine().execute(args));
        try (EventStore s = EventStore.open(db)) {
            EventStore.Status second = s.status(0);
            assertEquals(List.of(first.articles(), first.events(), first.fused()), List.of(second.articles(), second.events(), second.fused()));
        }
    }
}
