package wirecoder.model;

import java.util.Set;

/**
 * Event ids that stay the same across runs, machines and thread counts, and when another event of the article is
 * added or dropped: the article's id and a digest of what the event is (its PLOVER type and its trigger's place in
 * the text), not its position in the list. A store can then take the same article twice and find the same events.
 */
public final class EventIds {

    /** Hex digits of the digest kept: 40 bits, so two events of one article collide about once in 10^12 pairs. */
    static final int DIGITS = 10;

    private EventIds() {
    }

    /** "a1-3f9c2e07b1": unique among {@code taken} (which it joins), with "-2", "-3" after a collision. */
    public static String of(String articleId, String eventType, Span trigger, Set<String> taken) {
        String base = articleId + "-" + digest(eventType + "|" + trigger.start() + "|" + trigger.end() + "|" + trigger.text());
        String id = base;
        for (int n = 2; !taken.add(id); n++) id = base + "-" + n;
        return id;
    }

    private static String digest(String s) {
        return wirecoder.data.Digests.sha256Hex(s).substring(0, DIGITS);
    }
}
