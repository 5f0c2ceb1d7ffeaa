package wirecoder.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import wirecoder.nlp.TransitionParser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * `wirecoder bench --parser-check FILE...`: parses every sentence of the files (text, HTML or XML; markup is
 * dropped) with CoreNLP's own DependencyParser and with Wirecoder's {@link TransitionParser}, on the same tags,
 * and prints how many trees are identical and how long each parser took.
 */
final class ParserBench {

    private ParserBench() {
    }

    static void run(PrintStream out, List<String> files, int maxTokens) throws IOException {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        DependencyParser corenlp = DependencyParser.loadFromModelFile(TransitionParser.ENGLISH_UD, new Properties());
        TransitionParser ours = TransitionParser.load(TransitionParser.ENGLISH_UD, 20_000);
        long sentences = 0, identical = 0, tokens = 0, corenlpNanos = 0, oursNanos = 0;
        for (String file : files) {
            String text = Jsoup.parse(Files.readString(Path.of(file)), "", Parser.xmlParser()).wholeText();
            Annotation doc = new Annotation(text);
            tagger.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
                if (n < 2 || n > maxTokens) continue;
                long t0 = System.nanoTime();
                GrammaticalStructure a = corenlp.predict(s);
                long t1 = System.nanoTime();
                GrammaticalStructure b = ours.predict(s);
                long t2 = System.nanoTime();
                corenlpNanos += t1 - t0;
                oursNanos += t2 - t1;
                sentences++;
                tokens += n;
                if (dependencies(a).equals(dependencies(b))) identical++;
                else out.println("different tree: " + s);
            }
        }
        out.printf("parser check: %,d sentences (%,d tokens, 2-%d tokens each) from %d files%n", sentences, tokens, maxTokens, files.size());
        out.printf("identical trees: %,d (%.4f)%n", identical, sentences == 0 ? 0 : identical / (double) sentences);
        out.printf("parse time, one thread, including the first JIT: CoreNLP %.1f s (%,.0f tokens/s), Wirecoder %.1f s (%,.0f tokens/s): %.1fx%n",
                corenlpNanos / 1e9, tokens / (corenlpNanos / 1e9), oursNanos / 1e9, tokens / (oursNanos / 1e9),
                corenlpNanos / (double) Math.max(1, oursNanos));
    }

    private static List<String> dependencies(GrammaticalStructure gs) {
        return gs.typedDependencies().stream().map(TypedDependency::toString).sorted().toList();
    }
}
