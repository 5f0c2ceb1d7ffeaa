package wirecoder.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import wirecoder.io.ArticleReader;
import wirecoder.io.InputItem;
import wirecoder.store.EventStore;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article read twice, over the whole input, as {@code ingest} treats it: a repeated id is renamed {@code id~2},
 * {@code id~3}, ... in input order (with the entry that says so), and an article whose URL or normalised text an
 * earlier one has is left out. Within one partition the job's reader would do the first; across partitions only this
 * pass can.
 */
final class Repeats {

    /** What makes an article the same as another, and where it stands in the input. */
    record Keys(long order, String id, String url, String hash) implements Serializable {
    }

    private Repeats() {
    }

    /** A line's place in the input as one number: file, then line. */
    static long order(long file, long line) {
        return (file << 32) | line;
    }

    /**
     * The lines {@code ingest} would store, each repeated id given as the id to code it under. Only the articles' keys are
     * shuffled; what to leave out and what to rename (as many entries as there are repeats) goes to every task, so
     * that the lines keep their partitions and no article's text crosses the network.
     */
    static JavaRDD<ExtractJob.Line> apply(JavaSparkContext sc, JavaRDD<ExtractJob.Line> lines) {
        JavaRDD<Keys> keys = lines.mapPartitions(part -> {
            List<Keys> out = new ArrayList<>();
            while (part.hasNext()) {
                ExtractJob.Line l = part.next();
                if (l.json() == null) continue;
                // A reader of its own per line: its id rules (a missing id is the line's place) without its memory.
                InputItem item = new ArticleReader(null).jsonLine(l.where(), l.json().getBytes(StandardCharsets.UTF_8));
                if (item.article() == null) continue;
                String url = item.article().url();
                out.add(new Keys(order(l.file(), l.line()), item.article().id(), url == null || url.isBlank() ? null : url,
                        EventStore.textHash(item.article().text())));
            }
            return out.iterator();
        });
        keys.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<Long, String> renamed = new HashMap<>(keys.mapToPair(k -> new Tuple2<>(k.id(), k)).groupByKey().flatMapToPair(g -> {
                List<Keys> same = new ArrayList<>();
                g._2().forEach(same::add);
                same.sort(Comparator.comparingLong(Keys::order));
                List<Tuple2<Long, String>> out = new ArrayList<>();
                for (int i = 1; i < same.size(); i++) out.add(new Tuple2<>(same.get(i).order(), g._1() + "~" + (i + 1)));
                return out.iterator();
            }).collectAsMap());
            Set<Long> later = new HashSet<>(laterOf(keys.filter(k -> k.url() != null).mapToPair(k -> new Tuple2<>(k.url(), k.order())))
                    .union(laterOf(keys.mapToPair(k -> new Tuple2<>(k.hash(), k.order())))).distinct().collect());
            if (renamed.isEmpty() && later.isEmpty()) return lines;
            Broadcast<Map<Long, String>> rename = sc.broadcast(renamed);
            Broadcast<Set<Long>> leave = sc.broadcast(later);
            return lines.filter(l -> !leave.value().contains(order(l.file(), l.line())))
                    .map(l -> {
                        String id = rename.value().get(order(l.file(), l.line()));
                        return id == null ? l : l.as(id);
                    });
        } finally {
            keys.unpersist(false);
        }
    }

    /** The places of every article whose key an earlier article has. */
    private static JavaRDD<Long> laterOf(JavaPairRDD<String, Long> keyed) {
        JavaPairRDD<String, Long> first = keyed.reduceByKey(Math::min);
        return keyed.join(first).filter(t -> !t._2()._1().equals(t._2()._2())).map(t -> t._2()._1());
    }
}
