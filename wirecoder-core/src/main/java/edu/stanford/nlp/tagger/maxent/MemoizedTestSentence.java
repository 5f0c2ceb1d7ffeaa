package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;

import java.util.List;

/**
 * CoreNLP's {@link TestSentence} with the same scores, computed once instead of once per tag history.
 *
 * <p>Why it lives in CoreNLP's package: the scores come from the model's extractors, feature table and weights,
 * which CoreNLP keeps package-private; this class reads them where they are rather than a copy of the model.
 *
 * <p>What it changes: CoreNLP's exact scoring ({@code getHistories}) runs every local extractor (the word and, for
 * a rare word, some thirty prefix, suffix, shape and cluster features) again for each pair of previous tags the
 * Viterbi search tries, about 600 times for an unknown word after two unknown words, and builds a string for each
 * tag feature. Here a position's word and context scores are summed once per position (and a word's own scores
 * once per tagger, {@link MemoizedMaxentTagger#localScores}), and the two tag features this model has (the
 * previous tag; the previous two) are looked up by tag number. The sums are made in CoreNLP's order, one weight at
 * a time from zero, so every score, and so every tag, is bit-for-bit CoreNLP's; {@code MemoizedTaggerTest} and
 * {@code bench --tagger-check} check it. The search itself ({@code ExactBestSequenceFinder}), the candidate tags
 * of each word and the result are CoreNLP's own, inherited.
 */
final class MemoizedTestSentence extends TestSentence {

    private final MemoizedMaxentTagger tagger;
    private final History history;
    /** Per position: the word and context scores (CoreNLP's localContextScores with the local scores added). */
    private double[][] base;
    private boolean[] rare;
    /** Per position: the model's index of each candidate tag, in the order the search asks for them. */
    private int[][] candidates;

    MemoizedTestSentence(MemoizedMaxentTagger tagger) {
        super(tagger);
        this.tagger = tagger;
        this.history = new History(pairs, tagger.extractors);
    }

    /** Called by tagSentence once the sentence (and {@code size}) is set, before the search. */
    @Override
    protected void init() {
        super.init();
        base = new double[size][];
        rare = new boolean[size];
        candidates = new int[size + leftWindow()][];
    }

    @Override
    public double[] scoresOf(int[] tags, int pos) {
        int left = leftWindow();
        int current = pos - left;
        // One sentence per instance: TestSentence's pairs start at 0 and end at size - 1.
        history.init(0, size - 1, current);
        boolean tagsSet = false;
        if (base[current] == null) {
            setTags(pos, tags);
            tagsSet = true;
            rare[current] = tagger.isRare(ExtractorFrames.cWord.extract(history));
            base[current] = localAndContextScores(rare[current]);
        }
        int prev = tagAt(tags, pos, 1);
        int prevPrev = tagAt(tags, pos, 2);
        double[] tagScores = tagger.tagHistoryScores.get(prev, prevPrev);
        if (tagScores == null) {
            if (!tagsSet) {
                setTags(pos, tags);
                tagsSet = true;
            }
            tagScores = tagger.tagHistoryScores.remember(prev, prevPrev, exactScores(tagger.extractors.dynamic, null));
        }
        double[] total = new double[tagger.ySize];
        double[] here = base[current];
        if (rare[current]) {
            // The model's rare-word dynamic features (sentence-initial capitals and the like) read the word and
            // whether a tag precedes it; they are few and only for rare words, so they run as CoreNLP runs them,
            // added after the tag features and before the word's scores, as CoreNLP adds them.
            if (!tagsSet) setTags(pos, tags);
            System.arraycopy(tagScores, 0, total, 0, total.length);
            addAll(total, tagger.extractorsRare.dynamic, tagger.extractors.size());
            ArrayMath.pairwiseAddInPlace(total, here);
        } else {
            for (int i = 0; i < total.length; i++) total[i] = tagScores[i] + here[i];
        }
        ArrayMath.logNormalize(total);
        int[] tagIndex = candidates[pos];
        if (tagIndex == null) tagIndex = candidates[pos] = getPossibleValues(pos);
        double[] scores = new double[tagIndex.length];
        for (int j = 0; j < tagIndex.length; j++) scores[j] = total[tagIndex[j]];
        return scores;
    }

    /** CoreNLP's local scores (from the word's cache) added into its local-context scores, as getHistories does. */
    private double[] localAndContextScores(boolean isRare) {
        String word = pairs.getWord(history.current);
        double[] local = tagger.localScores(word, isRare, () -> exactScores(tagger.extractors.local, isRare ? tagger.extractorsRare.local : null));
        double[] context = exactScores(tagger.extractors.localContext, isRare ? tagger.extractorsRare.localContext : null);
        ArrayMath.pairwiseAddInPlace(context, local);
        return context;
    }

    /** CoreNLP's getExactHistories: each extractor's weights, added in the extractors' order. */
    private double[] exactScores(List<Pair<Integer, Extractor>> extractors, List<Pair<Integer, Extractor>> extractorsRare) {
        double[] scores = new double[tagger.ySize];
        addAll(scores, extractors, 0);
        if (extractorsRare != null) addAll(scores, extractorsRare, tagger.extractors.size());
        return scores;
    }

    /** The extractors' weights added into {@code scores}, one extractor after another; {@code offset}: rare-word ones. */
    private void addAll(double[] scores, List<Pair<Integer, Extractor>> extractors, int offset) {
        double[] lambda = tagger.getLambdaSolve().lambda;
        for (Pair<Integer, Extractor> e : extractors) {
            add(scores, tagger.fAssociations.get(e.first() + offset).get(e.second().extract(history)), lambda);
        }
    }

    /** CoreNLP's runExactExtractor: one feature's weight per tag, where the model has one ({@code null}: none). */
    private static void add(double[] scores, int[] associations, double[] lambda) {
        if (associations == null) return;
        for (int i = 0; i < scores.length; i++) {
            int f = associations[i];
            if (f > -1) scores[i] += lambda[f];
        }
    }

    /** The tag index {@code back} places left of {@code pos} in the search's array, or the outside-the-sentence slot. */
    private int tagAt(int[] tags, int pos, int back) {
        int j = pos - back;
        return j < leftWindow() ? tagger.ySize : tags[j];
    }

    /** TestSentence.setHistory: the search's tags for the window around {@code pos}, as tag names in the pairs. */
    private void setTags(int pos, int[] tags) {
        int left = leftWindow();
        int from = Math.max(pos - left, left);
        int to = Math.min(pos + rightWindow(), size + left - 1);
        for (int j = from; j <= to; j++) history.setTag(j - left, tagger.tags.getTag(tags[j]));
    }
}
