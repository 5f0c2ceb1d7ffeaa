package wirecoder.model;

/**
 * The date of an event: {@code value} is an ISO day, week start, month ("2017-07") or year ("2016"),
 * or null where the text gives a time that cannot be placed; {@code precision} is day, week, month
 * or year; {@code text} the expression as written. {@code basis} says where the date comes from: "text" (a time
 * expression) or "publication" (an undated event in the article's lead, which news reports on the day it happened).
 */
public record TimeRef(String value, String text, String precision, int start, int end, String basis) {

    public static TimeRef publication(java.time.LocalDate published) {
        return new TimeRef(published.toString(), null, "day", -1, -1, "publication");
    }
}
