package wirecoder.model;

/**
 * A problem with one article. {@code code} is stable (empty_text, missing_text, not_json,
 * undecodable_bytes, too_long, internal); {@code fatal}: nothing could be extracted.
 */
public record ArticleError(String code, String message, boolean fatal) {
}
