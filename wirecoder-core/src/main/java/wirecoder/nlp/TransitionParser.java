package wirecoder.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural arc-standard dependency parser (Chen and Manning 2014, {@code parser.nndep}) with the same
 * model file, the same features and the same transition system (CoreNLP's own {@link ArcStandard} and
 * {@link Configuration}), but a faster scorer.
 * <p>
 * Why: CoreNLP scores each transition with one sequential double-precision dot product per output label
 * (83 labels x 1,000 hidden units), which the JIT cannot vectorise; that product was 45% of Wirecoder's
 * whole extraction time. Here the weights are stored input-major so that every step of the network is a
 * float {@code y += a * x} loop over a contiguous row, which C2 compiles to SIMD code. The scores differ from
 * CoreNLP's in the last float bits only; {@code TransitionParserTest} checks that the trees agree.
 * <p>
 * Hidden-layer products of the model's most frequent (feature, position) pairs are computed when first met
 * and kept (CoreNLP computes them all at load time, about a second of start-up); each thread also keeps the
 * last 5,000 rarer ones. A product costs 50,000 multiply-adds, so a miss costs as much as the whole output
 * layer. Thread-safe.
 */
public final class TransitionParser {

    /** CoreNLP's English UD model (in the models jar). */
    public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<String, Integer> posIds = new HashMap<>();
    private final Map<String, Integer> labelIds = new HashMap<>();
    private final int unknownWord;
    private final int unknownPos;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int numTokens;
    /** Embeddings of words, tags and labels, one row per id. */
    private final float[][] embeddings;
    /** First layer, input-major: {@code w1[position * embeddingSize + k]} holds one weight per hidden unit. */
    private final float[][] w1;
    private final float[] b1;
    /** Output layer, hidden-major: {@code w2[h]} holds one weight per transition. */
    private final float[][] w2;
    private final String[] transitions;
    private static final String SHIFT = "S";
    private final ArcStandard system;
    /** (id * numTokens + position) of the pairs whose hidden-layer product is kept, and where. */
    private final IntIntMap kept;
    private final AtomicReferenceArray<float[]> keptProducts;
    /** The last 5,000 rarer inputs' products, per thread (20 MB each): CoreNLP keeps a shared cache of the same size. */
    private final ThreadLocal<Map<Integer, float[]>> recentProducts = ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(8192, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, float[]> eldest) {
            return size() > 5_000;
        }
    });

    private TransitionParser(BufferedReader in, int keep) throws IOException {
        int[] header = new int[7];
        for (int i = 0; i < header.length; i++) {
            String line = in.readLine();
            if (line == null || line.indexOf('=') < 0) throw new IOException("parser model header line " + (i + 1) + " is missing");
            header[i] = Integer.parseInt(line.substring(line.indexOf('=') + 1).trim());
        }
        int nWords = header[0], nPos = header[1], nLabels = header[2];
        embeddingSize = header[3];
        hiddenSize = header[4];
        numTokens = header[5];
        int nPreComputed = header[6];
        embeddings = new float[nWords + nPos + nLabels][];
        List<String> labels = new ArrayList<>();
        for (int id = 0; id < embeddings.length; id++) {
            String[] f = split(in.readLine(), embeddingSize + 1);
            Map<String, Integer> ids = id < nWords ? wordIds : id < nWords + nPos ? posIds : labelIds;
            ids.put(f[0], id);
            if (id >= nWords + nPos) labels.add(f[0]);
            embeddings[id] = floats(f, 1, embeddingSize);
        }
        w1 = new float[embeddingSize * numTokens][];
        for (int j = 0; j < w1.length; j++) w1[j] = floats(split(in.readLine(), hiddenSize), 0, hiddenSize);
        b1 = floats(split(in.readLine(), hiddenSize), 0, hiddenSize);
        int nTransitions = nLabels * 2 - 1;
        w2 = new float[hiddenSize][];
        for (int h = 0; h < hiddenSize; h++) w2[h] = floats(split(in.readLine(), nTransitions), 0, nTransitions);
        int keepCount = Math.min(keep, nPreComputed);
        kept = new IntIntMap(keepCount);
        int read = 0;
        while (read < keepCount) {
            String line = in.readLine();
            if (line == null) throw new IOException("parser model ends inside its pre-computed feature list");
            for (String id : line.trim().split(" ")) {
                if (read < keepCount) kept.put(Integer.parseInt(id), read++);
            }
        }
        keptProducts = new AtomicReferenceArray<>(keepCount);
        Integer unknown = wordIds.get(Config.UNKNOWN);
        Integer unknownTag = posIds.get(Config.UNKNOWN);
        if (unknown == null || unknownTag == null) throw new IOException("parser model has no " + Config.UNKNOWN + " entries");
        unknownWord = unknown;
        unknownPos = unknownTag;
        // CoreNLP's label list starts with -NULL-, which is a feature value and not a transition label.
        labels.remove(0);
        system = new ArcStandard(new Config(new Properties()).tlp, labels, false);
        transitions = new String[system.numTransitions()];
        if (transitions.length != nTransitions) {
            throw new IOException("parser model has " + nTransitions + " output rows for " + transitions.length + " transitions");
        }
        // The output rows follow ParsingSystem's order: L(label)..., R(label)..., S. Checked, so that a
        // CoreNLP upgrade that reorders them fails here instead of parsing garbage.
        for (int i = 0; i < labels.size(); i++) {
            transitions[i] = "L(" + labels.get(i) + ")";
            transitions[labels.size() + i] = "R(" + labels.get(i) + ")";
        }
        transitions[transitions.length - 1] = SHIFT;
        for (int i = 0; i < transitions.length; i++) {
            if (system.getTransitionID(transitions[i]) != i) throw new IOException("unexpected transition order at " + transitions[i]);
        }
    }

    /**
     * Loads a CoreNLP nndep model (a path or classpath resource, gzipped or not).
     *
     * @param keep how many of the model's most frequent input pairs keep their hidden-layer products once computed
     */
    public static TransitionParser load(String model, int keep) {
        try (BufferedReader in = IOUtils.readerFromString(model)) {
            return new TransitionParser(in, keep);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load the dependency parser model " + model + ": " + e.getMessage(), e);
        }
    }

    /** Parses one tagged sentence (tokens with words and POS tags), as CoreNLP's {@code DependencyParser.predict} does. */
    public GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        int[] features = new int[numTokens];
        while (!system.isTerminal(c)) {
            if (c.getStackSize() <= 2 && c.getBufferSize() > 0) {
                // With one root (CoreNLP's ArcStandard), a stack of ROOT and at most one word can only shift while
                // words wait: whatever the network scores, the argmax below would choose the shift, so skip it.
                system.apply(c, SHIFT);
                continue;
            }
            features(c, features);
            float[] scores = scores(features);
            float best = Float.NEGATIVE_INFINITY;
            String chosen = null;
            for (int t = 0; t < scores.length; t++) {
                if (scores[t] > best && system.canApply(c, transitions[t])) {
                    best = scores[t];
                    chosen = transitions[t];
                }
            }
            system.apply(c, chosen);
        }
        return structure(sentence, c);
    }

    /** The 48 inputs of Chen and Manning: 18 words, 18 tags, 12 arc labels, in CoreNLP's order. */
    private void features(Configuration c, int[] f) {
        for (int j = 2; j >= 0; --j) {
            int index = c.getStack(j);
            f[2 - j] = word(c.getWord(index));
            f[18 + 2 - j] = pos(c.getPOS(index));
        }
        for (int j = 0; j <= 2; ++j) {
            int index = c.getBuffer(j);
            f[3 + j] = word(c.getWord(index));
            f[18 + 3 + j] = pos(c.getPOS(index));
        }
        for (int j = 0; j <= 1; ++j) {
            int k = c.getStack(j);
            int[] around = {c.getLeftChild(k), c.getRightChild(k), c.getLeftChild(k, 2), c.getRightChild(k, 2),
                    c.getLeftChild(c.getLeftChild(k)), c.getRightChild(c.getRightChild(k))};
            for (int a = 0; a < around.length; a++) {
                int slot = 6 + j * 6 + a;
                f[slot] = word(c.getWord(around[a]));
                f[18 + slot] = pos(c.getPOS(around[a]));
                f[36 + j * 6 + a] = label(c.getLabel(around[a]));
            }
        }
    }

    private int word(String w) {
        return wordIds.getOrDefault(w, unknownWord);
    }

    private int pos(String p) {
        return posIds.getOrDefault(p, unknownPos);
    }

    private int label(String l) {
        Integer id = labelIds.get(l);
        if (id == null) throw new IllegalStateException("parser model has no arc label " + l);
        return id;
    }

    /** Feed-forward: cube of (b1 + sum of the inputs' first-layer products), then the output layer. */
    private float[] scores(int[] features) {
        float[] hidden = b1.clone();
        int j = 0;
        for (; j + 4 <= features.length; j += 4) {
            add4(hidden, product(features[j], j), product(features[j + 1], j + 1), product(features[j + 2], j + 2),
                    product(features[j + 3], j + 3));
        }
        for (; j < features.length; j++) axpy(hidden, product(features[j], j), 1f);
        for (int h = 0; h < hiddenSize; h++) {
            float v = hidden[h];
            hidden[h] = v * v * v;
        }
        float[] scores = new float[transitions.length];
        axpyRows(scores, w2, 0, hidden, hiddenSize);
        return scores;
    }

    /** The first-layer product of one input: kept if it is a frequent one, else from this thread's recent ones. */
    private float[] product(int id, int position) {
        int key = id * numTokens + position;
        int slot = kept.get(key);
        if (slot >= 0) {
            float[] product = keptProducts.get(slot);
            if (product == null) keptProducts.set(slot, product = computeProduct(id, position));
            return product;
        }
        // A rarer input (a name, mostly): computed once per thread and kept while it recurs.
        return recentProducts.get().computeIfAbsent(key, k -> computeProduct(id, position));
    }

    private float[] computeProduct(int id, int position) {
        float[] product = new float[hiddenSize];
        addProduct(product, id, position);
        return product;
    }

    /** {@code into += W1[:, slice of position] . E[id]}. */
    private void addProduct(float[] into, int id, int position) {
        float[] e = embeddings[id];
        int offset = position * embeddingSize;
        axpyRows(into, w1, offset, e, embeddingSize);
    }

    /**
     * {@code y += a[k] * rows[from + k]} for k from 0 to n, four rows a pass: each element still sums its terms in
     * the order of k (Java adds left to right and never fuses a multiply into an add), so the result is the one
     * n calls of {@link #axpy} give, with a quarter of the loads and stores of {@code y}.
     */
    private static void axpyRows(float[] y, float[][] rows, int from, float[] a, int n) {
        int k = 0;
        for (; k + 4 <= n; k += 4) {
            float a0 = a[k], a1 = a[k + 1], a2 = a[k + 2], a3 = a[k + 3];
            float[] x0 = rows[from + k], x1 = rows[from + k + 1], x2 = rows[from + k + 2], x3 = rows[from + k + 3];
            for (int i = 0; i < y.length; i++) y[i] = y[i] + a0 * x0[i] + a1 * x1[i] + a2 * x2[i] + a3 * x3[i];
        }
        for (; k < n; k++) axpy(y, rows[from + k], a[k]);
    }

    /** {@code y += x0 + x1 + x2 + x3}, added in that order, as four calls of {@link #axpy} with a of 1 would. */
    private static void add4(float[] y, float[] x0, float[] x1, float[] x2, float[] x3) {
        for (int i = 0; i < y.length; i++) y[i] = y[i] + x0[i] + x1[i] + x2[i] + x3[i];
    }

    /** {@code y += a * x}: the one loop every layer runs, written so that the JIT vectorises it. */
    private static void axpy(float[] y, float[] x, float a) {
        for (int i = 0; i < y.length; i++) y[i] += a * x[i];
    }

    /** The tree as CoreNLP's predict builds it: typed dependencies over the sentence's tokens, as UD English. */
    private static GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = c.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
            dependencies.add(new TypedDependency(relation, headWord, word));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }

    private static String[] split(String line, int expected) throws IOException {
        if (line == null) throw new IOException("parser model ends early");
        String[] f = line.split(" ");
        if (f.length < expected) throw new IOException("parser model line has " + f.length + " fields, expected " + expected);
        return f;
    }

    private static float[] floats(String[] f, int from, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = decimal(f[from + i]);
        return out;
    }

    /**
     * The model writes weights as plain decimals ("-0.0325"); this reads them several times faster than
     * {@link Float#parseFloat}, which stays the fallback for any other form.
     */
    static float decimal(String s) {
        if (s.isEmpty()) return Float.parseFloat(s);
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) i++;
        long digits = 0;
        int scale = -1;
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9' && digits < 100_000_000_000_000L) {
                digits = digits * 10 + (ch - '0');
                if (scale >= 0) scale++;
            } else if (ch == '.' && scale < 0) {
                scale = 0;
            } else {
                return Float.parseFloat(s);
            }
        }
        if (scale >= POWERS.length) return Float.parseFloat(s);
        double v = scale <= 0 ? digits : digits / POWERS[scale];
        return (float) (negative ? -v : v);
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /** An int-to-int hash map (open addressing) for the kept pairs: CoreNLP's boxed HashMap lookup was 7% of parsing. */
    private static final class IntIntMap {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIntMap(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            Arrays.fill(keys, -1);
            mask = capacity - 1;
        }

        void put(int key, int value) {
            int i = mix(key) & mask;
            while (keys[i] != -1 && keys[i] != key) i = (i + 1) & mask;
            keys[i] = key;
            values[i] = value;
        }

        int get(int key) {
            int i = mix(key) & mask;
            while (true) {
                int k = keys[i];
                if (k == key) return values[i];
                if (k == -1) return -1;
                i = (i + 1) & mask;
            }
        }

        private static int mix(int k) {
            int h = k * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
