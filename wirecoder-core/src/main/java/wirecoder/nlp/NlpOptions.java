package wirecoder.nlp;

/**
 * What the CoreNLP layer runs. The defaults are chosen for speed (measured on a 2-core machine):
 * the 3-class CRF NER without SUTime, fine-grained NER or numeric classifiers, and the
 * dependency parser only on sentences that may hold an event.
 *
 * @param nerModel      classpath of the CRF NER model
 * @param maxParseTokens the longest stretch parsed at once: a longer sentence is cut at clause boundaries into
 *                       pieces this long or shorter ({@link LongSentences}), which also bounds the per-sentence
 *                       work of the stages after the parser
 * @param keptParserInputs how many of the parser model's most frequent inputs keep their hidden-layer
 *                       products once computed (4 KB each, so 200 MB at most; CoreNLP's own default computes 20,000 at load;
 *                       50,000 parse 1.4x faster than 20,000)
 */
public record NlpOptions(String nerModel, int maxParseTokens, int keptParserInputs) {

    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public static NlpOptions defaults() {
        return new NlpOptions(NER_3CLASS, 150, 50_000);
    }
}
