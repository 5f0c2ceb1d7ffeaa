package wirecoder.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;
import wirecoder.io.ArticleReader;
import wirecoder.io.InputItem;
import wirecoder.store.EventStore;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** The lines {@code ingest} would store, each repeated id given as the id to code it under. */
    static JavaRDD<ExtractJob.Line> apply(JavaRDD<ExtractJob.Line> lines) {
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
        keys.cache();
        JavaPairRDD<Long, String> renamed = keys.mapToPair(k -> new Tuple2<>(k.id(), k)).groupByKey().flatMapToPair(g -> {
            List<Keys> same = new ArrayList<>();
            g._2().forEach(same::add);
            same.sort(Comparator.comparingLong(Keys::order));
            List<Tuple2<Long, String>> out = new ArrayList<>();
            for (int i = 1; i < same.size(); i++) out.add(new Tuple2<>(same.get(i).order(), g._1() + "~" + (i + 1)));
            return out.iterator();
        });
        JavaPairRDD<Long, Boolean> later = laterOf(keys.filter(k -> k.url() != null).mapToPair(k -> new Tuple2<>(k.url(), k.order())))
                .union(laterOf(keys.mapToPair(k -> new Tuple2<>(k.hash(), k.order())))).distinct();
        return lines.mapToPair(l -> new Tuple2<>(order(l.file(), l.line()), l))
                .subtractByKey(later)
                .leftOuterJoin(renamed)
                .map(t -> t._2()._2().isPresent() ? t._2()._1().as(t._2()._2().get()) : t._2()._1());
    }

    /** The places of every article whose key an earlier article has. */
    private static JavaPairRDD<Long, Boolean> laterOf(JavaPairRDD<String, Long> keyed) {
        JavaPairRDD<String, Long> first = keyed.reduceByKey(Math::min);
        return keyed.join(first).filter(t -> !t._2()._1().equals(t._2()._2())).mapToPair(t -> new Tuple2<>(t._2()._1(), true));
    }
}
