package wirecoder.model;

import java.util.List;

/**
 * An article with its NLP annotation: the input every stage reads. {@code problems} names what the annotation
 * could not cover (a stretch of text left unparsed), for the article's error entries.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<ArticleError> problems) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        problems = List.copyOf(problems);
    }

    public AnnotatedArticle(Article article, List<Sentence> sentences) {
        this(article, sentences, List.of());
    }

    public String text() { return article.text(); }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) n += s.size();
        return n;
    }
}
