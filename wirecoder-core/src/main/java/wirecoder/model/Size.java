package wirecoder.model;

import java.util.Map;

/**
 * Counts that belong to one event. A vague count ("dozens") has a null number and its words in
 * {@code text}, keyed by field (dead, injured, arrested, captured).
 */
public record Size(Long dead, Long injured, Long arrested, Long captured, Map<String, String> text) {
    /** The count fields, in the order they are written. */
    public static final java.util.List<String> FIELDS = java.util.List.of("dead", "injured", "arrested", "captured");

    public static final Size EMPTY = new Size(null, null, null, null, Map.of());

    public Size {
        // Field order, not Map.copyOf's per-JVM order: the same article gives the same bytes on every run.
        java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
        for (String f : FIELDS) if (text.containsKey(f)) ordered.put(f, text.get(f));
        if (ordered.size() != text.size()) throw new IllegalArgumentException("count fields are " + FIELDS + ": " + text.keySet());
        text = java.util.Collections.unmodifiableMap(ordered);
    }

    public boolean isEmpty() {
        return dead == null && injured == null && arrested == null && captured == null && text.isEmpty();
    }

    public Size with(String field, Long value, String words) {
        java.util.Map<String, String> t = new java.util.LinkedHashMap<>(text);
        t.put(field, words);
        return switch (field) {
            case "dead" -> new Size(add(dead, value), injured, arrested, captured, t);
            case "injured" -> new Size(dead, add(injured, value), arrested, captured, t);
            case "arrested" -> new Size(dead, injured, add(arrested, value), captured, t);
            case "captured" -> new Size(dead, injured, arrested, add(captured, value), t);
            default -> throw new IllegalArgumentException("no count field " + field);
        };
    }

    /** Counts of two mentions of one event: the larger figure (reports of one toll repeat, not add). */
    public Size merge(Size o) {
        java.util.Map<String, String> t = new java.util.LinkedHashMap<>(o.text);
        t.putAll(text);
        return new Size(max(dead, o.dead), max(injured, o.injured), max(arrested, o.arrested), max(captured, o.captured), t);
    }

    private static Long add(Long a, Long b) {
        if (b == null) return a;
        return a == null ? b : a + b;
    }

    private static Long max(Long a, Long b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }
}
