package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.StringUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * CoreNLP's MaxentTagger, loaded from the same model, that tags each sentence with {@link MemoizedTestSentence}:
 * the same tags, computed without repeating the per-word work for every tag history. It accepts only models whose
 * tag features it can look up by number (the previous tag; a run of previous tags), which is what CoreNLP's English
 * left3words models have; any other model is refused at load rather than tagged differently.
 */
public final class MemoizedMaxentTagger extends MaxentTagger {

    private static final long serialVersionUID = 1L;
    /** Words whose own scores are kept across sentences; past this the tagger computes the rest per sentence. */
    static final int MAX_CACHED_WORDS = 60_000;

    final transient TagHistoryScores tagHistoryScores;
    private final transient Map<String, double[]> localScores = new ConcurrentHashMap<>();
    private final transient Map<String, double[]> rareLocalScores = new ConcurrentHashMap<>();

    public MemoizedMaxentTagger(String modelPath) {
        // As POSTaggerAnnotator loads it.
        super(modelPath, StringUtils.argsToProperties("-model", modelPath), false);
        if (hasApproximateScoring()) {
            throw new IllegalArgumentException(modelPath + ": approximate scoring is not reproduced by the memoized tagger");
        }
        for (Pair<Integer, Extractor> e : extractors.dynamic) {
            Extractor x = e.second();
            int reach = x.leftContext();
            boolean previousTag = x.getClass() == Extractor.class && reach >= 1 && reach <= 2;
            boolean previousTags = x instanceof ExtractorFrames.ExtractorContinuousTagConjunction && reach <= 2;
            if (!previousTag && !previousTags) {
                throw new IllegalArgumentException(modelPath + ": tag feature " + x + " is not one the memoized tagger can look up by number");
            }
        }
        if (leftContext != 2 || rightContext != 0) {
            throw new IllegalArgumentException(modelPath + ": the memoized tagger reads two previous tags and none after, not "
                    + leftContext + " and " + rightContext);
        }
        tagHistoryScores = new TagHistoryScores(ySize + 1);
    }

    @Override
    public List<TaggedWord> tagSentence(List<? extends HasWord> sentence, boolean reuseTags) {
        return new MemoizedTestSentence(this).tagSentence(sentence, reuseTags);
    }

    /** A word's own scores (its local features'), the same for every sentence it is in. */
    double[] localScores(String word, boolean rare, Supplier<double[]> compute) {
        Map<String, double[]> cache = rare ? rareLocalScores : localScores;
        double[] s = cache.get(word);
        if (s != null) return s;
        s = compute.get();
        if (cache.size() < MAX_CACHED_WORDS) cache.put(word, s);
        return s;
    }

    /**
     * The summed scores of the model's tag features (CoreNLP's dynamic extractors, not the rare-word ones) for each
     * pair of previous tags, by tag number, with one more number for "outside the sentence". They read only those
     * two tags (the constructor checks the kinds), so one sum serves every word and sentence.
     */
    static final class TagHistoryScores {
        private final int slots;
        /** Filled from several threads: each slot's one value, published whole through the atomic array. */
        private final AtomicReferenceArray<double[]> sums;

        TagHistoryScores(int slots) {
            this.slots = slots;
            this.sums = new AtomicReferenceArray<>(slots * slots);
        }

        /** The remembered sum, {@code null} where this pair of tags has not been seen yet. */
        double[] get(int prev, int prevPrev) {
            return sums.get(prev * slots + prevPrev);
        }

        /** Remembers the sum for this pair of tags (any thread computes the same one) and returns it. */
        double[] remember(int prev, int prevPrev, double[] sum) {
            sums.set(prev * slots + prevPrev, sum);
            return sum;
        }
    }
}
