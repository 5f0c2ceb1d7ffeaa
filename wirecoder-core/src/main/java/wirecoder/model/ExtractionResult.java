package wirecoder.model;

import java.util.List;

/**
 * What extract writes for one article: its events, every place it names, and per-article errors.
 * {@code publishedInferred}: the publication date was read from the text, not given. {@code lead}: who the news is
 * about and what they did (null when no early sentence has a subject). {@code setAside}: triggers the precision gate
 * kept from being events, with the rule that did.
 */
public record ExtractionResult(String id, String published, boolean publishedInferred, List<EventRecord> events,
                               List<Place> places, List<ArticleError> errors, int tokens, int sentences, int parsedSentences,
                               Lead lead, List<SetAside> setAside) {
    public ExtractionResult {
        setAside = List.copyOf(setAside);
        events = List.copyOf(events);
        places = List.copyOf(places);
        errors = List.copyOf(errors);
    }

    public static ExtractionResult failed(String id, String published, List<ArticleError> errors) {
        return new ExtractionResult(id, published, false, List.of(), List.of(), errors, 0, 0, 0, null, List.of());
    }
}
