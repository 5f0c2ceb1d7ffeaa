package wirecoder.time;

import wirecoder.model.TimeRef;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Anchors a time expression on the publication date. Weekdays point back ("on Friday" in a Thursday
 * article is the Friday before; the same weekday is the publication day) unless the event is in the
 * future, when they point forward. A month-day without year takes the publication year, or the year
 * before when that would put it more than a week after publication. With no publication date,
 * relative expressions stay unresolved (null), never guessed from the clock.
 */
public final class DateNormalizer {

    public TimeRef normalize(TimeExpression e, LocalDate published, boolean future) {
        String value = null;
        String precision = null;
        switch (e.kind()) {
            case PUBLICATION_DAY -> {
                if (published != null) value = published.toString();
                precision = "day";
            }
            case DAY_OFFSET -> {
                if (published != null) value = published.plusDays(e.offset()).toString();
                precision = "day";
            }
            case WEEKDAY -> {
                if (published != null) value = weekday(published, e.weekday(), e.offset(), future).toString();
                precision = "day";
            }
            case UNIT_OFFSET -> {
                precision = e.unit();
                if (published != null) value = unit(published, e.unit(), e.offset());
            }
            case CALENDAR -> {
                precision = e.day() > 0 ? "day" : e.month() > 0 ? "month" : "year";
                value = calendar(e, published, future);
            }
            case PAST_REFERENCE -> {
            }
        }
        return new TimeRef(value, e.text(), value == null ? null : precision, e.start(), e.end(), "text");
    }

    static LocalDate weekday(LocalDate published, DayOfWeek day, int offset, boolean future) {
        if (offset > 0 || (offset == 0 && future)) {
            return published.getDayOfWeek() == day && offset == 0 ? published : published.with(TemporalAdjusters.next(day));
        }
        if (offset < 0) return published.with(TemporalAdjusters.previous(day));
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private static String unit(LocalDate published, String unit, int offset) {
        return switch (unit) {
            case "day" -> published.plusDays(offset).toString();
            case "week" -> published.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case "month" -> published.plusMonths(offset).toString().substring(0, 7);
            default -> Integer.toString(published.getYear() + offset);
        };
    }

    private static String calendar(TimeExpression e, LocalDate published, boolean future) {
        int year = e.year();
        if (year == 0) {
            if (published == null) return null;
            year = published.getYear();
            if (e.month() > 0) {
                LocalDate guess = LocalDate.of(year, e.month(), e.day() > 0 ? Math.min(e.day(), 28) : 1);
                if (!future && ChronoUnit.DAYS.between(published, guess) > 7) year--;
                if (future && ChronoUnit.DAYS.between(guess, published) > 7) year++;
            }
        }
        if (e.month() == 0) return Integer.toString(year);
        if (e.day() == 0) return String.format("%04d-%02d", year, e.month());
        try {
            return LocalDate.of(year, e.month(), e.day()).toString();
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    /** True when the expression places the event before the publication year (or points to an earlier time). */
    public static boolean isHistorical(TimeExpression e, LocalDate published) {
        if (e.kind() == TimeExpression.Kind.PAST_REFERENCE) return true;
        if (e.kind() == TimeExpression.Kind.CALENDAR && published != null && e.year() > 0) return e.year() < published.getYear();
        return e.kind() == TimeExpression.Kind.UNIT_OFFSET && e.unit().equals("year") && e.offset() < 0;
    }
}
