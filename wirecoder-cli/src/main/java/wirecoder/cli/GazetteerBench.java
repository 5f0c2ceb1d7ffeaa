package wirecoder.cli;

import wirecoder.actors.ActorTable;
import wirecoder.data.Folders;
import wirecoder.geo.AreaTable;
import wirecoder.geo.GeoNamesSource;
import wirecoder.geo.LuceneGazetteer;
import wirecoder.geo.NameKey;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The gazetteer's figures for `wirecoder bench`: index build time and size, open time, lookups per second. */
final class GazetteerBench {

    private GazetteerBench() {
    }

    static void run(PrintStream out, int passes) throws IOException {
        GeoNamesSource source = GeoNamesSource.locate(null, GeoNamesSource.cacheDir());
        AreaTable areas = AreaTable.load(ActorTable.load());
        // Every 50th name of the dump: common and rare names alike.
        List<String> keys = new ArrayList<>();
        int[] n = {0};
        source.forEach(g -> {
            if (n[0]++ % 50 == 0) keys.add(NameKey.of(g.name()));
        });
        Path tmp = Files.createTempDirectory("wirecoder-gazetteer-bench");
        try {
            long t0 = System.nanoTime();
            try (LuceneGazetteer built = LuceneGazetteer.openOrBuild(source, areas, tmp)) {
                double build = (System.nanoTime() - t0) / 1e9;
                out.printf("gazetteer: %s, %,d entries; index build %.1f s, %.1f MB on disk%n", source.file(), built.size(),
                        build, built.bytesOnDisk() / 1e6);
            }
            long t1 = System.nanoTime();
            try (LuceneGazetteer g = LuceneGazetteer.openOrBuild(source, areas, tmp)) {
                double open = (System.nanoTime() - t1) / 1e9;
                long hits = 0;
                for (String k : keys) hits += g.byName(k).size();  // warm-up
                long t2 = System.nanoTime();
                for (int p = 0; p < passes; p++) for (String k : keys) hits += g.byName(k).size();
                double secs = (System.nanoTime() - t2) / 1e9;
                long t3 = System.nanoTime();
                for (int p = 0; p < passes; p++) for (String k : keys) hits += g.bySkeleton(NameKey.skeleton(k)).size();
                double skel = (System.nanoTime() - t3) / 1e9;
                out.printf("gazetteer: cached index opens in %.2f s; %,.0f name lookups/s, %,.0f variant (skeleton) lookups/s "
                        + "(%d names x %d passes, one thread; %d hits)%n", open, keys.size() * passes / secs,
                        keys.size() * passes / skel, keys.size(), passes, hits);
            }
        } finally {
            Folders.delete(tmp);
        }
    }
}
