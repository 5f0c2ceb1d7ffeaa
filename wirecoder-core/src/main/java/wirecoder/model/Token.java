package wirecoder.model;

/** One token of a sentence: 0-based index within its sentence, character offsets into the article text. */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean isNoun() { return pos.startsWith("NN"); }

    public boolean isProperNoun() { return pos.startsWith("NNP"); }

    public boolean isVerb() { return pos.startsWith("VB"); }

    public boolean isNumber() { return pos.equals("CD"); }

    public boolean isPronoun() { return pos.startsWith("PRP") || pos.equals("WP"); }

    public String lower() { return word.toLowerCase(java.util.Locale.ROOT); }
}
