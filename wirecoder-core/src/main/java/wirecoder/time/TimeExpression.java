package wirecoder.time;

import java.time.DayOfWeek;

/**
 * A time expression found in a sentence, before it is anchored to the publication date.
 * Tokens [first, last] of the sentence. Fields beyond {@code kind} are used by some kinds only.
 */
public record TimeExpression(Kind kind, int first, int last, int start, int end, String text,
                             int year, int month, int day, DayOfWeek weekday, int offset, String unit) {

    /** Whether a token of the expression hangs on one of {@code nodes} outside it: the time of that clause. */
    public boolean hangsOn(wirecoder.model.Sentence s, java.util.Collection<Integer> nodes) {
        for (int i = first; i <= last; i++) {
            int h = s.head(i);
            if ((h < first || h > last) && nodes.contains(h)) return true;
        }
        return false;
    }

    public enum Kind {
        /** today, now, currently: the publication day. */
        PUBLICATION_DAY,
        /** yesterday (-1), tomorrow (+1), "three days ago" (-3): {@code offset} days. */
        DAY_OFFSET,
        /** on Friday; {@code offset} -1 for "last Friday", +1 for "next Friday", 0 for plain. */
        WEEKDAY,
        /** last/this/next week, month, year; "two years ago". {@code unit} week|month|year. */
        UNIT_OFFSET,
        /** An explicit date or part of one: year, month (0 if absent), day (0 if absent). */
        CALENDAR,
        /** "at that time", "back then": a time in the past the text does not give. */
        PAST_REFERENCE
    }
}
