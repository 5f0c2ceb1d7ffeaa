package wirecoder.eval;

import wirecoder.model.EventRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks the one event a single-event gold item is about: the one in the main clause, then the first. */
public final class Primary {
    private Primary() {
    }

    public static Optional<EventRecord> of(List<EventRecord> events) {
        return events.stream().min(Comparator.comparingInt(EventRecord::depth).thenComparingInt(EventRecord::sentence)
                .thenComparingInt(e -> e.trigger().start()));
    }
}
