package wirecoder;

import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** One extractor per test JVM (models load once), and small helpers to read its output. */
public final class Fixtures {

    /** A Thursday, so that weekday arithmetic in tests reads like the seed article's. */
    public static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);

    private static Extractor extractor;

    private Fixtures() {
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = new Extractor(Extractor.Config.defaults());
        return extractor;
    }

    public static ExtractionResult extract(String text, LocalDate published) {
        return extractor().extract(Article.of("t", published, text));
    }

    public static List<EventRecord> events(String text) {
        return extract(text, THURSDAY).events();
    }

    /** The only event of a text, failing with the whole list when there is not exactly one. */
    public static EventRecord only(String text) {
        List<EventRecord> e = events(text);
        if (e.size() != 1) throw new AssertionError("expected one event in '" + text + "' but got " + describe(e));
        return e.get(0);
    }

    /** The first event that {@code p} accepts, failing with the whole list when there is none. */
    public static EventRecord find(List<EventRecord> events, String what, java.util.function.Predicate<EventRecord> p) {
        return events.stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no " + what + " among " + describe(events)));
    }

    public static List<String> names(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::name).collect(Collectors.toList());
    }

    public static String describe(List<EventRecord> events) {
        return events.stream().map(e -> e.eventType() + "(" + names(e.actor()) + "->" + names(e.recipient()) + ", "
                + e.factuality().label() + ", '" + e.trigger().text() + "')").collect(Collectors.joining("; "));
    }
}
