package wirecoder.cli;

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
import wirecoder.eval.BenchCorpus;
import wirecoder.model.Article;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * `wirecoder bench --tagger-check`: tags every sentence of the throughput bench's articles (TR-News, GeoWebNews,
 * LGL, Giveme5W1H and the lowercased IndiaPoliceEvents documents) with CoreNLP's MaxentTagger and with the
 * {@link MemoizedMaxentTagger} the pipeline runs, from the same model, and prints how many sentences' tags are
 * identical and how long each tagger took.
 */
final class TaggerBench {

    private TaggerBench() {
    }

    static void run(PrintStream out, Path shared) throws IOException {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false");
        StanfordCoreNLP splitter = new StanfordCoreNLP(p);
        String model = DefaultPaths.DEFAULT_POS_MODEL;
        MaxentTagger corenlp = new MaxentTagger(model, StringUtils.argsToProperties("-model", model), false);
        MaxentTagger ours = new MemoizedMaxentTagger(model);
        List<Article> articles = BenchCorpus.throughput(shared);
        long sentences = 0, identical = 0, tokens = 0, corenlpNanos = 0, oursNanos = 0;
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            splitter.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
                long t0 = System.nanoTime();
                List<String> theirs = tags(corenlp.tagSentence(words, false));
                long t1 = System.nanoTime();
                List<String> mine = tags(ours.tagSentence(words, false));
                long t2 = System.nanoTime();
                corenlpNanos += t1 - t0;
                oursNanos += t2 - t1;
                sentences++;
                tokens += words.size();
                if (theirs.equals(mine)) identical++;
                else out.println("different tags in " + a.id() + ": " + words + "\n  CoreNLP:   " + theirs + "\n  Wirecoder: " + mine);
            }
        }
        out.printf(Locale.ROOT, "tagger check: %,d sentences (%,d tokens) of %,d articles%n", sentences, tokens, articles.size());
        out.printf(Locale.ROOT, "identical tags: %,d sentences (%.4f)%n", identical, sentences == 0 ? 0 : identical / (double) sentences);
        out.printf(Locale.ROOT, "tag time, one thread, including the first JIT: CoreNLP %.1f s (%,.0f tokens/s), Wirecoder %.1f s (%,.0f tokens/s): %.1fx%n",
                corenlpNanos / 1e9, tokens / (corenlpNanos / 1e9), oursNanos / 1e9, tokens / (oursNanos / 1e9),
                corenlpNanos / (double) Math.max(1, oursNanos));
    }

    private static List<String> tags(List<TaggedWord> tagged) {
        List<String> out = new ArrayList<>(tagged.size());
        for (TaggedWord w : tagged) out.add(w.tag());
        return out;
    }
}
