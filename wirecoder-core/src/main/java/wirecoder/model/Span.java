package wirecoder.model;

/** A character span of the article text with the text it covers. */
public record Span(String text, int start, int end) {
}
