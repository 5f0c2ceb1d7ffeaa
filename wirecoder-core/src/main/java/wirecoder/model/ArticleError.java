package wirecoder.model;

/** A problem with one article: its code (see {@link ErrorCode}) and what happened, in words that name the input. */
public record ArticleError(ErrorCode code, String message) {

    /** Fatal: nothing could be extracted from the article. */
    public boolean fatal() {
        return code.fatal();
    }
}
