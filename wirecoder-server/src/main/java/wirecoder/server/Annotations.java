package wirecoder.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The spans an article view highlights, read from a stored record: each event's triggers, actors, recipients, date,
 * place and counts, and every place named. Each span carries the event it belongs to and why it is there: the lines
 * of the event's {@code --explain} trace that name it where the record has the trace, else what the record says
 * (how an actor was resolved, a place's GeoNames entry).
 */
final class Annotations {

    /** What a span is, as the page colours it. */
    enum Kind {
        TRIGGER, ACTOR, RECIPIENT, DATE, PLACE, COUNT;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One highlighted stretch of the text. */
    record Span(Kind kind, int start, int end, String event, String note) {
    }

    /** How far from a trigger a count's words are looked for (they come from the trigger's sentence). */
    static final int COUNT_WINDOW = 400;

    private Annotations() {
    }

    /** The spans of a record over its text, by start; spans outside the text are left out. */
    static List<Span> of(JsonNode record, String text) {
        List<Span> out = new ArrayList<>();
        for (JsonNode e : record.path("events")) {
            String id = e.path("id").asText(null);
            List<String> trace = new ArrayList<>();
            e.path("explain").forEach(l -> trace.add(l.asText().strip()));
            List<int[]> triggers = new ArrayList<>();
            for (JsonNode t : triggersOf(e)) {
                int[] at = at(t);
                if (at == null) continue;
                triggers.add(at);
                String word = t.path("text").asText();
                out.add(new Span(Kind.TRIGGER, at[0], at[1], id,
                        note(trace, l -> l.startsWith("trigger '") && word.contains(quoted(l)),
                                e.path("event_type").asText() + " (CAMEO " + e.path("cameo").asText() + ")")));
            }
            for (Kind side : List.of(Kind.ACTOR, Kind.RECIPIENT)) {
                for (JsonNode a : e.path(side.label())) {
                    int[] at = at(a);
                    if (at == null) continue;
                    String words = "'" + a.path("text").asText() + "'";
                    out.add(new Span(side, at[0], at[1], id, note(trace,
                            l -> (l.startsWith(side.label() + " ") || l.startsWith("country of ")) && l.contains(words),
                            a.path("name").asText() + " (" + a.path("country").asText("no country") + ", resolved by "
                                    + a.path("resolved_by").asText("?") + ")")));
                }
            }
            JsonNode date = e.path("date");
            int[] d = at(date);
            if (d != null) {
                String words = "'" + date.path("text").asText() + "'";
                out.add(new Span(Kind.DATE, d[0], d[1], id, note(trace, l -> l.startsWith("date " + words),
                        date.path("value").asText() + " (" + date.path("precision").asText() + ")")));
            }
            JsonNode size = e.path("size");
            size.path("text").fields().forEachRemaining(f -> {
                int[] c = nearest(text, f.getValue().asText(), triggers);
                if (c != null) {
                    out.add(new Span(Kind.COUNT, c[0], c[1], id, note(trace, l -> l.startsWith(f.getKey() + " "),
                            f.getKey() + " " + (size.path(f.getKey()).isNull() ? "(vague)" : size.path(f.getKey()).asText()))));
                }
            });
            String location = e.path("location").path("text").asText(null);
            if (location != null) {
                String words = "'" + location + "'";
                for (JsonNode p : record.path("places")) {
                    int[] at = at(p);
                    if (at == null || !location.equals(p.path("text").asText()) || !inWindow(at, triggers)) continue;
                    out.add(new Span(Kind.PLACE, at[0], at[1], id, note(trace, l -> l.startsWith("location " + words),
                            "the event's place: " + placeNote(p))));
                }
            }
        }
        for (JsonNode p : record.path("places")) {
            int[] at = at(p);
            if (at == null || out.stream().anyMatch(s -> s.kind() == Kind.PLACE && s.start() == at[0])) continue;
            out.add(new Span(Kind.PLACE, at[0], at[1], null, "place named: " + placeNote(p)));
        }
        out.removeIf(s -> s.start() < 0 || s.end() > text.length() || s.start() >= s.end());
        out.sort(Comparator.comparingInt(Span::start).thenComparing(s -> s.kind().ordinal()));
        return out;
    }

    static ArrayNode json(List<Span> spans) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Span s : spans) {
            ObjectNode o = a.addObject().put("kind", s.kind().label()).put("start", s.start()).put("end", s.end());
            if (s.event() == null) o.putNull("event");
            else o.put("event", s.event());
            o.put("note", s.note());
        }
        return a;
    }

    private static List<JsonNode> triggersOf(JsonNode e) {
        List<JsonNode> t = new ArrayList<>();
        t.add(e.path("trigger"));
        for (JsonNode m : e.path("mentions")) {
            JsonNode mt = m.path("trigger");
            if (mt.path("start").asInt(-1) != e.path("trigger").path("start").asInt(-2)) t.add(mt);
        }
        return t;
    }

    private static int[] at(JsonNode span) {
        if (!span.path("start").isInt() || !span.path("end").isInt()) return null;
        return new int[]{span.path("start").asInt(), span.path("end").asInt()};
    }

    /** The first quoted words of a trace line. */
    private static String quoted(String line) {
        int a = line.indexOf('\'');
        int b = a < 0 ? -1 : line.indexOf('\'', a + 1);
        return b < 0 ? "\u0000" : line.substring(a + 1, b);
    }

    private static String note(List<String> trace, java.util.function.Predicate<String> names, String otherwise) {
        List<String> lines = trace.stream().filter(names).toList();
        return lines.isEmpty() ? otherwise : String.join("\n", lines);
    }

    private static String placeNote(JsonNode p) {
        if (p.path("geonameid").isNull()) return p.path("text").asText() + " (not resolved)";
        return p.path("name").asText() + ", " + p.path("country").asText() + " (GeoNames " + p.path("geonameid").asText()
                + ", " + p.path("feature_code").asText() + ")";
    }

    private static boolean inWindow(int[] at, List<int[]> triggers) {
        return triggers.stream().anyMatch(t -> Math.abs(at[0] - t[0]) <= COUNT_WINDOW);
    }

    /**
     * The occurrence of {@code words}, as whole words ("two" not in "network"), nearest one of the triggers, within
     * {@link #COUNT_WINDOW}; null if none.
     */
    private static int[] nearest(String text, String words, List<int[]> triggers) {
        if (words.isEmpty()) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(words)
                + "(?![\\p{L}\\p{N}])").matcher(text).useTransparentBounds(true);
        int[] best = null;
        int bestDistance = COUNT_WINDOW + 1;
        for (int[] t : triggers) {
            m.region(Math.max(0, t[0] - COUNT_WINDOW), Math.min(text.length(), t[0] + COUNT_WINDOW + words.length()));
            while (m.find()) {
                int distance = Math.abs(m.start() - t[0]);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new int[]{m.start(), m.end()};
                }
            }
        }
        return best;
    }
}
