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
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
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

    /** Tags the article and parses the sentences {@code needsParse} accepts (given the tagged tokens). */
    public AnnotatedArticle annotate(Article article, Predicate<List<Token>> needsParse) {
        // A kicker ("BREAKING:") is blanked, not cut, so token offsets still index the article's own text.
        Annotation doc = new Annotation(kickers.blank(article.text()));
        tagger.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokenLists = new ArrayList<>();
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            fixAcronymTags(s);
            List<Token> tokens = tokens(s);
            tokenLists.add(tokens);
            if (tokens.size() <= options.maxParseTokens() && needsParse.test(tokens)) toParse.add(s);
        }
        java.util.Map<CoreMap, Parse> parses = new java.util.IdentityHashMap<>();
        for (CoreMap s : toParse) parses.put(s, parse(s));
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            List<Token> tokens = tokenLists.get(i);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Parse parse = parses.getOrDefault(s, Parse.NONE);
            sentences.add(new Sentence(i, begin, end, tokens, parse.basic(), parse.enhanced()));
        }
        return new AnnotatedArticle(article, sentences);
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
