package wirecoder.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirecoder.io.ArticleReader;
import wirecoder.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code wirecoder corenlp-default --threads N FILES...}, the benchmarks' baseline: the articles extract would read, each
 * through CoreNLP's default tokenize, ssplit, pos, lemma, ner and depparse pipeline (its annotators loaded once and shared
 * by the threads, as CoreNLP's own {@code -threads} does), the annotations dropped. Prints the tokens annotated.
 */
@Command(name = "corenlp-default", hidden = true)
public final class CoreNlpDefaultCommand implements java.util.concurrent.Callable<Integer> {

    /** CoreNLP's default pipeline as the project's standard names it: NER and the dependency parser with what they need. */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    @Option(names = "--threads", defaultValue = "1")
    int threads;

    @Parameters(arity = "1..*")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--threads is 1 or more");
        List<Article> articles = new ArrayList<>();
        new ArticleReader(null).read(inputs, System.in, item -> {
            if (item.article() != null) articles.add(item.article());
        });
        StanfordCoreNLP nlp = pipeline();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Article a : articles) {
                done.add(pool.submit(() -> annotate(nlp, a)));
            }
            long tokens = 0;
            for (Future<Integer> f : done) tokens += f.get();
            System.err.printf("corenlp-default: %d articles, %d tokens%n", articles.size(), tokens);
        } finally {
            // After a failure, the articles still queued are dropped, not annotated for nothing.
            pool.shutdownNow();
        }
        return 0;
    }

    /** CoreNLP's default pipeline, its log quieted to errors (the benchmarks' baseline; {@code bench} uses it too). */
    static StanfordCoreNLP pipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        return new StanfordCoreNLP(p);
    }

    /** Annotates one article with the pipeline; the annotations are dropped and the tokens counted. */
    static int annotate(StanfordCoreNLP nlp, Article a) {
        Annotation ann = new Annotation(a.text());
        nlp.annotate(ann);
        return ann.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
    }
}
