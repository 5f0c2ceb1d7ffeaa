package wirecoder.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import wirecoder.data.Background;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Article;
import wirecoder.model.ArticleError;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The only class that touches CoreNLP: it runs tokenize, ssplit, pos, lemma and NER over the whole
 * article, then the dependency parser over just the sentences that {@code needsParse} accepts,
 * and converts everything into Wirecoder's immutable records. Models load once in the constructor;
 * {@link #annotate} is safe to call from several threads (CoreNLP annotators are stateless per call).
 */
public final class NlpPipeline {

    private final StanfordCoreNLP tagger;
    private final TransitionParser parser;
    private final NlpOptions options;
    private final Kickers kickers = Kickers.load();

    public NlpPipeline(NlpOptions options) {
        this.options = options;
        // CoreNLP narrates every model load on stderr; keep only its errors.
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        Properties p = new Properties();
        // memopos: CoreNLP's pos annotator with the same model and tags, in about half its time (MemoizedPosAnnotator).
        p.setProperty("annotators", "tokenize,ssplit,memopos,lemma,ner");
        p.setProperty("customAnnotatorClass.memopos", MemoizedPosAnnotator.class.getName());
        // Blank lines end sentences: headlines and captions carry no final period.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", options.nerModel());
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false");
        // The parser model loads on a second core while the tagger and NER models load here.
        Background<TransitionParser> parserLoad = Background.load("the dependency parser model",
                () -> TransitionParser.load(TransitionParser.ENGLISH_UD, options.keptParserInputs()));
        tagger = new StanfordCoreNLP(p, false);
        parser = parserLoad.get();
    }

    /**
     * Tags the article and parses the sentences {@code needsParse} accepts (given the tagged tokens). A sentence
     * longer than the parser's reach becomes several, cut at clause boundaries ({@link LongSentences}); a stretch
     * with no boundary is left unparsed and named in the result's problems.
     */
    public AnnotatedArticle annotate(Article article, Predicate<List<Token>> needsParse) {
        // A kicker ("BREAKING:") is blanked, not cut, so token offsets still index the article's own text.
        Annotation doc = new Annotation(kickers.blank(article.text()));
        tagger.annotate(doc);
        List<CoreMap> pieces = new ArrayList<>();
        List<ArticleError> problems = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            fixAcronymTags(s);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (LongSentences.Piece p : LongSentences.pieces(labels.stream().map(CoreLabel::word).toList(), options.maxParseTokens())) {
                CoreMap piece = p.size() == labels.size() ? s : piece(labels.subList(p.from(), p.to()));
                if (p.unparsed()) {
                    problems.add(new ArticleError(wirecoder.model.ErrorCode.SENTENCE_NOT_PARSED, "sentence " + pieces.size() + " (characters "
                            + labels.get(p.from()).beginPosition() + "-" + labels.get(p.to() - 1).endPosition() + ", " + p.size()
                            + " tokens) has no clause boundary within " + options.maxParseTokens()
                            + " tokens and was not parsed: events in it are not coded"));
                    piece.set(Unparsable.class, true);
                }
                pieces.add(piece);
            }
        }
        List<Sentence> sentences = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            CoreMap s = pieces.get(i);
            List<Token> tokens = tokens(s);
            wirecoder.Extractor.stopIfInterrupted("at sentence " + i);
            boolean parse = !Boolean.TRUE.equals(s.get(Unparsable.class)) && needsParse.test(tokens);
            Parse parsed = parse ? parse(s) : Parse.NONE;
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(i, begin, end, tokens, parsed.basic(), parsed.enhanced()));
        }
        return new AnnotatedArticle(article, sentences, problems);
    }

    /** Marks a stretch of a long sentence that had no clause boundary within the parser's reach. */
    private static final class Unparsable implements edu.stanford.nlp.util.TypesafeMap.Key<Boolean> {
    }

    /** Part of a long sentence as a sentence of its own: copies of its tokens, numbered from 1 as the parser expects. */
    private static CoreMap piece(List<CoreLabel> labels) {
        List<CoreLabel> copy = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            CoreLabel c = new CoreLabel(l);
            c.setIndex(copy.size() + 1);
            copy.add(c);
        }
        CoreMap m = new edu.stanford.nlp.util.ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, copy);
        return m;
    }

    private record Parse(List<Dependency> basic, List<Dependency> enhanced) {
        static final Parse NONE = new Parse(List.of(), List.of());
    }

    /**
     * The parser's tree as basic and enhanced++ UD graphs. CoreNLP's depparse annotator derives five graphs
     * (collapsed, CC-processed and enhanced as well); the conversions cost about a fifth of the parse, and only
     * these two are read downstream.
     */
    private Parse parse(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        return new Parse(
                edges(SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null)),
                edges(SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null)));
    }

    /**
     * "IS militants attacked": the tagger reads the group's acronym as the verb "is", and the parse falls apart.
     * An all-capital "IS" before a noun or at a sentence start is a name.
     */
    private static void fixAcronymTags(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            if (!l.word().equals("IS") || !l.tag().startsWith("VB")) continue;
            boolean nounNext = i + 1 < labels.size() && labels.get(i + 1).tag().startsWith("NN");
            boolean start = i == 0 || labels.get(i - 1).tag().equals("IN") || labels.get(i - 1).tag().equals("DT")
                    || labels.get(i - 1).tag().equals(",");
            if (nounNext || start) {
                l.setTag("NNP");
                l.setLemma("IS");
            }
        }
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            out.add(new Token(i, l.word(), lemma, l.tag(), ner, l.beginPosition(), l.endPosition()));
        }
        return out;
    }

    private static List<Dependency> edges(SemanticGraph graph) {
        if (graph == null) return List.of();
        List<Dependency> out = new ArrayList<>();
        for (var root : graph.getRoots()) out.add(new Dependency(-1, root.index() - 1, "root"));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            String rel = e.getRelation().toString();
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, rel));
        }
        return out;
    }
}
