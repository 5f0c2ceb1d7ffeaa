package wirecoder.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassesTest {

    @Test
    void eachPassPrintsALineTheBenchmarkReadsBack() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Integer> ran = new ArrayList<>();
        Passes.run(3, p -> {
            ran.add(p);
            try {
                Thread.sleep(20L * p);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(List.of(1, 2, 3), ran);
        List<Passes.Pass> read = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) read.add(Passes.parse(line));
        assertEquals(3, read.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, read.get(i).number());
            // Each pass slept 20 ms times its number: the time is the pass's own, not the run's so far.
            assertTrue(read.get(i).seconds() >= 0.02 * (i + 1) && read.get(i).seconds() < 0.02 * (i + 1) + 1, read.get(i).toString());
            assertTrue(read.get(i).jitSeconds() >= 0, read.get(i).toString());
            // A JVM holds more than 10 MB; the figure is the peak so far, so it never falls.
            if (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/self/status"))) assertTrue(read.get(i).peakRssMb() > 10, read.get(i).toString());
            if (i > 0) assertTrue(read.get(i).peakRssMb() >= read.get(i - 1).peakRssMb());
        }
    }

    @Test
    void otherLinesAreNotPasses() {
        assertNull(Passes.parse("ingest: 500 articles, 700 events, 20.1 articles/s"));
        assertNull(Passes.parse("wirecoder-pass one 1.0 0.5 100"));
        assertEquals(new Passes.Pass(2, 1.5, 0.25, 1843), Passes.parse("  wirecoder-pass 2 1.500 0.250 1843 "));
        assertEquals(0, Passes.peakRssKb(Long.toString(Long.MAX_VALUE)));
    }

    @Test
    void eachPassGetsItsOwnOutput() {
        assertArrayEquals(new String[]{"ingest", "--db", "out/store-2.duckdb", "in.jsonl"},
                Passes.forPass(List.of("ingest", "--db", "out/store-{pass}.duckdb", "in.jsonl"), 2));
    }
}
