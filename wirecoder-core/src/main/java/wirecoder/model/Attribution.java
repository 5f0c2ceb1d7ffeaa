package wirecoder.model;

/**
 * Who says an event happened: {@code source} as written ("a military news service run by Hezbollah"),
 * {@code verb} the reporting word ("reported", "according to"), {@code name} the canonical actor
 * when the source resolves to one ("He" gives "Hassan Nasrallah"), else null.
 */
public record Attribution(String source, String verb, String name, int start, int end) {
}
