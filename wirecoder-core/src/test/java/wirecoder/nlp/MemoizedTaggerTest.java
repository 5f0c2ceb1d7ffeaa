package wirecoder.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.MemoizedMaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.StringUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoizedTaggerTest {

    /**
     * Text of the shapes that reach the tagger's every path: known words, rare and unknown words (prefix, suffix,
     * shape and cluster features), sentence-initial and mid-sentence capitals, all-lowercase and all-capital text
     * (as IndiaPoliceEvents and headlines are), numbers, hyphens, dashes, quotes, a one-word sentence, and British
     * spellings (the model americanizes every word before it looks it up).
     */
    private static final String TEXT = """
            Hezbollah fighters attacked the town of Arsal on Friday, killing 12 Nusra Front militants.
            A ceasefire between Hezbollah and the Nusra Front took effect early Thursday, officials said.
            police in kozhikode arrested three youths for allegedly assaulting a dalit labourer near the bus-stand on tuesday night.
            the accused, identified as rajesh kumar (24) and his associates, were produced before the magistrate.
            BREAKING NEWS: GUNMEN STORM HOTEL IN MOGADISHU, AT LEAST 15 DEAD
            Thousands marched through the capital demanding the release of political prisoners -- the largest protest since 2011.
            "We will not withdraw," the commander told reporters at the checkpoint near Qalamoun.
            Xylotrombidium-like shmorgles flurbled quizzaciously beside 4,500 unrecognisable McGuffinsons.
            The organisation's defence minister criticised the programme's centre-left colour scheme.
            Negotiations.
            Kharkiv-based volunteers said Russian forces had shelled the village overnight, wounding 7 civilians.
            """;

    private static MaxentTagger corenlp;
    private static MemoizedMaxentTagger memoized;
    private static List<List<CoreLabel>> sentences;

    @BeforeAll
    static void load() {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        String model = DefaultPaths.DEFAULT_POS_MODEL;
        corenlp = new MaxentTagger(model, StringUtils.argsToProperties("-model", model), false);
        memoized = new MemoizedMaxentTagger(model);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(doc);
        sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
    }

    @Test
    void tagsEqualCoreNlpsOwnTagger() {
        assertTrue(sentences.size() >= 11, "the text splits into its sentences");
        for (List<CoreLabel> s : sentences) {
            assertEquals(tags(corenlp.tagSentence(s, false)), tags(memoized.tagSentence(s, false)), s.toString());
        }
    }

    @Test
    void tagsTheWayTheRulesExpect() {
        List<String> tags = tags(memoized.tagSentence(sentences.get(0), false));
        assertEquals("NNP", tags.get(0));
        assertEquals("VBD", tags.get(2), "attacked");
        assertEquals("CD", tags.get(11), "12");
    }

    /** The remembered scores are shared by every thread the pipeline runs; two at once must tag as one does. */
    @Test
    void sameTagsFromSeveralThreadsAtOnce() throws Exception {
        MemoizedMaxentTagger fresh = new MemoizedMaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
        List<List<String>> expected = new ArrayList<>();
        for (List<CoreLabel> s : sentences) expected.add(tags(corenlp.tagSentence(s, false)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        out.clear();
                        for (List<CoreLabel> s : sentences) out.add(tags(fresh.tagSentence(s, false)));
                    }
                    return out;
                }));
            }
            for (Future<List<List<String>>> r : runs) assertEquals(expected, r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> tags(List<TaggedWord> tagged) {
        return tagged.stream().map(TaggedWord::tag).toList();
    }
}
