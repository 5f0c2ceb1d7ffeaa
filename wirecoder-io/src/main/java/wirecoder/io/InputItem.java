package wirecoder.io;

import wirecoder.model.Article;
import wirecoder.model.ArticleError;

import java.util.List;

/**
 * One unit of input: an article ready for extraction with the problems met while reading it, or,
 * when the input could not be read as an article ({@code article} null), only its problems.
 * {@code id} is what the output line carries: the article's id, or where the input was.
 */
public record InputItem(String id, Article article, List<ArticleError> errors) {
    public InputItem {
        errors = List.copyOf(errors);
    }

    public static InputItem of(Article article, List<ArticleError> errors) {
        return new InputItem(article.id(), article, errors);
    }

    public static InputItem failed(String id, ArticleError error) {
        return new InputItem(id, null, List.of(error));
    }
}
