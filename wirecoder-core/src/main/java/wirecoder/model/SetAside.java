package wirecoder.model;

/**
 * A trigger the precision gate kept from being an event, and why: {@code rule} names the gate's rule
 * (lexicon/false-events.tsv: "accident", "natural-disaster", "contest"...). Nothing a trigger finds is dropped unsaid.
 */
public record SetAside(int sentence, Span trigger, String eventType, String rule) {
}
