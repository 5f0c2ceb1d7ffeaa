package wirecoder.time;

import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds time expressions in a tagged sentence with token patterns (no parse needed): weekdays,
 * yesterday/today/tomorrow, last/this/next week|month|year, "N days ago", explicit dates and years,
 * month-day without year, and references to an earlier time ("at that time").
 */
public final class TimeFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan.", 1), Map.entry("february", 2), Map.entry("feb.", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("aug.", 8), Map.entry("september", 9),
            Map.entry("sept.", 9), Map.entry("sep.", 9), Map.entry("october", 10), Map.entry("oct.", 10),
            Map.entry("november", 11), Map.entry("nov.", 11), Map.entry("december", 12), Map.entry("dec.", 12));
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("several", 3),
            Map.entry("few", 3));

    public List<TimeExpression> find(Sentence s) {
        List<TimeExpression> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            TimeExpression e = at(t, i);
            if (e == null) {
                i++;
            } else {
                out.add(e);
                i = e.last() + 1;
            }
        }
        return out;
    }

    private TimeExpression at(List<Token> t, int i) {
        String w = lower(t, i);
        switch (w) {
            case "today", "tonight", "now", "currently" -> {
                return make(TimeExpression.Kind.PUBLICATION_DAY, t, i, i, 0, 0, 0, null, 0, null);
            }
            case "yesterday" -> {
                return make(TimeExpression.Kind.DAY_OFFSET, t, i, i, 0, 0, 0, null, -1, null);
            }
            case "tomorrow" -> {
                return make(TimeExpression.Kind.DAY_OFFSET, t, i, i, 0, 0, 0, null, 1, null);
            }
            case "then" -> {
                if (i > 0 && lower(t, i - 1).equals("back")) {
                    return make(TimeExpression.Kind.PAST_REFERENCE, t, i - 1, i, 0, 0, 0, null, 0, null);
                }
            }
            case "at" -> {
                if (i + 2 < t.size() && (lower(t, i + 1).equals("that") || lower(t, i + 1).equals("the"))
                        && lower(t, i + 2).equals("time")) {
                    return make(TimeExpression.Kind.PAST_REFERENCE, t, i, i + 2, 0, 0, 0, null, 0, null);
                }
            }
            default -> {
            }
        }
        DayOfWeek dow = weekday(w);
        if (dow != null) {
            int first = i;
            int offset = 0;
            if (i > 0) {
                String prev = lower(t, i - 1);
                if (prev.equals("last") || prev.equals("past")) {
                    offset = -1;
                    first = i - 1;
                } else if (prev.equals("next") || prev.equals("coming")) {
                    offset = 1;
                    first = i - 1;
                } else if (prev.equals("this")) {
                    first = i - 1;
                }
            }
            return make(TimeExpression.Kind.WEEKDAY, t, first, i, 0, 0, 0, dow, offset, null);
        }
        if ((w.equals("last") || w.equals("this") || w.equals("next") || w.equals("past")) && i + 1 < t.size()) {
            String unit = unit(lower(t, i + 1));
            if (unit != null) {
                int offset = w.equals("next") ? 1 : w.equals("this") ? 0 : -1;
                return make(TimeExpression.Kind.UNIT_OFFSET, t, i, i + 1, 0, 0, 0, null, offset, unit);
            }
        }
        if (i + 2 < t.size() && lower(t, i + 2).equals("ago")) {
            Integer n = number(lower(t, i));
            String unit = unit(lower(t, i + 1));
            if (n != null && unit != null) {
                if (unit.equals("day")) return make(TimeExpression.Kind.DAY_OFFSET, t, i, i + 2, 0, 0, 0, null, -n, null);
                return make(TimeExpression.Kind.UNIT_OFFSET, t, i, i + 2, 0, 0, 0, null, -n, unit);
            }
        }
        if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
            String[] p = w.split("-");
            return make(TimeExpression.Kind.CALENDAR, t, i, i, Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                    Integer.parseInt(p[2]), null, 0, null);
        }
        Integer month = MONTHS.get(w);
        if (month != null && t.get(i).isProperNoun()) return monthExpression(t, i, month);
        if (isDay(t, i) && i + 1 < t.size() && MONTHS.containsKey(lower(t, i + 1)) && t.get(i + 1).isProperNoun()) {
            int day = Integer.parseInt(t.get(i).word());
            int last = i + 1;
            int year = 0;
            if (isYear(t, last + 1)) year = Integer.parseInt(t.get(++last).word());
            return make(TimeExpression.Kind.CALENDAR, t, i, last, year, MONTHS.get(lower(t, i + 1)), day, null, 0, null);
        }
        if (isYear(t, i) && yearContext(t, i)) {
            return make(TimeExpression.Kind.CALENDAR, t, i, i, Integer.parseInt(t.get(i).word()), 0, 0, null, 0, null);
        }
        return null;
    }

    private TimeExpression monthExpression(List<Token> t, int i, int month) {
        int last = i;
        int day = 0;
        int year = 0;
        if (isDay(t, last + 1)) {
            day = Integer.parseInt(t.get(++last).word());
            if (last + 1 < t.size() && t.get(last + 1).word().equals(",") && isYear(t, last + 2)) last++;
        }
        if (isYear(t, last + 1)) year = Integer.parseInt(t.get(++last).word());
        return make(TimeExpression.Kind.CALENDAR, t, i, last, year, month, day, null, 0, null);
    }

    /** A bare four-digit number is a year after "in", "since", "until", "of", "by", "from" or "(", or at a sentence start. */
    private static boolean yearContext(List<Token> t, int i) {
        if (i == 0) return true;
        String prev = lower(t, i - 1);
        return prev.equals("in") || prev.equals("since") || prev.equals("until") || prev.equals("of")
                || prev.equals("by") || prev.equals("from") || prev.equals("(") || prev.equals("early")
                || prev.equals("late") || prev.equals("mid") || prev.equals("during") || prev.equals("before")
                || prev.equals("after") || prev.equals(",") || prev.equals("and");
    }

    private static boolean isDay(List<Token> t, int i) {
        return i < t.size() && t.get(i).word().matches("[0-3]?\\d") && Integer.parseInt(t.get(i).word()) >= 1
                && Integer.parseInt(t.get(i).word()) <= 31;
    }

    private static boolean isYear(List<Token> t, int i) {
        return i < t.size() && t.get(i).word().matches("(19|20)\\d\\d");
    }

    private static Integer number(String w) {
        if (w.matches("\\d{1,3}")) return Integer.parseInt(w);
        return SMALL_NUMBERS.get(w);
    }

    private static String unit(String w) {
        return switch (w) {
            case "day", "days" -> "day";
            case "week", "weeks" -> "week";
            case "month", "months" -> "month";
            case "year", "years" -> "year";
            default -> null;
        };
    }

    private static DayOfWeek weekday(String w) {
        return switch (w) {
            case "monday" -> DayOfWeek.MONDAY;
            case "tuesday" -> DayOfWeek.TUESDAY;
            case "wednesday" -> DayOfWeek.WEDNESDAY;
            case "thursday" -> DayOfWeek.THURSDAY;
            case "friday" -> DayOfWeek.FRIDAY;
            case "saturday" -> DayOfWeek.SATURDAY;
            case "sunday" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).word().toLowerCase(Locale.ROOT);
    }

    private static TimeExpression make(TimeExpression.Kind kind, List<Token> t, int first, int last, int year, int month,
                                       int day, DayOfWeek dow, int offset, String unit) {
        int start = t.get(first).begin();
        int end = t.get(last).end();
        StringBuilder text = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first) text.append(' ');
            text.append(t.get(k).word());
        }
        // "on Friday": keep the preposition in the text, as a reader quotes it.
        if (first > 0 && (kind == TimeExpression.Kind.WEEKDAY || kind == TimeExpression.Kind.CALENDAR)) {
            String prev = t.get(first - 1).word().toLowerCase(Locale.ROOT);
            if (prev.equals("on") || prev.equals("in")) {
                start = t.get(first - 1).begin();
                text.insert(0, t.get(first - 1).word() + " ");
            }
        }
        return new TimeExpression(kind, first, last, start, end, text.toString(), year, month, day, dow, offset, unit);
    }
}
