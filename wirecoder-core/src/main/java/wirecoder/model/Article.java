package wirecoder.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input news article. {@code published} anchors relative dates; it may be null, in which
 * case the extractor tries to infer it from the text and says so.
 */
public record Article(String id, LocalDate published, String title, String text, String url, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String id, LocalDate published, String text) {
        return new Article(id, published, null, text, null, null);
    }

    public Article withText(String newText) {
        return new Article(id, published, title, newText, url, source);
    }
}
