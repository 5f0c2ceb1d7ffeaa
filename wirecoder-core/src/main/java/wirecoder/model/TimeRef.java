package wirecoder.model;

/**
 * The date of an event: {@code value} is an ISO day, week start, month ("2017-07") or year ("2016"),
 * or null where the text gives a time that cannot be placed; {@code precision} is day, week, month
 * or year; {@code text} the expression as written.
 */
public record TimeRef(String value, String text, String precision, int start, int end) {
}
