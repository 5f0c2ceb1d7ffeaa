package wirecoder.cli;

import picocli.CommandLine.Option;
import wirecoder.store.EventFilter;

import java.time.LocalDate;

/** The filters query and export share: each given narrows the fused events taken. */
public final class FilterOptions {

    @Option(names = "--type", description = "PLOVER event type (ASSAULT, PROTEST, ...).")
    String type;

    @Option(names = "--mode", description = "PLOVER mode (aerial, arrest, ...).")
    String mode;

    @Option(names = "--actor", description = "Actor: a part of its name, or a country code (SYR).")
    String actor;

    @Option(names = "--recipient", description = "Recipient: a part of its name, or a country code.")
    String recipient;

    @Option(names = "--country", description = "Country of the event's place (ISO alpha-3).")
    String country;

    @Option(names = "--from", converter = ExtractCommand.IsoDate.class, description = "Events on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", converter = ExtractCommand.IsoDate.class, description = "Events on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--bbox", split = ",", paramLabel = "W,S,E,N", description = "Bounding box: min lon, min lat, max lon, max lat.")
    double[] bbox;

    @Option(names = "--text", description = "Words in any report's sentence.")
    String text;

    @Option(names = "--factuality", description = "asserted, negated, hypothetical or future.")
    String factuality;

    @Option(names = "--min-sources", defaultValue = "0", description = "At least this many distinct sources tell the event.")
    int minSources;

    EventFilter filter(Usage usage) {
        if (bbox != null && (bbox.length != 4 || bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
            usage.fail("--bbox takes four numbers W,S,E,N with W <= E and S <= N");
        }
        usage.atLeast("--min-sources", minSources, 0);
        return new EventFilter(type, mode, actor, recipient, country, from, to, bbox, text, factuality, minSources);
    }
}
