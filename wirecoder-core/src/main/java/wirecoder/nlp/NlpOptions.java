package wirecoder.nlp;

/**
 * What the CoreNLP layer runs. The defaults are chosen for speed (measured on a 2-core machine):
 * the 3-class CRF NER without SUTime, fine-grained NER or numeric classifiers, and the
 * dependency parser only on sentences that may hold an event.
 *
 * @param nerModel      classpath of the CRF NER model
 * @param maxParseTokens sentences longer than this are not parsed (the parser is quadratic-ish and
 *                       such "sentences" are usually lists or tables)
 */
public record NlpOptions(String nerModel, int maxParseTokens) {

    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public static NlpOptions defaults() {
        return new NlpOptions(NER_3CLASS, 90);
    }
}
