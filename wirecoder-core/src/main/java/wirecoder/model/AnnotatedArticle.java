package wirecoder.model;

import java.util.List;

/** An article with its NLP annotation: the input every stage reads. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    public String text() { return article.text(); }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) n += s.size();
        return n;
    }
}
