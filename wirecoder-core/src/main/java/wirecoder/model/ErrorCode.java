package wirecoder.model;

import java.util.Locale;

/**
 * What can go wrong with one article, as the {@code code} of its error entries. The codes are part of the output
 * contract: stable, snake_case. {@code fatal}: nothing could be extracted from the article.
 */
public enum ErrorCode {
    NOT_FOUND(true, "an input gone by the time it was read (one named on the command line that does not exist is a usage error)"),
    UNREADABLE(true, "an input file could not be read (permissions, a device error)"),
    NOT_JSON(true, "a line of a JSON Lines input is not a JSON object"),
    MISSING_TEXT(true, "a JSON line has no \"text\" field"),
    BAD_TEXT(true, "\"text\" is not a string (a number, an object, an array, true or false)"),
    EMPTY_TEXT(true, "the article has no text: a blank text, or a page with no readable text"),
    NOT_TEXT(true, "the input is binary (an image, an archive, a PDF), not text"),
    NOT_FEED(true, "a .rss, .atom or .xml input, or a URL's answer that looked like one, is not an RSS or Atom feed"),
    UNSUPPORTED_LANGUAGE(true, "the text is in a language Wirecoder does not code (it codes English); the message names the language"),
    TIMEOUT(true, "coding the article took longer than the time limit (--timeout)"),
    INTERNAL(true, "Wirecoder failed on this article: a bug, reported with its cause"),
    DUPLICATE_ID(false, "the id was already used by an earlier article of the run; this one is coded as id~2 (id~3, ...)"),
    BAD_ID(false, "\"id\" is not a string or a number; the article is coded under where it was read"),
    BAD_PUBLISHED(false, "\"published\" is not an ISO date; relative dates are resolved without it"),
    UNDECODABLE_BYTES(false, "the input is not valid UTF-8; bad bytes became U+FFFD"),
    CONTROL_CHARACTERS(false, "the text held control characters; they were read as spaces"),
    TOO_LONG(false, "the text is longer than --max-chars; only its beginning was coded"),
    SENTENCE_NOT_PARSED(false, "a stretch of a sentence had no clause boundary within the parser's reach and was not coded");

    private final boolean fatal;
    private final String meaning;

    ErrorCode(boolean fatal, String meaning) {
        this.fatal = fatal;
        this.meaning = meaning;
    }

    /** The code as written in output: {@code duplicate_id}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean fatal() {
        return fatal;
    }

    /** One line for the README and {@code --help}. */
    public String meaning() {
        return meaning;
    }
}
