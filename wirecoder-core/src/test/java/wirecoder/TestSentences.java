package wirecoder;

import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Hand-tagged sentences for stages that need no parse: "on/IN Friday/NNP". */
public final class TestSentences {
    private TestSentences() {
    }

    public static Sentence tagged(String taggedWords) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String wt : taggedWords.trim().split("\\s+")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            String pos = wt.substring(slash + 1);
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), pos, "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return new Sentence(0, 0, offset, tokens, List.of(), List.of());
    }
}
