package wirecoder.eval;

import wirecoder.Extractor;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Runs the extractor over a suite's gold items, one article each, and times it. */
record Extraction(List<ExtractionResult> results, double seconds) {

    static <G> Extraction of(Extractor extractor, List<G> gold, BiFunction<Integer, G, Article> article) {
        long t0 = System.nanoTime();
        List<ExtractionResult> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) out.add(extractor.extract(article.apply(i, gold.get(i))));
        return new Extraction(out, (System.nanoTime() - t0) / 1e9);
    }

    /** Each item's events, in gold order. */
    List<List<EventRecord>> events() {
        return results.stream().map(ExtractionResult::events).toList();
    }

    /** At most {@code limit} items (0 = all): every k-th one, so that a short run still spans the whole set. */
    static <T> List<T> sample(List<T> all, int limit) {
        if (limit <= 0 || all.size() <= limit) return all;
        List<T> out = new ArrayList<>();
        double step = (double) all.size() / limit;
        for (int i = 0; i < limit; i++) out.add(all.get((int) (i * step)));
        return out;
    }
}
